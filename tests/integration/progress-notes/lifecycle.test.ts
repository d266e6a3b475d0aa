import { describe, expect, it } from 'vitest';
import { localToday } from '../../../src/shared/domain/clients';
import { dapContent, draftNote, noteClinic, signedNote } from './note-clinic';

describe('progress notes: start, autosave, sign', () => {
  it('starts filled in: today, now, face to face, DAP sections empty, the plan goals and objectives not addressed', async () => {
    const clinic = await noteClinic();
    const started = await clinic.call('notes:start', { clientId: clinic.clientId });
    expect(started.state).toBe('draft');
    expect(started.current.state).toBe('draft');
    const content = started.current.content;
    expect(content).toMatchObject({
      formatId: 'dap',
      formatVersion: '1',
      contactDate: localToday(),
      contactType: 'face_to_face',
      planVersionId: clinic.planVersionId,
      sections: [
        { id: 'data', text: '' },
        { id: 'assessment', text: '' },
        { id: 'plan', text: '' },
      ],
      addressed: [
        { goalId: 'goal-1', objectiveId: null, mark: 'not_addressed' },
        { goalId: 'goal-1', objectiveId: 'obj-1', mark: 'not_addressed' },
        { goalId: 'goal-2', objectiveId: null, mark: 'not_addressed' },
      ],
    });
    expect(content.startTime).toMatch(/^\d\d:\d[05]$/);
    expect(started.can).toEqual({
      edit: true,
      sign: true,
      cosign: false,
      returnToWriter: false,
      addAddendum: false,
      markEnteredInError: false,
    });
    const soap = await clinic.call('notes:start', { clientId: clinic.clientId, formatId: 'soap' });
    expect(soap.current.content.sections.map((s) => s.id)).toEqual([
      'subjective',
      'objective',
      'assessment',
      'plan',
    ]);
    const unknown = await clinic.refuse('notes:start', { clientId: clinic.clientId, formatId: 'nope' });
    expect(unknown).toMatchObject({ code: 'invalid_input', fields: { formatId: 'validation.invalid' } });
  });

  it('autosaves the writer’s draft, lists it for the writer only, and signs it into a locked note', async () => {
    const clinic = await noteClinic();
    const draft = await draftNote(clinic, clinic.clientId);
    expect(draft.current.content.sections[0]?.text).toContain('sleeping better');
    expect((await clinic.call('notes:myDrafts', {})).map((n) => n.id)).toEqual([draft.id]);
    expect((await clinic.call('notes:list', { clientId: clinic.clientId })).map((n) => n.id)).toEqual([
      draft.id,
    ]);

    await clinic.as('sage');
    expect(await clinic.call('notes:list', { clientId: clinic.clientId })).toEqual([]);
    expect((await clinic.refuse('notes:get', { noteId: draft.id })).code).toBe('not_found');
    const notYours = await clinic.refuse('notes:saveDraft', {
      versionId: draft.current.id,
      content: dapContent(),
    });
    expect(notYours).toMatchObject({ code: 'forbidden', details: { messageKey: 'errors.note_not_yours' } });
    expect((await clinic.refuse('notes:sign', { versionId: draft.current.id })).code).toBe('forbidden');

    await clinic.as('cam');
    const signed = await clinic.call('notes:sign', { versionId: draft.current.id });
    expect(signed.state).toBe('signed');
    expect(signed.late).toBe(false);
    expect(signed.daysToSign).toBe(1);
    expect(signed.current.content).toMatchObject({ durationMinutes: 45, endTime: '10:45' });
    expect(signed.current.signatures).toEqual([
      { role: 'worker', signerName: 'Cam Manager', signedAt: expect.any(String) },
    ]);
    expect(signed.can).toMatchObject({
      edit: false,
      sign: false,
      addAddendum: true,
      markEnteredInError: true,
    });
    expect(await clinic.call('notes:myDrafts', {})).toEqual([]);

    const locked = await clinic.refuse('notes:saveDraft', {
      versionId: draft.current.id,
      content: dapContent(),
    });
    expect(locked).toMatchObject({ code: 'wrong_state', details: { problem: 'version_not_draft' } });
    const again = await clinic.call('notes:get', { noteId: draft.id });
    expect(again.current.content.sections).toEqual(signed.current.content.sections);

    await clinic.as('sage');
    const seen = await clinic.call('notes:list', { clientId: clinic.clientId });
    expect(seen.map((n) => [n.id, n.state, n.authorName])).toEqual([[draft.id, 'signed', 'Cam Manager']]);
  });

  it('autosave is not audited; starting and discarding are', async () => {
    const clinic = await noteClinic();
    const started = await clinic.call('notes:start', { clientId: clinic.clientId });
    await clinic.as('ada');
    const count = async () => (await clinic.call('audit:list', { limit: 500 })).entries.length;
    const before = await count();
    await clinic.as('cam');
    for (let i = 0; i < 3; i++)
      await clinic.call('notes:saveDraft', {
        versionId: started.current.id,
        content: dapContent({ location: `Office ${i}` }),
      });
    await clinic.as('ada');
    // Only the sign-out, sign-in and the audit reads themselves were added.
    const { entries } = await clinic.call('audit:list', { limit: 500 });
    expect(
      entries
        .slice(0, entries.length - before)
        .map((e) => e.action)
        .filter((a) => a.startsWith('record.')),
    ).toEqual([]);
    expect(await count()).toBeGreaterThan(before);
    await clinic.as('cam');
    await clinic.call('notes:discardDraft', { versionId: started.current.id });
    await clinic.as('ada');
    const [last] = (await clinic.call('audit:list', { action: 'record.draft_discarded', limit: 1 })).entries;
    expect(last?.subject).toBe(clinic.clientId);
  });

  it('discards a draft: the note is gone', async () => {
    const clinic = await noteClinic();
    const draft = await draftNote(clinic, clinic.clientId);
    expect(await clinic.call('notes:discardDraft', { versionId: draft.current.id })).toBeNull();
    expect((await clinic.refuse('notes:get', { noteId: draft.id })).code).toBe('not_found');
    expect(await clinic.call('notes:list', { clientId: clinic.clientId })).toEqual([]);
  });

  it('"same as last time" copies the last signed note’s contact details, never its narrative', async () => {
    const clinic = await noteClinic();
    await signedNote(
      clinic,
      clinic.clientId,
      dapContent({ contactType: 'collateral', collateralWith: 'Landlord' }),
    );
    const next = await clinic.call('notes:start', { clientId: clinic.clientId, sameAsLastTime: true });
    expect(next.current.content).toMatchObject({
      contactType: 'collateral',
      collateralWith: 'Landlord',
      location: 'Client home',
      participants: 'Client and sister',
      durationMinutes: 45,
      endTime: null,
      contactDate: localToday(),
      interventions: '',
      clientResponse: '',
      nextSteps: '',
    });
    expect(next.current.content.sections.every((s) => s.text === '')).toBe(true);
    const plain = await clinic.call('notes:start', { clientId: clinic.clientId });
    expect(plain.current.content).toMatchObject({ contactType: 'face_to_face', location: '' });
  });
});
