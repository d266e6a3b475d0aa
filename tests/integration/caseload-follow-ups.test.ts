import { describe, expect, it } from 'vitest';
import { clinicWithStaff, client } from '../helpers/clinic';
import { completeAssessment } from './assessments/fixture';
import { planContent } from './care-plans/plan-clinic';
import { encryptedDbOf } from './measures/open-db';
import { movableClock, phq9 } from './measures/fixture';

type Clinic = Awaited<ReturnType<typeof followUpClinic>>;

/**
 * Cam's clients Ana (a positive PHQ-9 item 9, a plan review passed, an intake signed), Ben (a
 * plan still in date, a PHQ-9 given) and Cal (nothing: his PHQ-9 is due), and Robin, Sage's
 * client, with everything Ana has. A PHQ-9 is scheduled every 30 days for everyone.
 */
async function followUpClinic() {
  const clock = movableClock('2026-03-02T15:00:00.000Z');
  const clinic = await clinicWithStaff({ now: clock.now });
  await clinic.as('sage');
  // Scheduled 27 days ago: a PHQ-9 never given is first due in three days (due soon, not overdue).
  clock.set('2026-02-03T10:00:00.000Z');
  await clinic.call('measures:saveSchedule', { instrumentId: 'phq-9', program: null, intervalDays: 30 });
  clock.set('2026-03-02T15:00:00.000Z');
  const create = async (first: string, last: string, worker: string) =>
    (
      await clinic.call('clients:create', {
        client: client({
          legalFirstName: first,
          legalLastName: last,
          assignedCaseManagerIds: [clinic.ids[worker] as string],
        }),
        duplicatesReviewed: true,
      })
    ).id;
  /** A plan written and signed on its start day (signing refuses a review date already past). */
  const plan = async (clientId: string, start: string, review: string) => {
    const today = clock.now().toISOString();
    clock.set(`${start}T10:00:00.000Z`);
    const created = await clinic.call('carePlans:create', { clientId, startDate: start });
    const versionId = created.draftVersionId as string;
    await clinic.call('carePlans:saveDraft', { versionId, content: planContent(start, review) });
    await clinic.call('carePlans:signAsWorker', { versionId });
    clock.set(today);
  };
  const intake = async (clientId: string) => {
    const started = await clinic.call('assessments:startIntake', { clientId });
    await clinic.call('assessments:saveDraft', {
      versionId: started.versionId,
      content: completeAssessment(),
    });
    await clinic.call('assessments:sign', { versionId: started.versionId });
  };
  const give = (clientId: string, item9: number) =>
    clinic.call('measures:give', {
      clientId,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: phq9(1, 1, 0, 0, 0, 0, 0, 0, item9),
    });
  const robin = await create('Robin', 'Elsewhere', 'sage');
  await give(robin, 2);
  await plan(robin, '2026-01-05', '2026-02-01');
  await intake(robin);
  await clinic.as('cam');
  const ana = await create('Ana', 'Diaz', 'cam');
  const ben = await create('Ben', 'Okoro', 'cam');
  const cal = await create('Cal', 'Price', 'cam');
  await give(ana, 1);
  await plan(ana, '2026-01-05', '2026-02-01');
  await intake(ana);
  await give(ben, 0);
  await plan(ben, '2026-02-01', '2026-05-01');
  return { ...clinic, clock, ids: { ...clinic.ids, ana, ben, cal, robin } };
}

const list = async (clinic: Clinic, filter: Record<string, unknown> = {}) =>
  clinic.call('caseload:list', { filter });
const row = async (clinic: Clinic, id: string) => (await list(clinic)).rows.find((r) => r.id === id);
const named = async (clinic: Clinic, attention: string[]) => {
  const page = await list(clinic, { attention });
  return { names: page.rows.map((r) => r.legalName), total: page.total };
};

describe('the caseload’s clinical follow-ups', () => {
  it('shows each column for clients whose clinical record the viewer may see, and nothing for the others', async () => {
    const clinic = await followUpClinic();
    expect(await row(clinic, clinic.ids.ana)).toMatchObject({
      safetyAlerts: [{ instrumentId: 'phq-9', itemId: 'q9' }],
      planReview: { date: '2026-02-01', overdue: true },
      reassessment: { dueDate: '2026-08-29', overdue: false },
      measures: { due: 0, overdue: 0 },
    });
    expect(await row(clinic, clinic.ids.ben)).toMatchObject({
      safetyAlerts: [],
      planReview: { date: '2026-05-01', overdue: false },
      reassessment: null,
      measures: { due: 0, overdue: 0 },
    });
    expect(await row(clinic, clinic.ids.cal)).toMatchObject({
      safetyAlerts: [],
      planReview: null,
      measures: { due: 1, overdue: 0 },
    });
    // Robin is Sage's: Cam finds him by name but sees none of it.
    expect(await row(clinic, clinic.ids.robin)).toMatchObject({
      onCaseload: false,
      safetyAlerts: null,
      planReview: null,
      reassessment: null,
      measures: null,
    });
    // Quick search shows the same, under the same rule.
    const found = await clinic.call('caseload:search', { query: 'Diaz' });
    expect(found[0]?.safetyAlerts).toEqual([{ instrumentId: 'phq-9', itemId: 'q9' }]);
    expect((await clinic.call('caseload:search', { query: 'Elsewhere' }))[0]?.safetyAlerts).toBeNull();
    await clinic.as('fran');
    expect(await row(clinic, clinic.ids.ana)).toMatchObject({ safetyAlerts: null, planReview: null });
    await clinic.as('sage');
    expect((await row(clinic, clinic.ids.robin))?.safetyAlerts).toEqual([
      { instrumentId: 'phq-9', itemId: 'q9' },
    ]);
  });

  it('filters the whole caseload by each follow-up, counting only rows the viewer may see', async () => {
    const clinic = await followUpClinic();
    expect(await named(clinic, ['safetyAlert'])).toEqual({ names: ['Diaz, Ana'], total: 1 });
    expect(await named(clinic, ['planReviewOverdue'])).toEqual({ names: ['Diaz, Ana'], total: 1 });
    expect(await named(clinic, ['reassessmentOverdue'])).toEqual({ names: [], total: 0 });
    expect(await named(clinic, ['measureDue'])).toEqual({ names: ['Price, Cal'], total: 1 });
    expect(await named(clinic, ['safetyAlert', 'measureDue'])).toEqual({ names: [], total: 0 });
    // Front desk may not see clinical records: every clinical filter matches nobody.
    await clinic.as('fran');
    expect(await named(clinic, ['safetyAlert'])).toEqual({ names: [], total: 0 });
    await clinic.as('sage');
    expect(await named(clinic, ['safetyAlert'])).toEqual({
      names: ['Diaz, Ana', 'Elsewhere, Robin'],
      total: 2,
    });
    expect((await named(clinic, ['planReviewOverdue'])).total).toBe(2);

    // An acknowledged alert closes: gone from the column and the filter.
    await clinic.as('cam');
    const { openAlerts } = await clinic.call('measures:overview', { clientId: clinic.ids.ana });
    await clinic.call('measures:acknowledgeAlert', {
      alertId: openAlerts[0]!.id,
      note: 'Safety plan reviewed with Ana; crisis line given.',
    });
    expect(await named(clinic, ['safetyAlert'])).toEqual({ names: [], total: 0 });
    expect((await row(clinic, clinic.ids.ana))?.safetyAlerts).toEqual([]);

    // Six months on: reassessments past due, every PHQ-9 overdue, Ben's review passed.
    clinic.clock.set('2026-09-01T10:00:00.000Z');
    expect(await named(clinic, ['reassessmentOverdue'])).toEqual({ names: ['Diaz, Ana'], total: 1 });
    expect((await row(clinic, clinic.ids.ana))?.reassessment).toEqual({
      dueDate: '2026-08-29',
      overdue: true,
    });
    expect(await named(clinic, ['measureDue'])).toEqual({
      names: ['Diaz, Ana', 'Okoro, Ben', 'Price, Cal'],
      total: 3,
    });
    expect((await row(clinic, clinic.ids.ana))?.measures).toEqual({ due: 0, overdue: 1 });
    expect((await named(clinic, ['planReviewOverdue'])).names).toEqual(['Diaz, Ana', 'Okoro, Ben']);
    await clinic.as('sage');
    expect((await named(clinic, ['reassessmentOverdue'])).total).toBe(2);
    expect((await named(clinic, ['measureDue'])).total).toBe(4);
  });

  it('agrees with its column on every row, for a supervisor who sees them all', async () => {
    const clinic = await followUpClinic();
    await clinic.as('sage');
    for (const at of ['2026-03-02T16:00:00.000Z', '2026-03-30T09:00:00.000Z', '2026-09-01T10:00:00.000Z']) {
      clinic.clock.set(at);
      const rows = (await list(clinic)).rows;
      const expected = {
        safetyAlert: rows.filter((r) => (r.safetyAlerts?.length ?? 0) > 0),
        planReviewOverdue: rows.filter((r) => r.planReview?.overdue),
        reassessmentOverdue: rows.filter((r) => r.reassessment?.overdue),
        measureDue: rows.filter((r) => (r.measures?.due ?? 0) + (r.measures?.overdue ?? 0) > 0),
      };
      for (const [filter, matching] of Object.entries(expected)) {
        const page = await list(clinic, { attention: [filter] });
        expect(
          page.rows.map((r) => r.id),
          `${filter} at ${at}`,
        ).toEqual(matching.map((r) => r.id));
        expect(page.total).toBe(matching.length);
        // One worker's clients: the filter probes row by row there (see Reach); same answer.
        const cams = await list(clinic, {
          caseManagerId: (clinic.ids as Record<string, string>).cam,
          attention: [filter],
        });
        expect(
          cams.rows.map((r) => r.id),
          `${filter} for Cam at ${at}`,
        ).toEqual(matching.filter((r) => r.caseManagers.includes('Cam Manager')).map((r) => r.id));
      }
    }
  });

  it('counts what a merged-away record brought with it for the client kept, as the file does', async () => {
    const clinic = await followUpClinic();
    const dupe = await clinic.call('clients:create', {
      client: client({ legalFirstName: 'Calvin', legalLastName: 'Price' }),
      duplicatesReviewed: true,
    });
    await clinic.call('measures:give', {
      clientId: dupe.id,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 3),
    });
    await clinic.as('ada');
    await clinic.call('clients:merge', {
      survivorId: clinic.ids.cal,
      mergedId: dupe.id,
      reason: 'Same person',
    });
    for (const person of ['cam', 'sage']) {
      await clinic.as(person);
      // Cal now has the merged record's open alert and its recent PHQ-9: no longer due.
      expect((await row(clinic, clinic.ids.cal))?.safetyAlerts, person).toHaveLength(1);
      expect((await named(clinic, ['safetyAlert'])).names, person).toContain('Price, Cal');
      expect((await named(clinic, ['measureDue'])).names, person).not.toContain('Price, Cal');
      const cams = await list(clinic, {
        caseManagerId: (clinic.ids as Record<string, string>).cam,
        attention: ['measureDue'],
      });
      expect(cams.total, person).toBe(0);
    }
  });

  it('refuses bad filter input with a typed error, and takes every risk level', async () => {
    const clinic = await followUpClinic();
    const unknown = await clinic.refuse('caseload:list', { filter: { attention: ['lateRent'] } });
    expect(unknown.code).toBe('invalid_input');
    expect(Object.keys(unknown.fields ?? {})).toEqual(['filter.attention.0']);
    const tooMany = await clinic.refuse('caseload:list', {
      filter: { attention: ['safetyAlert', 'safetyAlert', 'safetyAlert', 'safetyAlert', 'safetyAlert'] },
    });
    expect(tooMany.code).toBe('invalid_input');
    const notList = await clinic.refuse('caseload:list', { filter: { attention: 'safetyAlert' } });
    expect(notList.code).toBe('invalid_input');
    const levels = ['unknown', 'low', 'moderate', 'high', 'imminent'];
    expect((await list(clinic, { riskLevels: levels })).total).toBe(3);
  });

  it('saves views with the new columns and filters; a view saved before them still loads', async () => {
    const clinic = await followUpClinic();
    const definition = {
      filter: { attention: ['planReviewOverdue' as const] },
      sort: { column: 'name' as const, direction: 'asc' as const },
      columns: ['name' as const, 'safetyAlert' as const, 'planReview' as const],
    };
    const saved = await clinic.call('caseload:saveView', { name: 'Reviews due', definition });
    expect(saved.definition).toMatchObject(definition);
    const old = await clinic.call('caseload:saveView', {
      name: 'Old one',
      definition: { ...definition, filter: { mine: true }, columns: ['name', 'status'] },
    });
    // Make "Old one" what an earlier version stored: no `attention` at all.
    await clinic.call('auth:signOut', {});
    const db = await encryptedDbOf(clinic);
    try {
      const stored = JSON.parse(
        db.prepare('SELECT definition FROM saved_views WHERE id = ?').pluck().get(old.id) as string,
      ) as { filter: Record<string, unknown> };
      delete stored.filter.attention;
      db.prepare('UPDATE saved_views SET definition = ? WHERE id = ?').run(JSON.stringify(stored), old.id);
    } finally {
      db.close();
    }
    await clinic.as('cam');
    const views = await clinic.call('caseload:views', {});
    expect(views.find((v) => v.id === old.id)?.definition.filter).toMatchObject({
      mine: true,
      attention: [],
    });
    expect(views.find((v) => v.id === saved.id)?.definition.filter.attention).toEqual(['planReviewOverdue']);
  });
});
