import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_CHUNK_BYTES, MEGABYTE } from '../../../src/shared/contracts/attachments';
import { textPdf } from '../../helpers/attachment-files';
import { attachmentClinic, details, pieces, uploadRefused } from './attachment-clinic';

type Clinic = Awaited<ReturnType<typeof attachmentClinic>>;

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const MACRO_MAIN = 'application/vnd.ms-word.document.macroEnabled.main+xml';

/** A zip with these parts; `[Content_Types].xml` naming `main` as the document's type when given. */
function zipOf(parts: Record<string, string>, main?: string): Buffer {
  const zip = new PizZip();
  if (main)
    zip.file(
      '[Content_Types].xml',
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`,
    );
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generate({ type: 'nodebuffer' });
}

const wordParts = { 'word/document.xml': '<w:document/>', '_rels/.rels': '<Relationships/>' };

/** After a refusal, the client's file has no attachment and the audit trail no addition. */
async function nothingStored(clinic: Clinic) {
  expect((await clinic.call('attachments:list', { clientId: clinic.clientId })).attachments).toEqual([]);
  await clinic.as('ada');
  expect((await clinic.call('audit:list', { action: 'attachment.added', limit: 5 })).entries).toEqual([]);
}

describe('what is refused, and why', () => {
  it('a file declared over the clinic limit is refused before any byte is sent, naming the limit', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const error = await clinic.refuse('attachments:begin', {
      clientId: clinic.clientId,
      fileName: 'huge.pdf',
      sizeBytes: 25 * MEGABYTE + 1,
      details: details(),
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { sizeBytes: 'validation.attachment_too_big' },
      details: { messageKey: 'errors.attachment_too_big', limitMb: 25 },
    });
    // The administrator lowers the limit: the message says the new one.
    await clinic.as('ada');
    expect(await clinic.call('attachments:saveSettings', { maxSizeMb: 1 })).toEqual({ maxSizeMb: 1 });
    await clinic.as('cam');
    const smaller = await clinic.refuse('attachments:begin', {
      clientId: clinic.clientId,
      fileName: 'scan.pdf',
      sizeBytes: 2 * MEGABYTE,
      details: details(),
    });
    expect(smaller.details).toMatchObject({ messageKey: 'errors.attachment_too_big', limitMb: 1 });
    expect(smaller.message).toContain('1 MB');
    await nothingStored(clinic);
  });

  it('a file larger than it declared is refused at the piece that passes the size, and dropped', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const bytes = textPdf(['Letter'], 3 * ATTACHMENT_CHUNK_BYTES);
    const begun = await clinic.call('attachments:begin', {
      clientId: clinic.clientId,
      fileName: 'letter.pdf',
      sizeBytes: 2 * ATTACHMENT_CHUNK_BYTES,
      details: details(),
    });
    const [first, second, third] = pieces(bytes) as [string, string, string];
    await clinic.call('attachments:chunk', { uploadId: begun.uploadId, index: 0, data: first });
    await clinic.call('attachments:chunk', { uploadId: begun.uploadId, index: 1, data: second });
    const error = await clinic.refuse('attachments:chunk', {
      uploadId: begun.uploadId,
      index: 2,
      data: third,
    });
    expect(error.details?.messageKey).toBe('errors.attachment_size_mismatch');
    // The upload is gone: finishing it is refused as unknown.
    const gone = await clinic.refuse('attachments:finish', { uploadId: begun.uploadId });
    expect(gone).toMatchObject({
      code: 'not_found',
      details: { messageKey: 'errors.attachment_upload_not_found' },
    });
    await nothingStored(clinic);
  });

  it('a file that stops short of its declared size is refused at finish', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const bytes = textPdf(['Letter']);
    const begun = await clinic.call('attachments:begin', {
      clientId: clinic.clientId,
      fileName: 'letter.pdf',
      sizeBytes: bytes.length + 10,
      details: details(),
    });
    await clinic.call('attachments:chunk', {
      uploadId: begun.uploadId,
      index: 0,
      data: bytes.toString('base64'),
    });
    const error = await clinic.refuse('attachments:finish', { uploadId: begun.uploadId });
    expect(error.details?.messageKey).toBe('errors.attachment_size_mismatch');
    await nothingStored(clinic);
  });

  it('pieces out of order are refused', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const begun = await clinic.call('attachments:begin', {
      clientId: clinic.clientId,
      fileName: 'letter.pdf',
      sizeBytes: 3 * ATTACHMENT_CHUNK_BYTES,
      details: details(),
    });
    const data = Buffer.alloc(ATTACHMENT_CHUNK_BYTES, 1).toString('base64');
    const error = await clinic.refuse('attachments:chunk', { uploadId: begun.uploadId, index: 1, data });
    expect(error).toMatchObject({ code: 'invalid_input', fields: { index: 'validation.invalid' } });
  });

  const refusedByContent: [string, string, () => Buffer, string][] = [
    [
      'a Windows program renamed .pdf',
      'scan.pdf',
      () =>
        Buffer.concat([
          Buffer.from('MZ'),
          Buffer.alloc(58),
          Buffer.from([0x80, 0, 0, 0]),
          Buffer.alloc(64),
          Buffer.from('PE\0\0'),
        ]),
      'errors.attachment_type_executable',
    ],
    [
      'a Linux program (ELF)',
      'letter.pdf',
      () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]),
      'errors.attachment_type_executable',
    ],
    [
      'a macro-enabled Word document (.docm)',
      'form.docm',
      () => zipOf({ ...wordParts, 'word/vbaProject.bin': 'VBA' }, MACRO_MAIN),
      'errors.attachment_type_macro',
    ],
    [
      'a macro document renamed .docx (a VBA project inside a Word zip)',
      'form.docx',
      () => zipOf({ ...wordParts, 'word/vbaProject.bin': 'VBA' }, WORD_MAIN),
      'errors.attachment_type_macro',
    ],
    [
      'a plain zip',
      'scans.pdf',
      () => zipOf({ 'scan-1.pdf': 'x', 'scan-2.pdf': 'y' }),
      'errors.attachment_type_archive',
    ],
    [
      'a text file',
      'notes.pdf',
      () => Buffer.from('Client said she would call back on Tuesday.\n'),
      'errors.attachment_type_not_allowed',
    ],
    [
      'a shell script',
      'run.pdf',
      () => Buffer.from('#!/bin/sh\nrm -rf ~\n'),
      'errors.attachment_type_script',
    ],
  ];

  it.each(refusedByContent)('refuses %s with its own message', async (_what, fileName, bytes, messageKey) => {
    const clinic = await attachmentClinic({ plan: false });
    const error = await uploadRefused(clinic, clinic.clientId, bytes(), fileName);
    expect(error).toMatchObject({ code: 'invalid_input', details: { messageKey } });
    await nothingStored(clinic);
  });

  it('accepts a Word document without macros, and keeps the size limit between bounds', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const docx = zipOf(wordParts, WORD_MAIN);
    const begun = await clinic.call('attachments:begin', {
      clientId: clinic.clientId,
      fileName: 'letter.docx',
      sizeBytes: docx.length,
      details: details({ kind: 'letter' }),
    });
    await clinic.call('attachments:chunk', {
      uploadId: begun.uploadId,
      index: 0,
      data: docx.toString('base64'),
    });
    expect(await clinic.call('attachments:finish', { uploadId: begun.uploadId })).toMatchObject({
      type: 'docx',
    });
    await clinic.as('ada');
    for (const maxSizeMb of [0, 101, 2.5])
      expect((await clinic.refuse('attachments:saveSettings', { maxSizeMb })).code).toBe('invalid_input');
    await clinic.as('cam');
    expect((await clinic.refuse('attachments:saveSettings', { maxSizeMb: 50 })).code).toBe('forbidden');
  });
});
