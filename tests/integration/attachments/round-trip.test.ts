import { basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEGABYTE } from '../../../src/shared/contracts/attachments';
import { textPdf } from '../../helpers/attachment-files';
import { attachmentClinic, readBack, sha256, upload } from './attachment-clinic';

describe('an attachment round trip', () => {
  it('stores a 25 MB PDF in chunks and gives back the same bytes, read and saved', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const bytes = textPdf(['Hospital discharge summary'], 25 * MEGABYTE, (n) => randomBytes(n));
    expect(bytes.length).toBe(25 * MEGABYTE);

    const stored = await upload(clinic, clinic.clientId, bytes, { fileName: 'discharge.pdf' });
    expect(stored).toMatchObject({
      type: 'pdf',
      mimeType: 'application/pdf',
      sizeBytes: bytes.length,
      chunkCount: 100,
      sha256: sha256(bytes),
      fileName: 'discharge.pdf',
      addedByName: 'Cam Manager',
      removed: null,
    });

    const read = await readBack(clinic, stored.id);
    expect(read.length).toBe(bytes.length);
    expect(read.equals(bytes)).toBe(true);

    await clinic.call('files:chooseSaveLocation', {
      purpose: 'attachment',
      title: 'Save the attachment',
      attachmentId: stored.id,
    });
    const saved = await clinic.call('attachments:save', { attachmentId: stored.id });
    // The dialog suggested a name without the client's; main added the type's extension.
    expect(saved.file).toMatch(/Lantern-attachment-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(sha256(readFileSync(saved.file))).toBe(sha256(bytes));

    await clinic.as('ada');
    const audit = async (action: string) =>
      (await clinic.call('audit:list', { action: action as never, limit: 10 })).entries;
    expect(await audit('attachment.added')).toHaveLength(1);
    // One open, a hundred chunks read: one entry.
    expect(await audit('attachment.viewed')).toHaveLength(1);
    // As the administrator reads the trail: the file's name (not its folder), not what kind of paper it is.
    const [downloaded] = await audit('attachment.downloaded');
    expect(downloaded).toMatchObject({
      subject: clinic.clientId,
      details: { attachmentId: stored.id, file: basename(saved.file) },
    });
    expect(downloaded?.details).not.toHaveProperty('kind');
  }, 120_000);

  it('judges a file by its content: a real PDF named .jpg is stored as a PDF', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const pdf = textPdf(['Letter from the landlord']);
    const stored = await upload(clinic, clinic.clientId, pdf, { fileName: 'photo-of-letter.jpg' });
    expect(stored).toMatchObject({
      type: 'pdf',
      mimeType: 'application/pdf',
      fileName: 'photo-of-letter.jpg',
    });
    expect((await readBack(clinic, stored.id)).equals(pdf)).toBe(true);
  });

  it('accepts a HEIC photo and a JPEG by their headers, whatever they are called', async () => {
    const clinic = await attachmentClinic({ plan: false });
    // An ISO media file whose brand is HEIC (the box a phone's photo starts with).
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic'),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from('mif1heic'),
      Buffer.alloc(200),
    ]);
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
      Buffer.from('JFIF\0'),
      Buffer.alloc(100),
    ]);
    const photo = await upload(clinic, clinic.clientId, heic, {
      fileName: 'IMG_0042',
      details: { kind: 'id_card' },
    });
    expect(photo).toMatchObject({ type: 'heic', mimeType: 'image/heic', fileName: 'IMG_0042' });
    const scan = await upload(clinic, clinic.clientId, jpeg, {
      fileName: 'scan.pdf',
      details: { kind: 'letter' },
    });
    expect(scan).toMatchObject({ type: 'jpg', mimeType: 'image/jpeg' });
  });

  it('cannot save without a location chosen in the dialog first', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const stored = await upload(clinic, clinic.clientId, textPdf(['A letter']));
    const error = await clinic.refuse('attachments:save', { attachmentId: stored.id });
    expect(error).toMatchObject({
      code: 'wrong_state',
      details: { messageKey: 'errors.export_choose_location' },
    });
  });
});
