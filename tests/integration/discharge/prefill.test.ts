import { describe, expect, it } from 'vitest';
import { localToday } from '../../../src/shared/domain/clients';
import { PROGRAM, dayOffset, dischargeClinic } from './discharge-clinic';

describe('discharge: the draft starts filled in from the record', () => {
  it('lists the plan’s goals with their status, counts the notes’ marks, and gives the first and last scores', async () => {
    const clinic = await dischargeClinic();
    const draft = await clinic.call('discharge:start', { clientId: clinic.clientId, program: PROGRAM });
    expect(draft).toMatchObject({ state: 'draft', program: PROGRAM, authorName: 'Cam Manager' });
    expect(draft.can).toEqual({ edit: true, sign: true });
    const content = draft.content;
    expect(content).toMatchObject({
      program: PROGRAM,
      enrollmentStartDate: '2025-01-10',
      dischargeDate: localToday(),
      reason: null,
      planVersionId: clinic.planVersionId,
      // Three reached contacts; the missed one and the one entered in error do not count.
      contactCount: 3,
      contact: { name: 'Cam Manager', phoneOrRole: 'Case manager' },
    });
    // Goal-level marks only (an objective's mark is the objective's), entered-in-error notes left out.
    expect(content.goals).toEqual([
      {
        goalId: 'goal-1',
        goal: 'PHQ-9 below 10 by June',
        status: 'not_started',
        part2: false,
        marks: { progress: 2, noChange: 1, setback: 0 },
        progress: 'Signed notes marked progress 2, no change 1, setback 0 times during the enrollment.',
      },
      {
        goalId: 'goal-2',
        goal: 'Sleep 7 hours 5 nights a week',
        status: 'not_started',
        part2: false,
        marks: { progress: 0, noChange: 1, setback: 1 },
        progress: 'Signed notes marked progress 0, no change 1, setback 1 times during the enrollment.',
      },
    ]);
    expect(content.scores).toEqual([
      {
        instrumentId: 'phq-9',
        instrument: 'PHQ-9',
        first: { score: 18, date: dayOffset(-40) },
        last: { score: 9, date: dayOffset(-8) },
        part2: false,
      },
    ]);
    expect(content.summaryOfServices).toContain(`Enrolled in ${PROGRAM} from 2025-01-10 to ${localToday()}.`);
    expect(content.summaryOfServices).toContain(
      '3 contacts documented in signed progress notes (and 1 attempted or missed).',
    );
    expect(content.summaryOfServices).toContain(`PHQ-9: 18 (${dayOffset(-40)}), then 9 (${dayOffset(-8)})`);
  });

  it('writes the pre-filled sentences in the language asked for, and resumes the writer’s own draft', async () => {
    const clinic = await dischargeClinic();
    const draft = await clinic.call('discharge:start', {
      clientId: clinic.clientId,
      program: PROGRAM,
      language: 'es',
    });
    expect(draft.content.summaryOfServices).toContain(`Inscrito/a en ${PROGRAM} del 2025-01-10`);
    expect(draft.content.goals[0]?.progress).toBe(
      'Las notas firmadas marcaron progreso 2, sin cambios 1 y retroceso 0 veces durante la inscripción.',
    );
    expect(draft.content.contact.phoneOrRole).toBe('Gestor/a de casos');
    const again = await clinic.call('discharge:start', { clientId: clinic.clientId, program: PROGRAM });
    expect(again.id).toBe(draft.id);
    expect(again.versionId).toBe(draft.versionId);
    // A supervisor cannot start a second draft of the same program while Cam writes one.
    await clinic.as('sage');
    const other = await clinic.refuse('discharge:start', { clientId: clinic.clientId, program: PROGRAM });
    expect(other).toMatchObject({
      code: 'conflict',
      details: { messageKey: 'errors.discharge_draft_by_other', name: 'Cam Manager' },
    });
  });

  it('a client without a signed plan gets no goals, and the draft autosaves and survives reopening', async () => {
    const clinic = await dischargeClinic();
    await clinic.as('dee');
    const draft = await clinic.call('discharge:start', { clientId: clinic.otherClientId, program: PROGRAM });
    expect(draft.content.goals).toEqual([]);
    expect(draft.content.scores).toEqual([]);
    expect(draft.content.summaryOfServices).toContain('No measures were given during the enrollment.');
    const saved = await clinic.call('discharge:saveDraft', {
      versionId: draft.versionId,
      content: { ...draft.content, aftercarePlan: 'Half typed' },
    });
    expect(saved.versionId).toBe(draft.versionId);
    const { discharges } = await clinic.call('discharge:list', { clientId: clinic.otherClientId });
    expect(discharges.map((d) => [d.id, d.state])).toEqual([[draft.id, 'draft']]);
    const read = await clinic.call('discharge:read', { dischargeId: draft.id });
    expect(read.content.aftercarePlan).toBe('Half typed');
    // Someone else sees no draft of Dee's.
    await clinic.as('sage');
    expect((await clinic.call('discharge:list', { clientId: clinic.otherClientId })).discharges).toEqual([]);
    expect((await clinic.refuse('discharge:read', { dischargeId: draft.id })).code).toBe('not_found');
  });
});
