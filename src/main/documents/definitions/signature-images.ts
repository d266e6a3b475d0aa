/**
 * A drawn signature goes into a PDF only as what its bytes say it is: a PNG data URL whose data
 * starts with the PNG signature. Anything else (a stored value that is not a PNG, a path, a URL)
 * is left out and the document says the drawing could not be shown.
 */
const PNG_PREFIX = 'data:image/png;base64,';
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function checkedPngDataUrl(value: string | null): string | null {
  if (!value?.startsWith(PNG_PREFIX)) return null;
  const bytes = Buffer.from(value.slice(PNG_PREFIX.length, PNG_PREFIX.length + 16), 'base64');
  return bytes.subarray(0, 8).equals(PNG_MAGIC) ? value : null;
}
