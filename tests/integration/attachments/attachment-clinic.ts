import { createHash } from 'node:crypto';
import type { AttachmentDetailsInput } from '../../../src/shared/contracts/attachments';
import { ATTACHMENT_CHUNK_BYTES } from '../../../src/shared/contracts/attachments';
import type { AppError } from '../../../src/shared/result';
import { noteClinic } from '../progress-notes/note-clinic';

/**
 * Cam's client Ana Diaz (with a signed care plan), Cam signed in; Dee has her own client. And the
 * calls a screen makes to add a file (begin, pieces in order, finish) and to read it back.
 */
export const attachmentClinic = noteClinic;
type Clinic = Pick<Awaited<ReturnType<typeof noteClinic>>, 'call' | 'core'>;

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export const details = (overrides: Partial<AttachmentDetailsInput> = {}): AttachmentDetailsInput => ({
  title: 'Consent to share with the hospital',
  kind: 'consent_form',
  documentDate: '2026-03-02',
  ...overrides,
});

/** The pieces a screen sends: `File.slice` of one chunk each, as base64. */
export function pieces(bytes: Buffer): string[] {
  const out: string[] = [];
  for (let at = 0; at < bytes.length; at += ATTACHMENT_CHUNK_BYTES)
    out.push(bytes.subarray(at, at + ATTACHMENT_CHUNK_BYTES).toString('base64'));
  return out;
}

/** Adds a file all the way, failing the test on a refusal. */
export async function upload(
  clinic: Clinic,
  clientId: string,
  bytes: Buffer,
  options: { fileName?: string; details?: Partial<AttachmentDetailsInput> } = {},
) {
  const begun = await clinic.call('attachments:begin', {
    clientId,
    fileName: options.fileName ?? 'consent.pdf',
    sizeBytes: bytes.length,
    details: details(options.details),
  });
  for (const [index, data] of pieces(bytes).entries())
    await clinic.call('attachments:chunk', { uploadId: begun.uploadId, index, data });
  return clinic.call('attachments:finish', { uploadId: begun.uploadId });
}

/** Adds a file expecting the finish (or an earlier step) to be refused; returns the refusal. */
export async function uploadRefused(
  clinic: Clinic,
  clientId: string,
  bytes: Buffer,
  fileName: string,
): Promise<AppError> {
  const begun = await clinic.core.invoke('attachments:begin', {
    clientId,
    fileName,
    sizeBytes: bytes.length,
    details: details(),
  });
  if (!begun.ok) return begun.error;
  const { uploadId } = begun.value as { uploadId: string };
  for (const [index, data] of pieces(bytes).entries()) {
    const sent = await clinic.core.invoke('attachments:chunk', { uploadId, index, data });
    if (!sent.ok) return sent.error;
  }
  const finished = await clinic.core.invoke('attachments:finish', { uploadId });
  if (finished.ok) throw new Error(`${fileName} was expected to be refused but was stored`);
  return finished.error;
}

/** Opens an attachment (audited once) and reads every chunk back. */
export async function readBack(clinic: Clinic, attachmentId: string): Promise<Buffer> {
  await clinic.call('attachments:open', { attachmentId });
  const first = await clinic.call('attachments:read', { attachmentId, index: 0 });
  const chunks = [Buffer.from(first.data, 'base64')];
  for (let index = 1; index < first.chunkCount; index++)
    chunks.push(Buffer.from((await clinic.call('attachments:read', { attachmentId, index })).data, 'base64'));
  return Buffer.concat(chunks);
}
