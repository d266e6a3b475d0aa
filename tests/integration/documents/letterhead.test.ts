import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/documents/engine/render-pdf';
import { DocumentText } from '../../../src/main/documents/text';
import { ADMIN } from '../../helpers/lantern';
import { client, clinicWithStaff } from '../../helpers/clinic';
import { documentSuite } from './render-helpers';
import { WHO, tinyPng } from './rich-client';

const pngBase64 = () => tinyPng().split(',')[1]!;
/** The first bytes of a JPEG (SOI, APP0 "JFIF") and nothing after: JPEG by its type, unreadable as an image. */
const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

/** A real JPEG: page 1 of a PDF made here, drawn by poppler at a tiny resolution. */
async function realJpeg(): Promise<Buffer> {
  const { bytes } = await renderPdf(
    {
      title: 'logo',
      text: new DocumentText('en'),
      letterhead: { name: 'Logo', address: '', phone: '', logoDataUrl: null },
      generatedBy: { name: 'A', role: 'administrator' },
      generatedAt: new Date(),
      recipient: 'other',
      part2: false,
    },
    [],
  );
  const folder = mkdtempSync(join(tmpdir(), 'lantern-jpeg-'));
  writeFileSync(join(folder, 'page.pdf'), bytes);
  execFileSync('pdftoppm', ['-jpeg', '-r', '8', '-f', '1', '-l', '1', '-singlefile', 'page.pdf', 'page'], {
    cwd: folder,
  });
  const jpeg = readFileSync(join(folder, 'page.jpg'));
  rmSync(folder, { recursive: true, force: true });
  return jpeg;
}

describe('the clinic letterhead', () => {
  const suite = documentSuite((dataDir) => clinicWithStaff({ dataDir }));

  it('defaults to the clinic’s name and is readable by anyone signed in', async () => {
    await suite.clinic.as('fran');
    const letterhead = await suite.clinic.call('letterhead:get', {});
    expect(letterhead).toMatchObject({ printedName: ADMIN.clinicName, logoMimeType: null, updatedAt: null });
  });

  it('is changed by an administrator, audited, and printed on documents with its logo', async () => {
    await suite.clinic.as('ada');
    const saved = await suite.clinic.call('letterhead:update', {
      letterhead: {
        clinicName: 'Riverbend CS — North Office',
        address: '200 River Street\nRiverbend, OR 97000',
        phone: '(555) 400-1000',
        logo: { base64: pngBase64() },
      },
    });
    expect(saved).toMatchObject({ printedName: 'Riverbend CS — North Office', logoMimeType: 'image/png' });
    expect(saved.updatedByName).toBe(ADMIN.fullName);
    const { entries } = await suite.clinic.call('audit:list', {});
    const entry = entries.find((e) => e.action === 'letterhead.updated');
    expect(entry?.details).toEqual({ fields: 'clinicName, address, phone, logo' });

    await suite.clinic.as('cam');
    const { id } = await suite.clinic.call('clients:create', {
      client: client({ assignedCaseManagerIds: [suite.clinic.ids.cam!] }),
      duplicatesReviewed: true,
    });
    const { doc, all, info } = await suite.maker.read(WHO.cam, {
      definition: 'face_sheet',
      clientId: id,
      recipient: 'client',
      language: 'en',
    });
    expect(all).toContain('Riverbend CS — North Office');
    expect(all).toContain('200 River Street');
    expect(all).toContain('Phone (555) 400-1000');
    expect(info.Author).toBe('Riverbend CS — North Office');
    expect(Buffer.from(doc.bytes).toString('latin1')).toContain('/Subtype /Image');
  });

  it('judges the logo by its bytes: a JPEG is accepted, text named like an image is not', async () => {
    await suite.clinic.as('ada');
    const jpeg = await suite.clinic.call('letterhead:update', {
      letterhead: { logo: { base64: (await realJpeg()).toString('base64') } },
    });
    expect(jpeg.logoMimeType).toBe('image/jpeg');
    const before = await suite.clinic.call('letterhead:get', {});
    // JPEG by its first bytes but not an image a document could print: refused, not stored.
    const broken = { letterhead: { logo: { base64: JPEG_START.toString('base64') } } };
    expect((await suite.clinic.refuse('letterhead:update', broken)).fields).toEqual({
      'letterhead.logo': 'validation.logo_unreadable',
    });
    const text = await suite.clinic.refuse('letterhead:update', {
      letterhead: { logo: { base64: Buffer.from('GIF89a pretending').toString('base64') } },
    });
    expect(text).toMatchObject({
      code: 'invalid_input',
      fields: { 'letterhead.logo': 'validation.logo_unreadable' },
      details: { messageKey: 'errors.logo_unreadable' },
    });
    const big = Buffer.concat([Buffer.from(pngBase64(), 'base64'), Buffer.alloc(512 * 1024)]);
    expect(
      (
        await suite.clinic.refuse('letterhead:update', {
          letterhead: { logo: { base64: big.toString('base64') } },
        })
      ).fields,
    ).toEqual({ 'letterhead.logo.base64': 'validation.logo_too_large' });
    // A refused change changes nothing.
    expect(await suite.clinic.call('letterhead:get', {})).toEqual(before);
  });

  it('may not be changed by case managers or front desk', async () => {
    for (const who of ['cam', 'fran']) {
      await suite.clinic.as(who);
      expect(
        (await suite.clinic.refuse('letterhead:update', { letterhead: { clinicName: 'Mine' } })).code,
      ).toBe('forbidden');
    }
  });
});
