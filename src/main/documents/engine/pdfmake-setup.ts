import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';

/**
 * pdfmake as the core uses it: Roboto from the pdfmake package itself (no system fonts, nothing
 * downloaded), no network and no file access. pdfmake's Node build reads fonts and images from a
 * virtual file system first and only then from disk or a URL; the fonts are put there once, and
 * both access policies refuse everything else — an image URL or a file path that found its way
 * into a document definition makes the document fail instead of being fetched or read.
 */

/** pdfmake's Node build has a virtual file system its typings do not describe. */
interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}
const virtualFs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;

const ROBOTO = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** The only font family documents use. */
export const DOCUMENT_FONT = 'Roboto';

function fontFolder(): string {
  const manifest = createRequire(import.meta.url).resolve('pdfmake/package.json');
  return join(dirname(manifest), 'fonts', 'Roboto');
}

let ready: Promise<typeof pdfmake> | null = null;

/** pdfmake with the fonts loaded and access shut; the fonts are read once per process. */
export function documentPdfmake(): Promise<typeof pdfmake> {
  ready ??= (async () => {
    const folder = fontFolder();
    await Promise.all(
      Object.values(ROBOTO).map(async (file) =>
        virtualFs.writeFileSync(file, await readFile(join(folder, file))),
      ),
    );
    pdfmake.setFonts({ [DOCUMENT_FONT]: { ...ROBOTO } });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    return pdfmake;
  })().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}
