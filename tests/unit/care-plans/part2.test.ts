import { describe, expect, it } from 'vitest';
import { withoutPart2 } from '../../../src/main/care-plans/part2';
import { toCarePlan } from '../../../src/main/care-plans/view';
import type { RecordView } from '../../../src/main/records';
import type { CarePlanContent } from '../../../src/shared/contracts/care-plans';
import { RELATIONSHIPS, verdict } from '../../../src/shared/domain/access';
import { ROLES } from '../../../src/shared/domain/roles';
import { samplePlan } from './plan-fixture';

/** The sample plan with a second need marked Part 2, and its first need's second goal marked too. */
function planWithPart2(): CarePlanContent {
  const plan = samplePlan();
  const need = plan.needs[0];
  const goal = need?.goals[1];
  if (!need || !goal) throw new Error('fixture');
  goal.part2 = true;
  plan.needs.push({
    ...structuredClone(need),
    id: 'need-2',
    text: 'Drinking most evenings',
    part2: true,
    goals: [{ ...structuredClone(need.goals[0]!), id: 'goal-3', statement: 'AUDIT-C below 4' }],
  });
  return plan;
}

describe('Part 2 on a care plan', () => {
  it('takes marked needs (with their goals) and marked goals out, and counts them', () => {
    const { content, withheld } = withoutPart2(planWithPart2());
    expect(withheld).toBe(2);
    expect(content.needs.map((n) => [n.id, n.goals.map((g) => g.id)])).toEqual([['need-1', ['goal-1']]]);
  });

  it('leaves a plan without Part 2 items as it is', () => {
    const plan = samplePlan();
    expect(withoutPart2(plan)).toEqual({ content: plan, withheld: 0 });
  });

  it('withholds them in the plan view only where the policy denies part2', () => {
    const content = planWithPart2();
    const version = {
      id: 'v1',
      versionNo: 1,
      state: 'draft',
      content,
      contentHash: 'h',
      createdAt: '2026-01-05T10:00:00.000Z',
      createdByName: 'Cam Manager',
      updatedAt: '2026-01-05T10:00:00.000Z',
      signatures: [],
    };
    const view = {
      id: 'r1',
      clientId: 'c1',
      standing: 'current',
      versions: [version],
      currentVersionId: null,
      draftVersionId: 'v1',
    } as unknown as RecordView<CarePlanContent, CarePlanContent, unknown>;
    const row = {
      record_id: 'r1',
      client_id: 'c1',
      created_at: '',
      review_date: null,
      review_version_id: null,
      updated_at: '',
    };
    const options = { approvalRequired: false, today: '2026-02-01' };
    const allowed = toCarePlan(view, row, { ...options, part2Allowed: true });
    expect(allowed.withheldPart2).toBe(0);
    expect(allowed.versions[0]?.content.needs.map((n) => n.part2)).toEqual([false, true]);
    const denied = toCarePlan(view, row, { ...options, part2Allowed: false });
    expect(denied.withheldPart2).toBe(2);
    expect(JSON.stringify(denied.versions)).not.toMatch(/Drinking|AUDIT-C|Sleep 7 hours/);
  });

  // Why the withholding is tested here and not through a signed-in person: today no role and no
  // relationship is allowed the clinical record but denied Part 2 (the table gives Part 2 to the
  // program's clinical staff). When that changes, this test fails and the integration test of
  // part2 withholding becomes possible (and needed).
  it('the policy table: whoever may read the clinical record may read Part 2', () => {
    for (const role of ROLES)
      for (const relationship of RELATIONSHIPS)
        expect(verdict(role, relationship, 'part2', 'read'), `${role}/${relationship}`).toBe(
          verdict(role, relationship, 'clinical', 'read'),
        );
  });
});
