/**
 * What a fake client's clinical record says: assessment sections, care-plan needs and goals, and
 * the answers to a standardized measure at a given severity. Plain data for the features' own
 * services to validate, score and sign; every text is obviously generic demo wording.
 */
import type { AssessmentContent } from '../../shared/contracts/assessments';
import type { PlanGoal, PlanNeed } from '../../shared/contracts/care-plans';
import type { InstrumentDefinition } from '../../shared/domain/instruments';
import type { AssessedRiskLevel } from '../../shared/domain/risk';
import { newId } from '../ids';
import type { Random } from './random';

const SECTION_TEXT: Record<Exclude<keyof AssessmentContent, 'strengths' | 'needs' | 'risk'>, string[]> = {
  presentingConcerns: [
    'Low mood and poor sleep for several months; referred by primary care. (Synthetic demo text.)',
    'Worry and panic symptoms affecting work attendance. (Synthetic demo text.)',
    'Recent housing loss and increased stress; asks for help with benefits. (Synthetic demo text.)',
  ],
  mentalHealthHistory: [
    'One prior episode of depression, treated with counselling. (Synthetic demo text.)',
    'No prior treatment reported. (Synthetic demo text.)',
  ],
  substanceUse: [
    'Drinks socially, denies other use. (Synthetic demo text.)',
    'Daily cannabis use, interested in cutting down. (Synthetic demo text.)',
  ],
  physicalHealth: ['No major concerns reported. (Synthetic demo text.)', 'Type 2 diabetes, managed by PCP.'],
  medications: ['None reported. (Synthetic demo text.)', 'Sertraline 50 mg daily. (Synthetic demo text.)'],
  familySupports: ['Supportive sibling nearby. (Synthetic demo text.)', 'Limited family contact.'],
  housing: ['Stable rental housing. (Synthetic demo text.)', 'Staying with a friend temporarily.'],
  incomeBenefits: ['Part-time work. (Synthetic demo text.)', 'Applying for disability benefits.'],
  educationEmployment: ['High-school diploma; seeking work. (Synthetic demo text.)', 'Employed full time.'],
  legal: ['No current legal involvement. (Synthetic demo text.)'],
  culturalSpiritual: ['Faith community is important to the client. (Synthetic demo text.)'],
  trauma: ['Declined to discuss at intake. (Synthetic demo text.)', 'Reports childhood adversity.'],
  clientGoals: ['"I want to feel like myself again." (Synthetic demo text.)', '"Keep my job and my home."'],
};

const STRENGTHS = ['Motivated for change', 'Good insight', 'Supportive friend', 'Stable income', 'Humour'];
export const DEMO_NEEDS = [
  'Depressive symptoms affecting daily life',
  'Anxiety and panic',
  'Housing stability',
  'Income and benefits',
  'Social isolation',
  'Alcohol use',
];

/** A complete (signable) intake or reassessment; `risk` becomes the client's risk level when signed. */
export function assessmentContent(rand: Random, risk: AssessedRiskLevel, note = ''): AssessmentContent {
  const sections = Object.fromEntries(
    Object.entries(SECTION_TEXT).map(([section, texts]) => [section, rand.pick(texts) + note]),
  ) as Omit<AssessmentContent, 'strengths' | 'needs' | 'risk'>;
  return {
    ...sections,
    strengths: rand.sample(STRENGTHS, rand.int(1, 3)),
    needs: rand.sample(DEMO_NEEDS, rand.int(1, 3)),
    risk: { level: risk, reason: `Risk reviewed at assessment: ${risk}. (Synthetic demo text.)` },
  };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function goal(rand: Random, need: string, reviewDate: string, linkPhq9: boolean): PlanGoal {
  const statusOf = { status: 'not_started' as const, statusDate: null };
  return {
    id: newId(),
    clientWords: rand.pick(['"Feel better."', '"Get back on track."', '"Have somewhere safe to live."']),
    statement: linkPhq9
      ? 'Depressive symptoms reduce to mild or less (PHQ-9 below 10).'
      : `Progress on: ${need.toLowerCase()}.`,
    measure: linkPhq9 ? { instrumentId: 'phq-9', comparison: 'below', value: 10, byDate: reviewDate } : null,
    part2: false,
    ...statusOf,
    objectives: [
      {
        id: newId(),
        text: rand.pick(['Attend weekly sessions', 'Complete the benefits application', 'Daily walk']),
        targetDate: reviewDate,
        ...statusOf,
        interventions: [
          {
            id: newId(),
            what: rand.pick(['Weekly check-in call', 'Referral to counselling', 'Help with paperwork']),
            who: rand.pick(['case_manager', 'care_team', 'client'] as const),
            whoName: '',
            frequency: rand.pick(['Weekly', 'Every two weeks', 'Monthly']),
            serviceType: '',
            ...statusOf,
          },
        ],
      },
    ],
  };
}

/** 2–4 goals over one or two needs; the first goal follows the PHQ-9 when `linkPhq9`. */
export function planNeeds(rand: Random, reviewDate: string, linkPhq9: boolean): PlanNeed[] {
  const goals = rand.int(2, 4);
  const needs = rand.sample(DEMO_NEEDS, goals > 2 ? 2 : 1);
  return needs.map((text, n) => ({
    id: newId(),
    text,
    fromAssessment: null,
    part2: false,
    goals: Array.from({ length: n === 0 ? goals - needs.length + 1 : 1 }, (_, g) =>
      goal(rand, text, reviewDate, linkPhq9 && n === 0 && g === 0),
    ),
  }));
}

/** A revision at review: goals move on (in progress, achieved), dates move to the next review. */
export function revisedNeeds(rand: Random, needs: PlanNeed[], on: string, reviewDate: string): PlanNeed[] {
  const moved = (status: PlanGoal['status']) =>
    status === 'not_started'
      ? 'in_progress'
      : status === 'in_progress' && rand.chance(0.4)
        ? 'achieved'
        : status;
  return needs.map((need) => ({
    ...need,
    goals: need.goals.map((g) => {
      const status = moved(g.status);
      return {
        ...g,
        status,
        statusDate: status === g.status ? g.statusDate : on,
        measure: g.measure ? { ...g.measure, byDate: reviewDate } : null,
        objectives: g.objectives.map((o) => ({ ...o, targetDate: reviewDate })),
      };
    }),
  }));
}

export const planDates = (start: string, reviewDays: number) => ({
  startDate: start,
  reviewDate: addDays(start, reviewDays),
});

/**
 * Answers to an instrument at `severity` (0 none … 1 most severe): each scored item near that
 * share of its option range, with some spread. `critical` forces the instrument's critical items
 * (PHQ-9 item 9) to their alert value or keeps them at zero, so alerts are planted, not random.
 */
export function measureAnswers(
  rand: Random,
  definition: InstrumentDefinition,
  severity: number,
  critical: boolean,
): Record<string, number> {
  const criticalItems = new Map(definition.critical.map((c) => [c.item, c.atLeast]));
  const answers: Record<string, number> = {};
  for (const item of definition.items) {
    const options = (definition.optionSets[item.options] ?? []).map((o) => o.value).sort((a, b) => a - b);
    if (options.length === 0) continue;
    const threshold = criticalItems.get(item.id);
    if (threshold !== undefined) {
      answers[item.id] = critical
        ? (options.find((v) => v >= threshold) ?? (options.at(-1) as number))
        : (options[0] as number);
      continue;
    }
    const spread = severity + (rand.float() - 0.5) * 0.5;
    const index = Math.round(Math.max(0, Math.min(1, spread)) * (options.length - 1));
    answers[item.id] = options[index] as number;
  }
  return answers;
}
