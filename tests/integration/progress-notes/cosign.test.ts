import { describe, expect, it } from 'vitest';
import { dapContent, noteClinic, signedNote } from './note-clinic';

async function clinicNeedingCosign(settings: {
  cosignRoles?: ('case_manager' | 'supervisor')[];
  accounts?: string[];
}) {
  const clinic = await noteClinic();
  await clinic.as('ada');
  const current = await clinic.call('notes:settings', {});
  await clinic.call('notes:saveSettings', {
    ...current,
    cosignRoles: settings.cosignRoles ?? [],
    cosignAccountIds: (settings.accounts ?? []).map((u) => clinic.ids[u] as string),
  });
  await clinic.as('cam');
  return clinic;
}

describe('progress notes: co-signature and return', () => {
  it('per role: a case manager’s note awaits a supervisor, who co-signs it from the queue', async () => {
    const clinic = await clinicNeedingCosign({ cosignRoles: ['case_manager'] });
    const note = await signedNote(clinic, clinic.clientId);
    expect([note.state, note.cosignRequired]).toEqual(['awaiting_cosign', true]);
    expect(note.can.cosign).toBe(false);
    const own = await clinic.refuse('notes:cosign', { versionId: note.current.id });
    expect(own.code).toBe('forbidden');
    expect(await clinic.refuse('notes:awaitingCosign', {})).toMatchObject({ code: 'forbidden' });

    await clinic.as('sage');
    const queue = await clinic.call('notes:awaitingCosign', {});
    expect(queue.map((n) => [n.id, n.clientName, n.authorName])).toEqual([
      [note.id, 'Ana Diaz', 'Cam Manager'],
    ]);
    const seen = await clinic.call('notes:get', { noteId: note.id });
    expect(seen.can).toMatchObject({ cosign: true, returnToWriter: true, edit: false });
    const cosigned = await clinic.call('notes:cosign', { versionId: note.current.id, comment: 'Reviewed.' });
    expect(cosigned.state).toBe('signed');
    expect(cosigned.current.signatures.map((s) => [s.role, s.signerName])).toEqual([
      ['worker', 'Cam Manager'],
      ['supervisor', 'Sage Supervisor'],
    ]);
    expect(await clinic.call('notes:awaitingCosign', {})).toEqual([]);
    const twice = await clinic.refuse('notes:cosign', { versionId: note.current.id });
    expect(twice).toMatchObject({ code: 'wrong_state', details: { problem: 'not_awaiting_cosign' } });
  });

  it('per role: a supervisor’s own note needing co-signature is never co-signed by its writer', async () => {
    const clinic = await clinicNeedingCosign({ cosignRoles: ['supervisor'] });
    const byCam = await signedNote(clinic, clinic.clientId);
    expect(byCam.state).toBe('signed');
    await clinic.as('sage');
    const bySage = await signedNote(clinic, clinic.clientId);
    expect(bySage.state).toBe('awaiting_cosign');
    expect(await clinic.call('notes:awaitingCosign', {})).toEqual([]);
    const own = await clinic.refuse('notes:cosign', { versionId: bySage.current.id });
    expect(own).toMatchObject({ code: 'forbidden', details: { messageKey: 'errors.note_own_cosign' } });
    expect((await clinic.refuse('notes:return', { versionId: bySage.current.id, comment: 'x' })).code).toBe(
      'forbidden',
    );
    const after = await clinic.call('notes:get', { noteId: bySage.id });
    expect(after.current.signatures.map((s) => s.role)).toEqual(['worker']);
  });

  it('per account: only the named account’s notes need co-signature', async () => {
    const clinic = await clinicNeedingCosign({ accounts: ['dee'] });
    expect((await signedNote(clinic, clinic.clientId)).state).toBe('signed');
    await clinic.as('dee');
    const dee = await signedNote(clinic, clinic.otherClientId, dapContent({ addressed: [] }));
    expect(dee.state).toBe('awaiting_cosign');
    await clinic.as('sage');
    expect((await clinic.call('notes:awaitingCosign', {})).map((n) => n.id)).toEqual([dee.id]);
  });

  it('whether a note needs co-signature is decided when it is signed, not later', async () => {
    const clinic = await clinicNeedingCosign({});
    const before = await signedNote(clinic, clinic.clientId);
    await clinic.as('ada');
    const settings = await clinic.call('notes:settings', {});
    await clinic.call('notes:saveSettings', { ...settings, cosignAccountIds: [clinic.ids.cam as string] });
    await clinic.as('cam');
    const after = await signedNote(clinic, clinic.clientId);
    expect([before.state, after.state]).toEqual(['signed', 'awaiting_cosign']);
    expect((await clinic.call('notes:get', { noteId: before.id })).cosignRequired).toBe(false);
    await clinic.as('ada');
    await clinic.call('notes:saveSettings', { ...settings, cosignAccountIds: [] });
    await clinic.as('sage');
    expect((await clinic.call('notes:awaitingCosign', {})).map((n) => n.id)).toEqual([after.id]);
  });

  it('a return keeps the returned version; the writer gets a new draft, signs it again, and it is co-signed', async () => {
    const clinic = await clinicNeedingCosign({ cosignRoles: ['case_manager'] });
    const note = await signedNote(clinic, clinic.clientId);
    const v1 = note.current;
    await clinic.as('sage');
    const noComment = await clinic.refuse('notes:return', { versionId: v1.id, comment: '  ' });
    expect(noComment.code).toBe('invalid_input');
    const returned = await clinic.call('notes:return', {
      versionId: v1.id,
      comment: 'Add the housing referral.',
    });
    expect(returned.state).toBe('returned');
    expect(returned.returns).toEqual([
      {
        versionNo: 1,
        comment: 'Add the housing referral.',
        byName: 'Sage Supervisor',
        at: expect.any(String),
      },
    ]);
    // The supervisor sees the returned version, not the writer's new draft.
    expect(returned.versions.map((v) => [v.versionNo, v.state])).toEqual([[1, 'signed']]);
    expect(await clinic.call('notes:awaitingCosign', {})).toEqual([]);

    await clinic.as('cam');
    expect((await clinic.call('notes:returnedToMe', {})).map((n) => [n.id, n.state])).toEqual([
      [note.id, 'returned'],
    ]);
    expect((await clinic.call('notes:myDrafts', {})).map((n) => n.id)).toEqual([note.id]);
    const mine = await clinic.call('notes:get', { noteId: note.id });
    expect(mine.current).toMatchObject({ versionNo: 2, state: 'draft', content: v1.content });
    const discard = await clinic.refuse('notes:discardDraft', { versionId: mine.current.id });
    expect(discard).toMatchObject({ code: 'wrong_state', details: { problem: 'returned_draft' } });
    const corrected = { ...v1.content, nextSteps: 'Housing referral sent today.' };
    await clinic.call('notes:saveDraft', { versionId: mine.current.id, content: corrected });
    const resigned = await clinic.call('notes:sign', { versionId: mine.current.id });
    expect(resigned.state).toBe('awaiting_cosign');
    expect(await clinic.call('notes:returnedToMe', {})).toEqual([]);

    await clinic.as('sage');
    const stale = await clinic.refuse('notes:cosign', { versionId: v1.id });
    expect(stale.code).toBe('wrong_state');
    const done = await clinic.call('notes:cosign', { versionId: resigned.current.id });
    expect(done.versions.map((v) => [v.versionNo, v.state, v.signatures.map((s) => s.role)])).toEqual([
      [1, 'superseded', ['worker']],
      [2, 'signed', ['worker', 'supervisor']],
    ]);
    expect(done.versions[0]?.content).toEqual(v1.content);
    expect(done.current.content.nextSteps).toBe('Housing referral sent today.');
    expect(done.returns).toHaveLength(1);
  });

  it('a note entered in error leaves every queue, its open draft with it', async () => {
    const clinic = await clinicNeedingCosign({ cosignRoles: ['case_manager'] });
    const waiting = await signedNote(clinic, clinic.clientId);
    const returned = await signedNote(clinic, clinic.clientId);
    await clinic.as('sage');
    await clinic.call('notes:return', { versionId: returned.current.id, comment: 'Add the referral.' });
    expect((await clinic.call('notes:awaitingCosign', {})).map((n) => n.id)).toEqual([waiting.id]);
    await clinic.call('notes:markEnteredInError', { noteId: waiting.id, reason: 'Wrong client' });
    expect(await clinic.call('notes:awaitingCosign', {})).toEqual([]);
    await clinic.as('cam');
    expect((await clinic.call('notes:returnedToMe', {})).map((n) => n.id)).toEqual([returned.id]);
    await clinic.call('notes:markEnteredInError', { noteId: returned.id, reason: 'Written twice' });
    expect(await clinic.call('notes:returnedToMe', {})).toEqual([]);
    expect(await clinic.call('notes:myDrafts', {})).toEqual([]);
    const after = await clinic.call('notes:get', { noteId: returned.id });
    expect(after.can).toMatchObject({ edit: false, sign: false });
  });

  it('a case manager cannot co-sign or return; front desk, administrator and reporting see no queue', async () => {
    const clinic = await clinicNeedingCosign({ cosignRoles: ['case_manager'] });
    await clinic.as('dee');
    const dee = await signedNote(clinic, clinic.otherClientId, dapContent({ addressed: [] }));
    await clinic.as('cam');
    expect((await clinic.refuse('notes:cosign', { versionId: dee.current.id })).code).toBe('forbidden');
    expect((await clinic.refuse('notes:return', { versionId: dee.current.id, comment: 'no' })).code).toBe(
      'forbidden',
    );
    for (const who of ['fran', 'ada', 'remy']) {
      await clinic.as(who);
      expect((await clinic.refuse('notes:awaitingCosign', {})).code).toBe('forbidden');
    }
  });
});
