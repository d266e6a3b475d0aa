import { describe, expect, it } from 'vitest';
import { carePlanContentSchema } from '../../../src/shared/contracts/care-plans';
import {
  carePlanAgreementSchema,
  SIGNATURE_PNG_MAX_CHARS,
} from '../../../src/shared/contracts/care-plan-signatures';
import { samplePlan } from './plan-fixture';

const problems = (value: unknown) => {
  const parsed = carePlanContentSchema.safeParse(value);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the care plan signing schema', () => {
  it('accepts a complete plan', () => {
    expect(problems(samplePlan())).toEqual({});
  });

  it('refuses an empty plan, and a need with no goal', () => {
    expect(problems(samplePlan({ needs: [] }))).toEqual({ needs: 'validation.plan_empty' });
    const plan = samplePlan();
    plan.needs.push({ id: 'need-2', text: 'Housing', fromAssessment: null, part2: false, goals: [] });
    expect(problems(plan)).toEqual({ 'needs.1.goals': 'validation.need_without_goal' });
  });

  it('puts a target date before the plan start at that objective, and a measure date at its goal', () => {
    const plan = samplePlan();
    const goal = plan.needs[0]?.goals[0];
    const objective = goal?.objectives[0];
    if (!goal?.measure || !objective) throw new Error('fixture');
    objective.targetDate = '2025-12-31';
    goal.measure.byDate = '2025-12-01';
    expect(problems(plan)).toEqual({
      'needs.0.goals.0.objectives.0.targetDate': 'validation.before_plan_start',
      'needs.0.goals.0.measure.byDate': 'validation.before_plan_start',
    });
  });

  it('needs words in each item, a target date on each objective and a review after the start', () => {
    const plan = samplePlan({ reviewDate: '2026-01-05' });
    const goal = plan.needs[0]?.goals[1];
    if (!goal) throw new Error('fixture');
    goal.statement = ' ';
    goal.objectives.push({
      id: 'obj-9',
      text: '',
      targetDate: null,
      status: 'not_started',
      statusDate: null,
      interventions: [],
    });
    expect(problems(plan)).toEqual({
      reviewDate: 'validation.review_after_start',
      'needs.0.goals.1.statement': 'validation.required',
      'needs.0.goals.1.objectives.0.text': 'validation.required',
      'needs.0.goals.1.objectives.0.targetDate': 'validation.required',
    });
  });
});

describe('the client agreement', () => {
  const drawn = (png: string) => ({
    method: 'drawn',
    signerName: 'Ana Diaz',
    attestation: 'I agree',
    strokes: [{ points: [{ x: 1, y: 2, t: 0, p: 0.5 }] }],
    png,
  });

  it('refuses a drawn image over the size limit with a typed error at the image', () => {
    const parsed = carePlanAgreementSchema.safeParse(
      drawn(`data:image/png;base64,${'A'.repeat(SIGNATURE_PNG_MAX_CHARS)}`),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['png', 'validation.signature_too_large'],
    ]);
    expect(carePlanAgreementSchema.safeParse(drawn('data:image/png;base64,AAAA')).success).toBe(true);
  });

  it('refuses a drawn signature with no points, and a decline without a reason', () => {
    expect(
      carePlanAgreementSchema.safeParse({ ...drawn('data:image/png;base64,AA'), strokes: [{ points: [] }] })
        .success,
    ).toBe(false);
    expect(carePlanAgreementSchema.safeParse({ method: 'declined', reason: '  ' }).success).toBe(false);
  });
});
