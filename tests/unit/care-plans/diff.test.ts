import { describe, expect, it } from 'vitest';
import { diffCarePlans } from '../../../src/shared/domain/care-plan-diff';
import { samplePlan } from './plan-fixture';

describe('the differences between two care plan versions', () => {
  it('finds nothing between a plan and itself', () => {
    expect(diffCarePlans(samplePlan(), samplePlan())).toEqual([]);
  });

  it('names added, removed and changed items, status changes and new dates, matched by id', () => {
    const before = samplePlan();
    const after = structuredClone(before);
    after.reviewDate = '2026-05-01';
    const [need] = after.needs;
    if (!need) throw new Error('fixture');
    const goal1 = need.goals[0];
    if (!goal1) throw new Error('fixture');
    goal1.status = 'achieved';
    goal1.statusDate = '2026-03-10';
    goal1.statement = 'PHQ-9 below 5';
    need.goals = [goal1, { ...goal1, id: 'goal-3', statement: 'Walk daily', objectives: [], measure: null }];
    const changes = diffCarePlans(before, after);
    expect(changes).toEqual([
      { type: 'plan', field: 'reviewDate', from: '2026-04-05', to: '2026-05-01' },
      {
        type: 'status',
        kind: 'goal',
        id: 'goal-1',
        label: 'PHQ-9 below 5',
        from: 'in_progress',
        to: 'achieved',
      },
      {
        type: 'changed',
        kind: 'goal',
        id: 'goal-1',
        label: 'PHQ-9 below 5',
        field: 'statement',
        from: 'PHQ-9 below 10',
        to: 'PHQ-9 below 5',
      },
      {
        type: 'changed',
        kind: 'goal',
        id: 'goal-1',
        label: 'PHQ-9 below 5',
        field: 'statusDate',
        from: null,
        to: '2026-03-10',
      },
      { type: 'added', kind: 'goal', id: 'goal-3', label: 'Walk daily', parentId: 'need-1' },
      { type: 'removed', kind: 'goal', id: 'goal-2', label: 'Sleep 7 hours 5 nights a week' },
    ]);
  });

  it('compares a goal measure by value and notices a moved item', () => {
    const before = samplePlan();
    const after = structuredClone(before);
    const goal = after.needs[0]?.goals[0];
    if (!goal?.measure) throw new Error('fixture');
    goal.measure = { ...goal.measure, value: 5 };
    const objective = goal.objectives.pop();
    if (!objective) throw new Error('fixture');
    after.needs[0]?.goals[1]?.objectives.push(objective);
    const changes = diffCarePlans(before, after);
    expect(changes.map((c) => [c.type, 'field' in c ? c.field : null])).toEqual([
      ['changed', 'measure'],
      ['changed', 'parent'],
    ]);
    const moved = changes[1];
    expect(moved).toMatchObject({ id: 'obj-1', from: 'goal-1', to: 'goal-2' });
  });

  it('reports everything of a new plan as added, children too', () => {
    const empty = samplePlan({ needs: [] });
    const changes = diffCarePlans(empty, samplePlan());
    expect(changes.filter((c) => c.type === 'added').map((c) => ('id' in c ? c.id : ''))).toEqual([
      'need-1',
      'goal-1',
      'obj-1',
      'iv-1',
      'goal-2',
    ]);
    expect(diffCarePlans(samplePlan(), empty).filter((c) => c.type === 'removed')).toHaveLength(5);
  });
});
