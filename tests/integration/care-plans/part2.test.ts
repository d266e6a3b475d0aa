import { describe, expect, it } from 'vitest';
import { localToday } from '../../../src/shared/domain/clients';
import { planClinic, planContent } from './plan-clinic';

/**
 * A need or goal about substance use marked Part 2. No role is allowed the clinical record but
 * denied Part 2 today (tests/unit/care-plans/part2.test.ts holds the table to that and tests the
 * withholding itself), so here: the marking is kept, signed, shown, and refused with the plan.
 */
describe('Part 2 needs and goals on a care plan', () => {
  it('are kept marked through a draft and a signature, and shown whole to the case manager', async () => {
    const clinic = await planClinic();
    const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
    const content = planContent(localToday(), '2099-01-01');
    const goal = content.needs[0]?.goals[1];
    if (!goal) throw new Error('fixture');
    goal.part2 = true;
    content.needs.push({
      id: 'need-2',
      text: 'Drinking most evenings',
      fromAssessment: null,
      part2: true,
      goals: [{ ...structuredClone(goal), id: 'goal-3', statement: 'AUDIT-C below 4', part2: false }],
    });
    const versionId = created.draftVersionId as string;
    await clinic.call('carePlans:saveDraft', { versionId, content });
    const signed = await clinic.call('carePlans:signAsWorker', { versionId });
    const needs = signed.versions[0]?.content.needs ?? [];
    expect(needs.map((n) => [n.id, n.part2, n.goals.map((g) => g.part2)])).toEqual([
      ['need-1', false, [false, true]],
      ['need-2', true, [false]],
    ]);
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.withheldPart2).toBe(0);
    expect(plan?.versions[0]?.content).toEqual(signed.versions[0]?.content);

    for (const person of ['fran', 'dee', 'remy']) {
      await clinic.as(person);
      expect((await clinic.refuse('carePlans:get', { clientId: clinic.clientId })).code, person).toBe(
        'forbidden',
      );
    }
  });
});
