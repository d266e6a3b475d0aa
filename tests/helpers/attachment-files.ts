import { crc32, deflateSync } from 'node:zlib';

/**
 * Real files for attachment tests, made here so nothing binary is checked in: a PDF with one
 * page of text (Helvetica, which every PDF reader has) and an exact cross-reference table,
 * optionally padded with an unused binary stream to a chosen size; and a PNG of one colour.
 */

/**
 * A one-page PDF showing `lines`. With `padToBytes`, an unused stream object (of `padding`'s
 * bytes, spaces by default) makes the file exactly that big.
 */
export function textPdf(
  lines: readonly string[],
  padToBytes = 0,
  padding?: (length: number) => Buffer,
): Buffer {
  const escaped = lines.map((line) => line.replace(/[\\()]/g, (c) => `\\${c}`));
  const text = ['BT', '/F1 18 Tf', '72 720 Td', '22 TL', ...escaped.map((line) => `(${line}) '`), 'ET'].join(
    '\n',
  );
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    ),
    Buffer.from(`<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  const assemble = (extra: Buffer | null) => {
    const all = extra ? [...objects, extra] : objects;
    const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
    const offsets: number[] = [];
    let length = parts[0]!.length;
    all.forEach((body, index) => {
      offsets.push(length);
      const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
      parts.push(object);
      length += object.length;
    });
    const xref = [
      'xref',
      `0 ${all.length + 1}`,
      '0000000000 65535 f ',
      ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
      'trailer',
      `<< /Size ${all.length + 1} /Root 1 0 R >>`,
      'startxref',
      String(length),
      '%%EOF',
      '',
    ].join('\n');
    parts.push(Buffer.from(xref));
    return Buffer.concat(parts);
  };
  const plain = assemble(null);
  if (padToBytes <= plain.length) return plain;
  // A stream of `n` padding bytes, framed; `n` settles in a step or two (only digit counts move).
  const padded = (n: number) =>
    assemble(
      Buffer.concat([Buffer.from(`<< /Length ${n} >>\nstream\n`), fill(n), Buffer.from('\nendstream')]),
    );
  const fill = (n: number) => (padding ? padding(n) : Buffer.alloc(n, 0x20));
  let n = padToBytes - padded(0).length;
  for (let step = 0; step < 5; step++) {
    const size = padded(n).length;
    if (size === padToBytes) break;
    n += padToBytes - size;
  }
  return padded(n);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A `width` × `height` PNG of one RGB colour. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
