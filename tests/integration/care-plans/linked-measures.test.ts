import { describe, expect, it } from 'vitest';
import { localToday } from '../../../src/shared/domain/clients';
import { phq9 } from '../measures/fixture';
import { planClinic, planContent } from './plan-clinic';

const today = () => localToday();
const daysAgo = (days: number) =>
  new Date(Date.parse(`${today()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const inDays = (days: number) => daysAgo(-days);

/** A plan whose goal 1 follows the PHQ-9 ("below 10") and goal 2 the GAD-7, never given. */
async function linkedPlan() {
  const clinic = await planClinic();
  const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
  const content = planContent(today(), inDays(90));
  const second = content.needs[0]?.goals[1];
  if (!second) throw new Error('fixture');
  second.measure = { instrumentId: 'gad-7', comparison: 'at_most', value: 4, byDate: null };
  const versionId = created.draftVersionId as string;
  await clinic.call('carePlans:saveDraft', { versionId, content });
  return { ...clinic, versionId };
}

const give = (clinic: Awaited<ReturnType<typeof planClinic>>, answers: object, administeredOn: string) =>
  clinic.call('measures:give', {
    clientId: clinic.clientId,
    instrumentId: 'phq-9',
    mode: 'office',
    answers: answers as Record<string, number | null>,
    administeredOn,
  });

describe('a goal linked to a measure', () => {
  it('comes with the latest score of each linked instrument, from the measures', async () => {
    const clinic = await linkedPlan();
    expect((await clinic.call('carePlans:get', { clientId: clinic.clientId })).latestScores).toEqual({});

    await give(clinic, phq9(2, 2, 2, 2, 2, 2, 1, 1, 0), daysAgo(20)); // 14
    await give(clinic, phq9(1, 1, 1, 1, 1, 1, 1, 1, 0), daysAgo(3)); // 8
    // The newest has an unanswered item: the PHQ-9 gives it no total, so it is no score.
    await give(clinic, { ...phq9(3, 3, 3, 3, 3, 3, 3, 3), q9: null }, daysAgo(1));

    const { latestScores } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(latestScores).toEqual({ 'phq-9': { score: 8, date: daysAgo(3) } });
  });

  it('reads the scores under the plan view: one audit entry, no separate measures view', async () => {
    const clinic = await linkedPlan();
    await give(clinic, phq9(1, 1, 1, 1, 1, 1, 1, 1, 0), daysAgo(3));
    await clinic.as('ada');
    const before = (await clinic.call('audit:list', { limit: 500 })).entries.length;
    await clinic.as('cam');
    await clinic.call('carePlans:get', { clientId: clinic.clientId });
    await clinic.as('ada');
    const { entries } = await clinic.call('audit:list', { limit: 500 });
    const actions = entries
      .slice(0, entries.length - before)
      .filter((e) => e.subject === clinic.clientId)
      .map((e) => e.action);
    expect(actions).toContain('record.viewed');
    expect(actions).not.toContain('measures.viewed');
  });

  it('refuses the scores with the plan to front desk and an off-caseload case manager', async () => {
    const clinic = await linkedPlan();
    await give(clinic, phq9(1, 1, 1, 1, 1, 1, 1, 1, 0), daysAgo(3));
    for (const person of ['fran', 'dee']) {
      await clinic.as(person);
      expect((await clinic.refuse('carePlans:get', { clientId: clinic.clientId })).code, person).toBe(
        'forbidden',
      );
    }
  });
});
