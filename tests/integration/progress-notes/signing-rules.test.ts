import { describe, expect, it } from 'vitest';
import type { ProgressNoteDraftInput } from '../../../src/shared/contracts/progress-notes';
import type { NoteClinic } from './note-clinic';
import { dapContent, dayOffset, draftNote, noteClinic } from './note-clinic';

/** Drafts `content`, asks to sign, expects a refusal; checks the draft is still a draft with that content. */
async function refusedSigning(clinic: NoteClinic, content: ProgressNoteDraftInput) {
  const draft = await draftNote(clinic, clinic.clientId, content);
  const refused = await clinic.refuse('notes:sign', { versionId: draft.current.id });
  const after = await clinic.call('notes:get', { noteId: draft.id });
  expect(after.state).toBe('draft');
  expect(after.current.signatures).toEqual([]);
  expect(after.current.content).toEqual(draft.current.content);
  return refused;
}

describe('progress notes: what signing refuses, at the field, changing nothing', () => {
  it('an empty note, and missing required sections, named by section', async () => {
    const clinic = await noteClinic();
    const empty = await refusedSigning(clinic, {
      ...dapContent({ interventions: '', clientResponse: '', nextSteps: '' }),
      sections: [
        { id: 'data', text: '' },
        { id: 'assessment', text: ' ' },
        { id: 'plan', text: '' },
      ],
    });
    expect(empty).toMatchObject({
      code: 'invalid_input',
      details: { messageKey: 'errors.note_incomplete' },
      fields: {
        sections: 'validation.note_empty',
        'sections.0.text': 'validation.required',
        'sections.1.text': 'validation.required',
        'sections.2.text': 'validation.required',
      },
    });
    const missing = await refusedSigning(clinic, {
      ...dapContent(),
      sections: [
        { id: 'data', text: 'Seen at home.' },
        { id: 'assessment', text: '' },
      ],
    });
    expect(missing.fields).toEqual({
      'sections.1.text': 'validation.required',
      'sections.2.text': 'validation.required',
    });
  });

  it('no contact date or start time; a date in the future', async () => {
    const clinic = await noteClinic();
    const none = await refusedSigning(clinic, dapContent({ contactDate: null, startTime: null }));
    expect(none.fields).toEqual({ contactDate: 'validation.required', startTime: 'validation.required' });
    const future = await refusedSigning(clinic, dapContent({ contactDate: dayOffset(1) }));
    expect(future.fields).toEqual({ contactDate: 'validation.date_in_future' });
  });

  it('an end before the start, a duration of 0 or over 24 hours, duration and end disagreeing', async () => {
    const clinic = await noteClinic();
    const backwards = await refusedSigning(clinic, dapContent({ durationMinutes: null, endTime: '09:30' }));
    expect(backwards.fields).toEqual({ endTime: 'validation.note_end_before_start' });
    const zero = await refusedSigning(clinic, dapContent({ durationMinutes: 0 }));
    expect(zero.fields).toEqual({ durationMinutes: 'validation.note_duration_range' });
    const long = await refusedSigning(clinic, dapContent({ durationMinutes: 24 * 60 + 1 }));
    expect(long.fields).toEqual({ durationMinutes: 'validation.note_duration_range' });
    const disagree = await refusedSigning(clinic, dapContent({ durationMinutes: 30, endTime: '11:00' }));
    expect(disagree.fields).toEqual({ durationMinutes: 'validation.note_duration_mismatch' });
    const neither = await refusedSigning(clinic, dapContent({ durationMinutes: null, endTime: null }));
    expect(neither.fields).toEqual({ durationMinutes: 'validation.required' });
  });

  it('an end time alone gives the duration; a duration alone the end time', async () => {
    const clinic = await noteClinic();
    const byEnd = await draftNote(
      clinic,
      clinic.clientId,
      dapContent({ durationMinutes: null, endTime: '11:15' }),
    );
    const signed = await clinic.call('notes:sign', { versionId: byEnd.current.id });
    expect(signed.current.content).toMatchObject({
      startTime: '10:00',
      endTime: '11:15',
      durationMinutes: 75,
    });
  });

  it('a collateral contact without "with whom"', async () => {
    const clinic = await noteClinic();
    const refused = await refusedSigning(
      clinic,
      dapContent({ contactType: 'collateral', collateralWith: '' }),
    );
    expect(refused.fields).toEqual({ collateralWith: 'validation.required' });
  });

  it('a goal or an objective not on the client’s current plan, and any goal when there is no plan', async () => {
    const clinic = await noteClinic();
    const refused = await refusedSigning(
      clinic,
      dapContent({
        addressed: [
          { goalId: 'goal-1', mark: 'progress' },
          { goalId: 'goal-9', mark: 'progress' },
          { goalId: 'goal-2', objectiveId: 'obj-1', mark: 'setback' },
        ],
      }),
    );
    expect(refused.fields).toEqual({
      'addressed.1.goalId': 'validation.note_not_on_plan',
      'addressed.2.objectiveId': 'validation.note_not_on_plan',
    });
    const noPlan = await noteClinic({ plan: false });
    const started = await noPlan.call('notes:start', { clientId: noPlan.clientId });
    expect(started.current.content.addressed).toEqual([]);
    await noPlan.call('notes:saveDraft', { versionId: started.current.id, content: dapContent() });
    const refusedNoPlan = await noPlan.refuse('notes:sign', { versionId: started.current.id });
    expect(refusedNoPlan.fields).toEqual({
      'addressed.0.goalId': 'validation.note_not_on_plan',
      'addressed.1.goalId': 'validation.note_not_on_plan',
    });
    const signed = await noPlan.call('notes:saveDraft', {
      versionId: started.current.id,
      content: dapContent({ addressed: [] }),
    });
    expect((await noPlan.call('notes:sign', { versionId: signed.versionId })).state).toBe('signed');
  });

  it('an attempted contact or no-show needs no duration', async () => {
    const clinic = await noteClinic();
    const draft = await draftNote(
      clinic,
      clinic.clientId,
      dapContent({ contactType: 'no_show', durationMinutes: null, addressed: [] }),
    );
    expect((await clinic.call('notes:sign', { versionId: draft.current.id })).state).toBe('signed');
  });

  it('late entry: exactly N local days after the contact is on time, N + 1 is late (N from the settings)', async () => {
    const clinic = await noteClinic();
    const onTime = await draftNote(clinic, clinic.clientId, dapContent({ contactDate: dayOffset(-3) }));
    const late = await draftNote(clinic, clinic.clientId, dapContent({ contactDate: dayOffset(-4) }));
    const a = await clinic.call('notes:sign', { versionId: onTime.current.id });
    const b = await clinic.call('notes:sign', { versionId: late.current.id });
    expect([a.late, a.daysToSign, b.late, b.daysToSign]).toEqual([false, 3, true, 4]);

    await clinic.as('ada');
    const settings = await clinic.call('notes:settings', {});
    await clinic.call('notes:saveSettings', { ...settings, lateEntryDays: 1 });
    await clinic.as('cam');
    const one = await draftNote(clinic, clinic.clientId, dapContent({ contactDate: dayOffset(-1) }));
    const two = await draftNote(clinic, clinic.clientId, dapContent({ contactDate: dayOffset(-2) }));
    expect((await clinic.call('notes:sign', { versionId: one.current.id })).late).toBe(false);
    expect((await clinic.call('notes:sign', { versionId: two.current.id })).late).toBe(true);
    const listed = await clinic.call('notes:list', { clientId: clinic.clientId });
    expect(listed.map((n) => [n.contactDate, n.late])).toEqual([
      [dayOffset(-1), false],
      [dayOffset(-2), true],
      [dayOffset(-3), false],
      [dayOffset(-4), true],
    ]);
  });
});
