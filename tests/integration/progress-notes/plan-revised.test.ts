import { describe, expect, it } from 'vitest';
import { NOTE_LIMITS } from '../../../src/shared/contracts/progress-notes';
import { localToday } from '../../../src/shared/domain/clients';
import { planContent } from '../care-plans/plan-clinic';
import { dapContent, dayOffset, noteClinic, revisePlan, signedNote } from './note-clinic';

/** goal-1 (obj-1) kept, goal-2 taken off the plan. */
const withoutGoal2 = (content: ReturnType<typeof planContent>) => {
  content.needs[0]?.goals.pop();
};

describe('progress notes: the plan is revised while a note is open', () => {
  it('starts with each goal followed by its objectives, all not addressed', async () => {
    const clinic = await noteClinic();
    const started = await clinic.call('notes:start', { clientId: clinic.clientId });
    expect(started.current.content.addressed).toEqual([
      { goalId: 'goal-1', objectiveId: null, mark: 'not_addressed' },
      { goalId: 'goal-1', objectiveId: 'obj-1', mark: 'not_addressed' },
      { goalId: 'goal-2', objectiveId: null, mark: 'not_addressed' },
    ]);
  });

  it('a plan with more goals and objectives than a note holds is pre-filled up to the limit', async () => {
    const big = planContent(localToday(), dayOffset(90), {
      needs: [0, 1].map((n) => ({
        id: `need-${n}`,
        text: `Need ${n}`,
        goals: Array.from({ length: 6 }, (_, g) => ({
          id: `g-${n}-${g}`,
          clientWords: `Goal ${n}.${g}`,
          statement: `Goal ${n}.${g}`,
          objectives: Array.from({ length: 5 }, (_, o) => ({
            id: `o-${n}-${g}-${o}`,
            text: `Step ${o}`,
            targetDate: dayOffset(60),
          })),
        })),
      })),
    });
    const clinic = await noteClinic({ planContent: big });
    const started = await clinic.call('notes:start', { clientId: clinic.clientId });
    const addressed = started.current.content.addressed;
    // 2 needs × 6 goals × (1 + 5 objectives) = 72 rows, cut at the limit.
    expect(addressed).toHaveLength(NOTE_LIMITS.addressed);
    expect(addressed.slice(0, 7).map((a) => [a.goalId, a.objectiveId])).toEqual([
      ['g-0-0', null],
      ['g-0-0', 'o-0-0-0'],
      ['g-0-0', 'o-0-0-1'],
      ['g-0-0', 'o-0-0-2'],
      ['g-0-0', 'o-0-0-3'],
      ['g-0-0', 'o-0-0-4'],
      ['g-0-1', null],
    ]);
    // The pre-filled note signs as it is (every row not addressed) once its text is written.
    await clinic.call('notes:saveDraft', {
      versionId: started.current.id,
      content: { ...dapContent(), addressed },
    });
    expect((await clinic.call('notes:sign', { versionId: started.current.id })).state).toBe('signed');
  });

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
