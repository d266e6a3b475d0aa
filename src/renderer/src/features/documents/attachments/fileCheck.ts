import { MEGABYTE } from '../../../../../shared/contracts/attachments';

/**
 * What the screen can tell about a chosen file before sending any of it: whether it is over the
 * clinic's limit, and whether its first bytes are those of a PDF, JPEG, PNG, HEIC photo or a zip
 * (a Word file is a zip). Main decides for good after the upload (a zip that is not a Word file,
 * a macro document); this only spares a person waiting for a file that cannot be accepted.
 */
export type FileProblem = { kind: 'too_big'; limitMb: number } | { kind: 'wrong_type' };

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) =>
  bytes.every((byte, index) => head[at + index] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const HEIC_BRANDS = ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'];

export function looksAcceptable(head: Uint8Array): boolean {
  return (
    startsWith(head, ascii('%PDF')) ||
    startsWith(head, [0xff, 0xd8, 0xff]) ||
    startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
    startsWith(head, [0x50, 0x4b, 0x03, 0x04]) ||
    (startsWith(head, ascii('ftyp'), 4) && HEIC_BRANDS.some((brand) => startsWith(head, ascii(brand), 8)))
  );
}

export async function checkFile(file: File, limitMb: number): Promise<FileProblem | null> {
  if (file.size > limitMb * MEGABYTE) return { kind: 'too_big', limitMb };
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return looksAcceptable(head) ? null : { kind: 'wrong_type' };
}

/** A piece of the file as base64, read by the browser (never the whole file at once). */
export function pieceAsBase64(piece: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(piece);
  });
}

/** The title a file suggests: its name without the extension, underscores and dashes as spaces. */
export function titleFromFileName(name: string): string {
  const base = name.replace(/\.[^.]{1,5}$/, '');
  return base.replace(/_+/g, ' ').trim().slice(0, 200) || name.slice(0, 200);
}
