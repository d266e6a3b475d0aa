import { TEMPLATE_LIMITS } from '../../../../../shared/contracts/document-templates';

/**
 * A chosen .docx as the upload channels take it: base64 in chunks (no single string of an input
 * is huge). The size is checked here first so a person learns at once that a file is too big;
 * main checks it again, and judges the file by its bytes.
 */
export async function fileChunks(file: Blob): Promise<string[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  const base64 = btoa(binary);
  const chunks: string[] = [];
  for (let i = 0; i < base64.length; i += TEMPLATE_LIMITS.chunkChars)
    chunks.push(base64.slice(i, i + TEMPLATE_LIMITS.chunkChars));
  return chunks.length > 0 ? chunks : [''];
}

export const tooLarge = (file: Blob) => file.size > TEMPLATE_LIMITS.maxBytes;
export const LIMIT_MB = TEMPLATE_LIMITS.maxBytes / (1024 * 1024);
