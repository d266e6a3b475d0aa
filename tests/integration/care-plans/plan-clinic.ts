import { carePlanDraftSchema } from '../../../src/shared/contracts/care-plans';
import type { CarePlanContentInput } from '../../../src/shared/contracts/care-plans';
import { CARE_PLAN_ATTESTATIONS } from '../../../src/shared/domain/care-plan-attestation';
import { clinicWithStaff, client } from '../../helpers/clinic';

/** A clinic where Cam has one client (Ana Diaz) on his caseload, Cam signed in. */
export async function planClinic() {
  const clinic = await clinicWithStaff();
  await clinic.as('cam');
  const { id } = await clinic.call('clients:create', {
    client: client({
      legalFirstName: 'Ana',
      legalLastName: 'Diaz',
      assignedCaseManagerIds: [clinic.ids.cam as string],
    }),
  });
  return { ...clinic, clientId: id };
}

/** A plan's content for a draft: one need, two goals (one followed by the PHQ-9). */
export function planContent(
  startDate: string,
  reviewDate: string,
  overrides: Partial<CarePlanContentInput> = {},
) {
  return carePlanDraftSchema.parse({
    startDate,
    reviewDate,
    needs: [
      {
        id: 'need-1',
        text: 'Low mood most days',
        goals: [
          {
            id: 'goal-1',
            clientWords: 'I want to feel like myself again',
            statement: 'PHQ-9 below 10 by June',
            measure: { instrumentId: 'phq-9', comparison: 'below', value: 10, byDate: reviewDate },
            objectives: [
              {
                id: 'obj-1',
                text: 'Attend weekly therapy for 8 weeks',
                targetDate: reviewDate,
                interventions: [
                  { id: 'iv-1', what: 'Referral to therapy', who: 'case_manager', frequency: 'once' },
                ],
              },
            ],
          },
          { id: 'goal-2', clientWords: 'Sleep better', statement: 'Sleep 7 hours 5 nights a week' },
        ],
      },
    ],
    ...overrides,
  });
}

export const TYPED = {
  method: 'typed',
  signerName: 'Ana Diaz',
  attestation: CARE_PLAN_ATTESTATIONS.en,
} as const;

export const drawn = (png = 'data:image/png;base64,iVBORw0KGgo=') => ({
  method: 'drawn' as const,
  signerName: 'Ana Diaz',
  attestation: CARE_PLAN_ATTESTATIONS.en,
  strokes: [
    {
      points: [
        { x: 10, y: 10, t: 0, p: 0.5 },
        { x: 40, y: 30, t: 16, p: 0.5 },
      ],
    },
  ],
  png,
});
