import { describe, expect, it } from 'vitest';
import {
  carePlanContentSchema,
  carePlanDraftSchema,
  planTemplateFieldsSchema,
} from '../../../src/shared/contracts/care-plans';
import { samplePlan } from './plan-fixture';

const problemsOf = (schema: typeof carePlanDraftSchema | typeof carePlanContentSchema, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('item ids inside a plan', () => {
  it('refuses an id used twice — in a draft, at signing and in a template — at the second use', () => {
    const plan = samplePlan();
    const goals = plan.needs[0]?.goals;
    if (!goals?.[1]) throw new Error('fixture');
    goals[1].id = 'goal-1';
    const expected = { 'needs.0.goals.1.id': 'validation.duplicate_id' };
    expect(problemsOf(carePlanDraftSchema, plan)).toEqual(expected);
    expect(problemsOf(carePlanContentSchema, plan)).toEqual(expected);
    const template = planTemplateFieldsSchema.safeParse({ name: 'Mood', needs: plan.needs });
    expect(template.success).toBe(false);
    expect(template.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['needs.0.goals.1.id', 'validation.duplicate_id'],
    ]);
  });

  it('refuses an id shared by items of different kinds (the diff keys every item by id)', () => {
    const plan = samplePlan();
    const intervention = plan.needs[0]?.goals[0]?.objectives[0]?.interventions[0];
    if (!intervention) throw new Error('fixture');
    intervention.id = 'need-1';
    expect(problemsOf(carePlanDraftSchema, plan)).toEqual({
      'needs.0.goals.0.objectives.0.interventions.0.id': 'validation.duplicate_id',
    });
  });
});

describe('status dates at signing', () => {
  it('puts a status date before the plan start at its goal, objective or intervention', () => {
    const plan = samplePlan();
    const goal = plan.needs[0]?.goals[0];
    const objective = goal?.objectives[0];
    const intervention = objective?.interventions[0];
    if (!goal || !objective || !intervention) throw new Error('fixture');
    goal.statusDate = '2026-01-04';
    objective.statusDate = '2025-06-01';
    intervention.statusDate = '2026-01-01';
    expect(problemsOf(carePlanContentSchema, plan)).toEqual({
      'needs.0.goals.0.statusDate': 'validation.before_plan_start',
      'needs.0.goals.0.objectives.0.statusDate': 'validation.before_plan_start',
      'needs.0.goals.0.objectives.0.interventions.0.statusDate': 'validation.before_plan_start',
    });
    goal.statusDate = '2026-01-05';
    objective.statusDate = null;
    intervention.statusDate = '2026-02-01';
    expect(problemsOf(carePlanContentSchema, plan)).toEqual({});
  });
});
