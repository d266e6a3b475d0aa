import { describe, expect, it } from 'vitest';
import { planContent } from '../care-plans/plan-clinic';
import { dapContent, noteClinic, revisePlan, signedNote } from './note-clinic';

/** goal-1 (obj-1) kept, goal-2 taken off the plan. */
const withoutGoal2 = (content: ReturnType<typeof planContent>) => {
  content.needs[0]?.goals.pop();
};

describe('progress notes: the plan is revised while a note is open', () => {
  it('after start: a stale goal not addressed signs; marked, it is refused at its field', async () => {
    const clinic = await noteClinic();
    const started = await clinic.call('notes:start', { clientId: clinic.clientId });
    await revisePlan(clinic, withoutGoal2);
    const marked = [
      { goalId: 'goal-1', objectiveId: 'obj-1', mark: 'progress' as const },
      { goalId: 'goal-2', objectiveId: null, mark: 'no_change' as const },
    ];
    const saved = await clinic.call('notes:saveDraft', {
      versionId: started.current.id,
      content: dapContent({ addressed: marked }),
    });
    const refused = await clinic.refuse('notes:sign', { versionId: saved.versionId });
    expect(refused).toMatchObject({
      code: 'invalid_input',
      fields: { 'addressed.1.goalId': 'validation.note_not_on_plan' },
    });
    await clinic.call('notes:saveDraft', {
      versionId: started.current.id,
      content: dapContent({ addressed: [marked[0]!, { ...marked[1]!, mark: 'not_addressed' }] }),
    });
    const signed = await clinic.call('notes:sign', { versionId: started.current.id });
    expect(signed.state).toBe('signed');
  });

  it('an objective taken off its goal is refused when marked, accepted when not addressed', async () => {
    const clinic = await noteClinic();
    const started = await clinic.call('notes:start', { clientId: clinic.clientId });
    await revisePlan(clinic, (content) => {
      content.needs[0]!.goals[0]!.objectives = [];
    });
    const objective = { goalId: 'goal-1', objectiveId: 'obj-1', mark: 'setback' as const };
    await clinic.call('notes:saveDraft', {
      versionId: started.current.id,
      content: dapContent({ addressed: [objective] }),
    });
    const refused = await clinic.refuse('notes:sign', { versionId: started.current.id });
    expect(refused.fields).toEqual({ 'addressed.0.objectiveId': 'validation.note_not_on_plan' });
    await clinic.call('notes:saveDraft', {
      versionId: started.current.id,
      content: dapContent({ addressed: [{ ...objective, mark: 'not_addressed' }] }),
    });
    expect((await clinic.call('notes:sign', { versionId: started.current.id })).state).toBe('signed');
  });

  it('after return: the returned draft signs again once the goal taken off the plan is not addressed', async () => {
    const clinic = await noteClinic();
    await clinic.as('ada');
    const settings = await clinic.call('notes:settings', {});
    await clinic.call('notes:saveSettings', { ...settings, cosignRoles: ['case_manager'] });
    await clinic.as('cam');
    const note = await signedNote(clinic, clinic.clientId);
    await clinic.as('sage');
    const returned = await clinic.call('notes:return', {
      versionId: note.current.id,
      comment: 'Add the date.',
    });
    expect(returned.state).toBe('returned');
    await clinic.as('cam');
    await revisePlan(clinic, withoutGoal2);
    const draft = (await clinic.call('notes:get', { noteId: note.id })).current;
    expect(draft.state).toBe('draft');
    // The returned draft still marks goal-2 (no change): refused there, and it cannot be discarded.
    const refused = await clinic.refuse('notes:sign', { versionId: draft.id });
    expect(refused.fields).toEqual({ 'addressed.1.goalId': 'validation.note_not_on_plan' });
    expect(await clinic.refuse('notes:discardDraft', { versionId: draft.id })).toMatchObject({
      code: 'wrong_state',
    });
    await clinic.call('notes:saveDraft', {
      versionId: draft.id,
      content: dapContent({
        addressed: [
          { goalId: 'goal-1', objectiveId: 'obj-1', mark: 'progress' },
          { goalId: 'goal-2', mark: 'not_addressed' },
        ],
      }),
    });
    const resigned = await clinic.call('notes:sign', { versionId: draft.id });
    expect(resigned.state).toBe('awaiting_cosign');
    expect(resigned.current.versionNo).toBe(2);
  });
});
