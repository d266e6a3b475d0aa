import { describe, expect, it } from 'vitest';
import { ADMIN } from '../../helpers/lantern';
import { STAFF } from '../../helpers/clinic';
import { textPdf } from '../../helpers/attachment-files';
import { attachmentClinic, details } from './attachment-clinic';

type Clinic = Awaited<ReturnType<typeof attachmentClinic>>;

async function begin(clinic: Clinic, bytes: Buffer) {
  return clinic.call('attachments:begin', {
    clientId: clinic.clientId,
    fileName: 'consent.pdf',
    sizeBytes: bytes.length,
    details: details(),
  });
}

describe('uploads in progress', () => {
  it("belong to whoever began them: another person's upload id does not exist for them", async () => {
    const clinic = await attachmentClinic({ plan: false });
    const pdf = textPdf(['Consent']);
    const { uploadId } = await begin(clinic, pdf);
    await clinic.call('auth:signOut', {});
    await clinic.call('auth:signIn', { username: 'sage', password: STAFF.sage?.password as string });
    for (const [channel, input] of [
      ['attachments:chunk', { uploadId, index: 0, data: pdf.toString('base64') }],
      ['attachments:finish', { uploadId }],
      ['attachments:cancel', { uploadId }],
    ] as const) {
      const error = await clinic.refuse(channel, input);
      expect(error, channel).toMatchObject({
        code: 'not_found',
        details: { messageKey: 'errors.attachment_upload_not_found' },
      });
    }
  });

  it('are dropped when Lantern locks: nothing half-sent survives, nothing was stored', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const pdf = textPdf(['Consent']);
    const { uploadId } = await begin(clinic, pdf);
    await clinic.call('attachments:chunk', { uploadId, index: 0, data: pdf.toString('base64') });
    await clinic.call('auth:lock', {});
    await clinic.call('auth:signIn', { username: 'cam', password: STAFF.cam?.password as string });
    const error = await clinic.refuse('attachments:finish', { uploadId });
    expect(error.code).toBe('not_found');
    expect((await clinic.call('attachments:list', { clientId: clinic.clientId })).attachments).toEqual([]);
  });

  it('expire a quarter of an hour after their last piece', async () => {
    let now = new Date('2026-03-02T10:00:00Z');
    const clinic = await attachmentClinic({ plan: false, now: () => now });
    const pdf = textPdf(['Consent']);
    const { uploadId } = await begin(clinic, pdf);
    now = new Date('2026-03-02T10:14:00Z');
    await clinic.call('attachments:chunk', { uploadId, index: 0, data: pdf.toString('base64') });
    now = new Date('2026-03-02T10:29:30Z');
    expect((await clinic.refuse('attachments:finish', { uploadId })).code).toBe('not_found');
  });

  it('a cancelled upload leaves nothing; at most three are open at once', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const pdf = textPdf(['Consent']);
    const open = [await begin(clinic, pdf), await begin(clinic, pdf), await begin(clinic, pdf)];
    const fourth = await clinic.refuse('attachments:begin', {
      clientId: clinic.clientId,
      fileName: 'x.pdf',
      sizeBytes: pdf.length,
      details: details(),
    });
    expect(fourth).toMatchObject({
      code: 'wrong_state',
      details: { messageKey: 'errors.attachment_too_many_uploads' },
    });
    await clinic.call('attachments:cancel', { uploadId: (open[0] as { uploadId: string }).uploadId });
    expect(
      (await clinic.refuse('attachments:finish', { uploadId: (open[0] as { uploadId: string }).uploadId }))
        .code,
    ).toBe('not_found');
    await begin(clinic, pdf);
    expect((await clinic.call('attachments:list', { clientId: clinic.clientId })).attachments).toEqual([]);
    // And an administrator, who may not add to a file at all, is refused by role.
    await clinic.call('auth:signOut', {});
    await clinic.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(
      (
        await clinic.refuse('attachments:begin', {
          clientId: clinic.clientId,
          fileName: 'x.pdf',
          sizeBytes: 10,
          details: details(),
        })
      ).code,
    ).toBe('forbidden');
  });
});
