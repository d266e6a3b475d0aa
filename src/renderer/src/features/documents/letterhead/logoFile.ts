import { LETTERHEAD_LOGO_MAX_BYTES } from '../../../../../shared/contracts/letterhead';

/**
 * Reading a chosen logo file in the renderer: its size and first bytes tell the person at once
 * when it cannot be a logo (main judges the bytes again and has the last word), and its content
 * travels to main as base64.
 */
export type LogoPick =
  | { ok: true; base64: string; mimeType: 'image/png' | 'image/jpeg' }
  | { ok: false; problem: 'tooLarge' | 'wrongType' };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

export function logoMimeType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export async function readLogo(file: File): Promise<LogoPick> {
  if (file.size > LETTERHEAD_LOGO_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = logoMimeType(bytes);
  if (!mimeType) return { ok: false, problem: 'wrongType' };
  return { ok: true, base64: toBase64(bytes), mimeType };
}

/** The mime type of stored base64 (the first bytes decoded), for the preview. */
export function mimeOfBase64(base64: string): 'image/png' | 'image/jpeg' | null {
  const head = atob(base64.slice(0, 16));
  return logoMimeType(Uint8Array.from(head, (c) => c.charCodeAt(0)));
}
