import { describe, expect, it } from 'vitest';
import { measureFlagsFor } from '../../../src/main/measures/caseload-facts';
import { encryptedDbOf } from './open-db';
import { measuresClinic, phq9 } from './fixture';

const auditActions = async (clinic: Awaited<ReturnType<typeof measuresClinic>>) => {
  await clinic.as('ada');
  const entries = await clinic.call('audit:list', { limit: 200 });
  return entries.entries.map((entry) => entry.action);
};

describe('the PHQ-9 item-9 alert', () => {
  it('stays open until a person acknowledges it with a note; acknowledged, it is audited and closed', async () => {
    const clinic = await measuresClinic();
    await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'phq-9',
      mode: 'client',
      answers: phq9(1, 1, 0, 0, 0, 0, 0, 0, 2),
    });
    clinic.clock.set('2026-03-20T10:00:00.000Z');
    const { openAlerts } = await clinic.call('measures:overview', { clientId: clinic.own });
    expect(openAlerts.map((alert) => [alert.instrumentId, alert.itemId, alert.alertId])).toEqual([
      ['phq-9', 'q9', 'self-harm-thoughts'],
    ]);
    const empty = await clinic.refuse('measures:acknowledgeAlert', {
      alertId: openAlerts[0]!.id,
      note: '   ',
    });
    expect(empty.fields).toEqual({ note: 'validation.required' });
    const acknowledged = await clinic.call('measures:acknowledgeAlert', {
      alertId: openAlerts[0]!.id,
      note: 'Reviewed safety plan; client agreed to call the crisis line if needed',
    });
    expect(acknowledged.acknowledgement).toMatchObject({
      byName: 'Cam Manager',
      at: '2026-03-20T10:00:00.000Z',
    });
    expect((await clinic.call('measures:overview', { clientId: clinic.own })).openAlerts).toEqual([]);
    const again = await clinic.refuse('measures:acknowledgeAlert', {
      alertId: openAlerts[0]!.id,
      note: 'twice',
    });
    expect(again.code).toBe('conflict');
    expect(await auditActions(clinic)).toEqual(
      expect.arrayContaining(['measure.given', 'measures.viewed', 'measure.alert_acknowledged']),
    );
  });

  it('leaves no clinical content in the audit trail: ids, mode and counts of rows only', async () => {
    const clinic = await measuresClinic();
    await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: phq9(3, 3, 3, 3, 3, 3, 3, 3, 3),
    });
    const [alert] = (await clinic.call('measures:overview', { clientId: clinic.own })).openAlerts;
    await clinic.call('measures:acknowledgeAlert', { alertId: alert!.id, note: 'Mobile crisis team called' });
    await clinic.call('measures:trend', { clientId: clinic.own, instrumentId: 'phq-9' });
    await clinic.as('ada');
    const entries = (await clinic.call('audit:list', { limit: 200 })).entries.filter((entry) =>
      entry.action.startsWith('measure'),
    );
    expect(entries.map((entry) => entry.action).sort()).toEqual([
      'measure.alert_acknowledged',
      'measure.given',
      'measure.trend_viewed',
      'measures.viewed',
    ]);
    for (const entry of entries) {
      const details = (entry.details ?? {}) as Record<string, unknown>;
      expect(
        Object.keys(details).filter(
          (key) => !['resultId', 'mode', 'alertId', 'results', 'count'].includes(key),
        ),
      ).toEqual([]);
    }
    const text = JSON.stringify(entries);
    for (const clinical of ['severe', 'q9', 'self-harm', 'phq-9', 'crisis', 'total'])
      expect(text, clinical).not.toContain(clinical);
  });

  it('is not raised by item 9 "Not at all"', async () => {
    const clinic = await measuresClinic();
    await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: phq9(3, 3, 3, 3, 3, 3, 3, 3, 0),
    });
    expect((await clinic.call('measures:overview', { clientId: clinic.own })).openAlerts).toEqual([]);
  });
});

describe('the trend', () => {
  it("is one instrument's results for the client, oldest first, with the item answers", async () => {
    const clinic = await measuresClinic();
    for (const [day, values] of [
      ['2026-01-05', phq9(3, 3, 2, 2, 2, 2, 2, 2, 0)],
      ['2026-02-05', phq9(2, 2, 1, 1, 1, 1, 1, 1, 0)],
    ] as const) {
      await clinic.call('measures:give', {
        clientId: clinic.own,
        instrumentId: 'phq-9',
        mode: 'office',
        answers: values,
        administeredOn: day,
      });
    }
    await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'gad-7',
      mode: 'office',
      answers: { q1: 1, q2: 1, q3: 1, q4: 1, q5: 1, q6: 1, q7: 1 },
    });
    const trend = await clinic.call('measures:trend', { clientId: clinic.own, instrumentId: 'phq-9' });
    expect(trend.map((point) => [point.administeredAt.slice(0, 10), point.total, point.bandId])).toEqual([
      ['2026-01-05', 18, 'moderately-severe'],
      ['2026-02-05', 10, 'moderate'],
    ]);
    expect(trend[0]!.answers.q1).toBe(3);
    const future = await clinic.refuse('measures:give', {
      clientId: clinic.own,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 0),
      administeredOn: '2026-04-01',
    });
    expect(future.fields).toEqual({ administeredOn: 'validation.measure_date_future' });
  });
});

describe('measurement schedules', () => {
  it('make a measure due, then overdue; giving it moves the due date on', async () => {
    const clinic = await measuresClinic();
    await clinic.as('sage');
    const schedule = await clinic.call('measures:saveSchedule', {
      instrumentId: 'phq-9',
      program: 'Adult Case Management',
      intervalDays: 30,
      active: true,
    });
    await clinic.call('measures:saveSchedule', {
      instrumentId: 'gad-7',
      program: 'Housing First',
      intervalDays: 30,
    });
    const status = async () =>
      (await clinic.call('measures:overview', { clientId: clinic.own })).due.map((due) => [
        due.instrumentId,
        due.dueDate,
        due.status,
      ]);
    // Never given: one interval after the schedule began (enrolled long before), not today.
    expect(await status()).toEqual([['phq-9', '2026-04-01', 'not_due']]);
    clinic.clock.set('2026-03-03T09:00:00.000Z');
    expect(await status()).toEqual([['phq-9', '2026-04-01', 'not_due']]);
    clinic.clock.set('2026-04-02T09:00:00.000Z');
    expect(await status()).toEqual([['phq-9', '2026-04-01', 'overdue']]);
    await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 0),
    });
    expect(await status()).toEqual([['phq-9', '2026-05-02', 'not_due']]);
    clinic.clock.set('2026-04-26T09:00:00.000Z');
    expect(await status()).toEqual([['phq-9', '2026-05-02', 'due']]);
    const { id, instrumentId, program, intervalDays } = schedule;
    await clinic.call('measures:saveSchedule', { id, instrumentId, program, intervalDays, active: false });
    expect(await status()).toEqual([]);
  });

  it('are exported for many clients at once, with open alerts, for the caseload', async () => {
    const clinic = await measuresClinic();
    await clinic.as('sage');
    await clinic.call('measures:saveSchedule', { instrumentId: 'phq-9', program: null, intervalDays: 30 });
    await clinic.call('measures:give', {
      clientId: clinic.other,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 1),
    });
    await clinic.call('auth:signOut', {});
    const db = await encryptedDbOf(clinic);
    try {
      // The schedule began 2026-03-02: Cam's client, never given one, is overdue after 2026-04-01.
      expect(measureFlagsFor(db, [clinic.own], '2026-03-10').get(clinic.own)).toBeUndefined();
      const flags = measureFlagsFor(db, [clinic.own, clinic.other, 'no-such-client'], '2026-03-28');
      expect(flags.get(clinic.own)).toEqual({ openAlerts: 0, due: 1, overdue: 0 });
      expect(flags.get(clinic.other)).toEqual({ openAlerts: 1, due: 1, overdue: 0 });
      const later = measureFlagsFor(db, [clinic.own], '2026-04-02');
      expect(later.get(clinic.own)).toEqual({ openAlerts: 0, due: 0, overdue: 1 });
      expect(flags.has('no-such-client')).toBe(false);
    } finally {
      db.close();
    }
  });

  it('are managed by administrators and supervisors only', async () => {
    const clinic = await measuresClinic();
    const input = { instrumentId: 'phq-9', program: null, intervalDays: 30 };
    expect((await clinic.refuse('measures:saveSchedule', input)).code).toBe('forbidden');
    expect((await clinic.refuse('measures:schedules', {})).code).toBe('forbidden');
    await clinic.as('ada');
    await clinic.call('measures:saveSchedule', input);
    const range = await clinic.refuse('measures:saveSchedule', { ...input, intervalDays: 0 });
    expect(range.fields).toEqual({ intervalDays: 'validation.measure_interval_range' });
    expect((await clinic.call('measures:schedules', {})).map((s) => s.updatedByName)).toEqual(['Ada Admin']);
    expect(await auditActions(clinic)).toContain('measure_schedule.saved');
  });
});
