import type { CarePlanContentInput } from '../../../src/shared/contracts/care-plans';
import { carePlanDraftSchema } from '../../../src/shared/contracts/care-plans';

/** A complete, signable plan: one need, two goals (one followed by the PHQ-9), one objective. */
export function samplePlan(overrides: Partial<CarePlanContentInput> = {}) {
  return carePlanDraftSchema.parse({
    startDate: '2026-01-05',
    reviewDate: '2026-04-05',
    needs: [
      {
        id: 'need-1',
        text: 'Low mood most days',
        goals: [
          {
            id: 'goal-1',
            clientWords: 'I want to feel like myself again',
            statement: 'PHQ-9 below 10',
            measure: { instrumentId: 'phq-9', comparison: 'below', value: 10, byDate: '2026-06-01' },
            status: 'in_progress',
            objectives: [
              {
                id: 'obj-1',
                text: 'Attend weekly therapy for 8 weeks',
                targetDate: '2026-03-01',
                interventions: [
                  {
                    id: 'iv-1',
                    what: 'Referral to therapy',
                    who: 'case_manager',
                    frequency: 'once',
                    serviceType: 'referral',
                  },
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
