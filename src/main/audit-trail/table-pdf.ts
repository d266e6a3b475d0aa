import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * A plain table as a PDF: a title, a few lines under it, a table whose header repeats on every
 * page, and "page x of y" with a notice in the footer. Real text (selectable, searchable), in
 * Roboto from the pdfmake package; nothing fetched, no file read but the fonts.
 *
 * Stand-in until the clinic's PDF engine (src/main/documents/engine, with the letterhead) lands:
 * then this module's body becomes a call to it, and its callers stay as they are.
 */
export interface TablePdf {
  title: string;
  lines: readonly string[];
  columns: readonly { header: string; width: number | '*' }[];
  rows: readonly (readonly string[])[];
  footer: (page: number, pages: number) => string;
}

/** pdfmake's Node build reads fonts from a virtual file system its typings do not describe. */
const virtualFs = (
  pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } }
).virtualfs;
const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

let ready: Promise<void> | null = null;

function loadFonts(): Promise<void> {
  ready ??= (async () => {
    const folder = join(
      dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
      'fonts',
      'Roboto',
    );
    for (const file of Object.values(FONT_FILES))
      virtualFs.writeFileSync(file, await readFile(join(folder, file)));
    pdfmake.setFonts({ Roboto: { ...FONT_FILES } });
    // A URL or a path in a definition makes the PDF fail instead of being fetched or read.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
  })().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

export async function tablePdf(table: TablePdf): Promise<Uint8Array> {
  await loadFonts();
  const body = [
    table.columns.map((column) => ({ text: column.header, bold: true })),
    ...table.rows.map((row) => row.map((cell) => ({ text: cell }))),
  ];
  const content: Content[] = [
    { text: table.title, fontSize: 14, bold: true, margin: [0, 0, 0, 6] },
    ...table.lines.map((line): Content => ({ text: line, fontSize: 9, margin: [0, 0, 0, 2] })),
    {
      table: { headerRows: 1, widths: table.columns.map((column) => column.width), body },
      layout: 'lightHorizontalLines',
      fontSize: 8,
      margin: [0, 8, 0, 0],
    },
  ];
  const definition: TDocumentDefinitions = {
    pageSize: 'LETTER',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    defaultStyle: { font: 'Roboto' },
    info: { title: table.title, creator: 'Lantern' },
    content,
    footer: (page, pages) => ({
      text: table.footer(page, pages),
      fontSize: 8,
      alignment: 'center',
      margin: [36, 12, 36, 0],
    }),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
