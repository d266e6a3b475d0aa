import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph, signatureBlock } from '../../../src/main/documents/engine/blocks';
import type { DocumentFrame } from '../../../src/main/documents/engine/frame';
import { documentPdfmake } from '../../../src/main/documents/engine/pdfmake-setup';
import { renderPdf } from '../../../src/main/documents/engine/render-pdf';
import { DocumentText } from '../../../src/main/documents/text';
import { pdfText } from './render-helpers';
import { tinyPng } from './rich-client';

/**
 * The engine neither fetches nor reads files: an image given as a URL or as a path — in a
 * block or straight in a pdfmake definition — fails the document instead. A local HTTP server
 * counts the requests that reach it (none), and the file named is a real, readable PNG.
 */
describe('the PDF engine’s resource access', () => {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests += 1;
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from(tinyPng().split(',')[1]!, 'base64'));
  });
  let url = '';
  const file = join(mkdtempSync(join(tmpdir(), 'lantern-engine-')), 'logo.png');

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/logo.png`;
    writeFileSync(file, Buffer.from(tinyPng().split(',')[1]!, 'base64'));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const frame = (logoDataUrl: string | null): DocumentFrame => ({
    title: 'Access test',
    text: new DocumentText('en'),
    letterhead: { name: 'Test Clinic', address: '', phone: '', logoDataUrl },
    generatedBy: { name: 'Ada Admin', role: 'administrator' },
    generatedAt: new Date('2026-12-02T10:00:00Z'),
    recipient: 'other',
    part2: false,
  });
  const signed = (image: string) =>
    signatureBlock([{ role: 'Client', signer: 'A', signedAt: null, detail: null, image }]);

  it('makes a document from data URLs and its bundled fonts', async () => {
    const { bytes, pageCount } = await renderPdf(frame(tinyPng()), [paragraph('Hello'), signed(tinyPng())]);
    expect(pageCount).toBe(1);
    expect((await pdfText(bytes)).all).toContain('Hello');
  });

  it('refuses an image URL without fetching it', async () => {
    await expect(renderPdf(frame(url), [paragraph('x')])).rejects.toThrow(/denied/);
    await expect(renderPdf(frame(null), [signed(url)])).rejects.toThrow(/denied/);
    const pdfmake = await documentPdfmake();
    const direct = pdfmake.createPdf({ content: [{ image: 'logo' }], images: { logo: url } });
    await expect(direct.getBuffer()).rejects.toThrow(/denied/);
    expect(requests).toBe(0);
  });

  it('refuses a file path without reading it', async () => {
    await expect(renderPdf(frame(file), [paragraph('x')])).rejects.toThrow(/denied/);
    await expect(renderPdf(frame(null), [signed(file)])).rejects.toThrow(/denied/);
    const pdfmake = await documentPdfmake();
    await expect(pdfmake.createPdf({ content: [{ image: file }] }).getBuffer()).rejects.toThrow(/denied/);
  });
});
