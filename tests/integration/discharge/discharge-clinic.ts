import type { DischargeContentInput, DischargeDetail } from '../../../src/shared/contracts/discharge';
import { phq9 } from '../measures/fixture';
import { dapContent, dayOffset, noteClinic, signedNote } from '../progress-notes/note-clinic';

export { dayOffset };

/**
 * Cam's client Ana Diaz, active in Adult Case Management since 2025-01-10, with a signed plan
 * (goal-1 "PHQ-9 below 10 by June", goal-2 "Sleep 7 hours…"), three signed notes with goal-level
 * marks, one note entered in error (its marks must not count), one missed contact, and three
 * PHQ-9 scores (18 → 14 → 9). Cam signed in.
 */
export async function dischargeClinic() {
  const clinic = await noteClinic();
  const { clientId } = clinic;
  const note = (days: number, marks: { goalId: string; objectiveId?: string; mark: string }[], extra = {}) =>
    signedNote(
      clinic,
      clientId,
      dapContent({
        contactDate: dayOffset(days),
        addressed: marks as never,
        ...extra,
      }),
    );
  await note(-30, [
    { goalId: 'goal-1', mark: 'progress' },
    { goalId: 'goal-1', objectiveId: 'obj-1', mark: 'setback' },
    { goalId: 'goal-2', mark: 'no_change' },
  ]);
  await note(-20, [
    { goalId: 'goal-1', mark: 'progress' },
    { goalId: 'goal-2', mark: 'setback' },
  ]);
  await note(-10, [{ goalId: 'goal-1', mark: 'no_change' }]);
  const wrong = await note(-5, [{ goalId: 'goal-1', mark: 'setback' }]);
  await clinic.call('notes:markEnteredInError', { noteId: wrong.id, reason: 'Wrong client.' });
  await note(-3, [], { contactType: 'no_show' });
  for (const [days, answers] of [
    [-40, phq9(2, 2, 2, 2, 2, 2, 2, 2, 2)],
    [-25, phq9(2, 2, 2, 2, 2, 2, 1, 1, 0)],
    [-8, phq9(1, 1, 1, 1, 1, 1, 1, 1, 1)],
  ] as const)
    await clinic.call('measures:give', {
      clientId,
      instrumentId: 'phq-9',
      mode: 'client',
      answers,
      administeredOn: dayOffset(days),
    });
  return clinic;
}

export type DischargeClinic = Awaited<ReturnType<typeof dischargeClinic>>;

export const PROGRAM = 'Adult Case Management';

/** The draft's content completed enough to sign: a reason, aftercare, one referral. */
export function completed(
  detail: DischargeDetail,
  overrides: Partial<DischargeContentInput> = {},
): DischargeContentInput {
  return {
    ...detail.content,
    reason: 'completed_goals',
    aftercarePlan: 'Monthly check-ins with her GP; peer group on Thursdays.',
    referrals: [{ to: 'Eastside Clinic', for: 'Outpatient therapy' }],
    ...overrides,
  };
}

/** Starts, completes and signs a discharge from Adult Case Management as whoever is signed in. */
export async function signedDischarge(
  clinic: Pick<DischargeClinic, 'call'>,
  clientId: string,
  overrides: Partial<DischargeContentInput> = {},
): Promise<DischargeDetail> {
  const draft = await clinic.call('discharge:start', { clientId, program: PROGRAM });
  await clinic.call('discharge:saveDraft', {
    versionId: draft.versionId,
    content: completed(draft, overrides),
  });
  return clinic.call('discharge:sign', { versionId: draft.versionId });
}
