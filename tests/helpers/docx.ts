import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { TEMPLATE_LIMITS } from '../../src/shared/contracts/document-templates';
import { docxPackage, paragraph, type PackageOptions } from '../../scripts/lib/docx-package';

export { docxPackage, paragraph, run, table } from '../../scripts/lib/docx-package';

/** A .docx whose body is these paragraphs (plain text each; XML when it starts with `<`). */
export function templateFile(lines: readonly string[], options: PackageOptions = {}): Uint8Array {
  return docxPackage(lines.map((line) => (line.startsWith('<') ? line : paragraph(line))).join(''), options);
}

/** The file as the screen sends it: base64 in chunks. */
export function chunksOf(bytes: Uint8Array): string[] {
  const base64 = Buffer.from(bytes).toString('base64');
  const chunks: string[] = [];
  for (let i = 0; i < base64.length; i += TEMPLATE_LIMITS.chunkChars)
    chunks.push(base64.slice(i, i + TEMPLATE_LIMITS.chunkChars));
  return chunks.length > 0 ? chunks : [''];
}

/** The upload input for a file. */
export const upload = (bytes: Uint8Array, fileName = 'letter.docx') => ({
  fileName,
  content: chunksOf(bytes),
});

/** A filled document's text as mammoth reads it (a reader independent of Lantern's own). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

/** A part of a package, as text. */
export const partOf = (bytes: Uint8Array, name: string): string | undefined =>
  new PizZip(bytes).file(name)?.asText();
