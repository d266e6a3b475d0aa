import PizZip from 'pizzip';

/**
 * A small writer of WordprocessingML packages: the parts Word needs to open a document
 * ([Content_Types].xml, the relationships, word/document.xml, word/styles.xml), with paragraphs,
 * runs and tables written as XML. The example templates (scripts/make-example-templates.ts) are
 * made with it, and the tests make their templates (broken ones too) the same way.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface RunOptions {
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

export function run(text: string, options: RunOptions = {}): string {
  const props = [
    options.bold ? '<w:b/>' : '',
    options.italic ? '<w:i/>' : '',
    options.size ? `<w:sz w:val="${options.size * 2}"/>` : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export interface ParagraphOptions {
  style?: 'Title' | 'Heading1' | 'Heading2' | 'Letterhead' | 'Small';
  align?: 'left' | 'center' | 'right';
  spaceAfter?: number;
}

/** A paragraph of runs (a string is one plain run). */
export function paragraph(content: string | readonly string[] = '', options: ParagraphOptions = {}): string {
  const runs = typeof content === 'string' ? (content ? run(content) : '') : content.join('');
  const props = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.spaceAfter !== undefined ? `<w:spacing w:after="${options.spaceAfter}"/>` : '',
    options.align ? `<w:jc w:val="${options.align}"/>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

/** A table: each row a list of cells, each cell a paragraph's text (or its XML when it starts with `<`). */
export function table(rows: readonly (readonly string[])[], options: { header?: boolean } = {}): string {
  const columns = rows[0]?.length ?? 1;
  const width = Math.floor(9000 / columns);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`;
  const cell = (content: string, header: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${
      content.startsWith('<') ? content : paragraph([run(content, { bold: header })])
    }</w:tc>`;
  const body = rows
    .map(
      (row, index) =>
        `<w:tr>${index === 0 && options.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${row
          .map((content) => cell(content, index === 0 && options.header === true))
          .join('')}</w:tr>`,
    )
    .join('');
  const grid = Array.from({ length: columns }, () => `<w:gridCol w:w="${width}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>${[
    'top',
    'left',
    'bottom',
    'right',
    'insideH',
    'insideV',
  ]
    .map(border)
    .join('')}</w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:docDefaults>
    <w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3A5F"/><w:sz w:val="32"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Letterhead"><w:name w:val="Letterhead"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="18"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Small"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="555555"/><w:sz w:val="16"/></w:rPr></w:style>
  <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

/** One date on every part, so the same template always makes the same bytes. */
const WRITTEN = { date: new Date('2026-01-01T00:00:00Z') };

export interface PackageOptions {
  /** Parts to add or replace, by name (a header, a macro project for a refusal test). */
  parts?: Record<string, string | Uint8Array>;
  /** Overrides to add to [Content_Types].xml. */
  contentTypes?: string;
  /** The main part's content type (a .docm's differs). */
  mainType?: string;
}

/** A .docx package whose body is `body` (paragraphs and tables), on a US Letter page. */
export function docxPackage(body: string, options: PackageOptions = {}): Uint8Array {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${options.mainType ?? MAIN}"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${options.contentTypes ?? ''}</Types>`,
    WRITTEN,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    WRITTEN,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    WRITTEN,
  );
  zip.file('word/styles.xml', STYLES, WRITTEN);
  const section =
    '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1080" w:right="1260" w:bottom="1080" w:left="1260" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${section}</w:body></w:document>`,
    WRITTEN,
  );
  for (const [name, content] of Object.entries(options.parts ?? {})) zip.file(name, content, WRITTEN);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
