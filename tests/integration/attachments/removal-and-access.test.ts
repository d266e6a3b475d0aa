import { describe, expect, it } from 'vitest';
import { solidPng, textPdf } from '../../helpers/attachment-files';
import { dapContent, signedNote } from '../progress-notes/note-clinic';
import { attachmentClinic, details, readBack, upload } from './attachment-clinic';

describe('removing an attachment', () => {
  it('is a status with who, when and why: the bytes and the history stay', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const pdf = textPdf(['Old consent form']);
    const stored = await upload(clinic, clinic.clientId, pdf);
    const removed = await clinic.call('attachments:remove', {
      attachmentId: stored.id,
      reason: 'Scanned into the wrong client file',
    });
    expect(removed.removed).toMatchObject({
      reason: 'Scanned into the wrong client file',
      byName: 'Cam Manager',
    });
    expect(removed.can).toEqual({ open: false, save: false, remove: false });
    const list = await clinic.call('attachments:list', { clientId: clinic.clientId });
    expect(list.attachments).toEqual([]);
    expect(list.removed.map((a) => a.id)).toEqual([stored.id]);
    // Not openable by its case manager any more, and not removable twice.
    expect((await clinic.refuse('attachments:open', { attachmentId: stored.id })).details?.messageKey).toBe(
      'errors.attachment_removed',
    );
    expect(
      (await clinic.refuse('attachments:remove', { attachmentId: stored.id, reason: 'again' })).details
        ?.messageKey,
    ).toBe('errors.attachment_already_removed');
    // A supervisor still opens it, byte for byte.
    await clinic.as('sage');
    expect((await readBack(clinic, stored.id)).equals(pdf)).toBe(true);
    // The timeline tells both events, the removal with its reason.
    const { items } = await clinic.call('timeline:list', {
      clientId: clinic.clientId,
      kinds: ['attachment'],
    });
    expect(items.map((item) => [item.event, item.params.title, item.excerpt])).toEqual([
      ['attachment_removed', 'Consent to share with the hospital', 'Scanned into the wrong client file'],
      ['attachment_added', 'Consent to share with the hospital', null],
    ]);
    expect(items.every((item) => item.ref.screen === 'documents' && item.ref.id === stored.id)).toBe(true);
    await clinic.as('ada');
    const [entry] = (await clinic.call('audit:list', { action: 'attachment.removed', limit: 1 })).entries;
    expect(entry).toMatchObject({ subject: clinic.clientId, actorName: 'Cam Manager' });
  });

  it('only whoever added it, or a supervisor, removes it', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const stored = await upload(clinic, clinic.clientId, textPdf(['Letter']));
    await clinic.as('dee');
    await clinic.call('clients:breakGlass', { clientId: clinic.clientId, reason: 'Covering for Cam today' });
    const error = await clinic.refuse('attachments:remove', { attachmentId: stored.id, reason: 'Duplicate' });
    expect(error).toMatchObject({
      code: 'forbidden',
      details: { messageKey: 'errors.attachment_remove_not_yours' },
    });
    await clinic.as('sage');
    expect(
      (await clinic.call('attachments:remove', { attachmentId: stored.id, reason: 'Duplicate' })).removed,
    ).not.toBeNull();
  });
});

describe('who sees which attachment', () => {
  it('the front desk sees ID cards only; off the caseload nothing opens without breaking the glass', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const card = await upload(clinic, clinic.clientId, solidPng(20, 12, [10, 20, 30]), {
      fileName: 'card.png',
      details: { kind: 'id_card', title: 'State ID' },
    });
    await upload(clinic, clinic.clientId, textPdf(['Discharge']), { details: { kind: 'hospital_papers' } });
    await clinic.as('fran');
    const seen = await clinic.call('attachments:list', { clientId: clinic.clientId });
    expect(seen.attachments.map((a) => a.id)).toEqual([card.id]);
    expect(seen.canAdd).toBe(false);
    await clinic.as('dee');
    const behindGlass = await clinic.refuse('attachments:open', { attachmentId: card.id });
    expect(behindGlass.details?.needsReason).toBe(true);
  });

  it('links only to a signed note or plan of the same client; a Part 2 note makes it Part 2 (no saving)', async () => {
    const clinic = await attachmentClinic();
    const note = await signedNote(clinic, clinic.clientId, dapContent({ part2: true }));
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    const planId = plan?.recordId as string;
    const linked = await upload(clinic, clinic.clientId, textPdf(['Detox discharge']), {
      details: { kind: 'hospital_papers', link: { kind: 'note', id: note.id } },
    });
    expect(linked).toMatchObject({ link: { kind: 'note', id: note.id }, part2: true, can: { save: false } });
    // Neither the save dialog nor the save itself: a Part 2 disclosure needs a consent.
    const dialog = { purpose: 'attachment', title: 'Save', attachmentId: linked.id };
    expect((await clinic.refuse('files:chooseSaveLocation', dialog)).details?.needsConsent).toBe(true);
    expect((await clinic.refuse('attachments:save', { attachmentId: linked.id })).details?.needsConsent).toBe(
      true,
    );
    const toPlan = await upload(clinic, clinic.clientId, textPdf(['Plan signature page']), {
      details: { kind: 'other', link: { kind: 'care_plan', id: planId } },
    });
    expect(toPlan).toMatchObject({ link: { kind: 'care_plan', id: planId }, part2: false });

    // The wrong kind, another client's note, a draft, an unknown id: all refused at begin.
    await clinic.as('dee');
    const deesNote = await signedNote(clinic, clinic.otherClientId, dapContent({ addressed: [] }));
    await clinic.as('cam');
    const draft = await clinic.call('notes:start', { clientId: clinic.clientId });
    for (const link of [
      { kind: 'care_plan' as const, id: note.id },
      { kind: 'note' as const, id: deesNote.id },
      { kind: 'note' as const, id: draft.id },
      { kind: 'note' as const, id: '018f5e7a-0000-7000-8000-00000000abcd' },
    ]) {
      const error = await clinic.refuse('attachments:begin', {
        clientId: clinic.clientId,
        fileName: 'x.pdf',
        sizeBytes: 100,
        details: details({ link }),
      });
      expect(error, JSON.stringify(link)).toMatchObject({
        code: 'invalid_input',
        fields: { 'details.link.id': 'validation.invalid' },
        details: { messageKey: 'errors.attachment_link_not_found' },
      });
    }
  });

  it('chunks are read only after an audited open, once per open', async () => {
    const clinic = await attachmentClinic({ plan: false });
    const stored = await upload(clinic, clinic.clientId, textPdf(['Letter']));
    const error = await clinic.refuse('attachments:read', { attachmentId: stored.id, index: 0 });
    expect(error.details?.messageKey).toBe('errors.attachment_not_opened');
    await readBack(clinic, stored.id);
    await readBack(clinic, stored.id);
    expect((await clinic.refuse('attachments:read', { attachmentId: stored.id, index: 1 })).code).toBe(
      'invalid_input',
    );
    await clinic.as('ada');
    const opens = (await clinic.call('audit:list', { action: 'attachment.viewed', limit: 10 })).entries;
    expect(opens).toHaveLength(2);
    // The administrator reads that it was opened, not what kind of paper it is (clinical).
    expect(opens[0]).toMatchObject({ subject: clinic.clientId, details: { attachmentId: stored.id } });
    expect(opens[0]?.details).not.toHaveProperty('kind');
  });
});
