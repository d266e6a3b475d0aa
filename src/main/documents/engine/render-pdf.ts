import type { Block } from './blocks';
import type { DocumentFrame } from './frame';
import { documentDefinition } from './frame';
import { documentPdfmake } from './pdfmake-setup';

/** One document as PDF bytes, with its number of pages. */
export async function renderPdf(
  frame: DocumentFrame,
  blocks: readonly Block[],
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const pdfmake = await documentPdfmake();
  let pageCount = 0;
  const definition = documentDefinition(frame, blocks, (count) => {
    pageCount = count;
  });
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pageCount };
}
