import { describe, expect, it } from 'vitest';
import { measureFlagsFor } from '../../../src/main/measures/caseload-facts';
import { encryptedDbOf } from './open-db';
import { measuresClinic, phq9 } from './fixture';

const REASON = 'Typed the answers of another client into this file';

/** A PHQ-9 with item 9 positive, and a correct one given after it. */
async function mistypedAndCorrect(clinic: Awaited<ReturnType<typeof measuresClinic>>) {
  const wrong = await clinic.call('measures:give', {
    clientId: clinic.own,
    instrumentId: 'phq-9',
    mode: 'office',
    answers: phq9(3, 3, 3, 3, 3, 3, 3, 3, 2),
    administeredOn: '2026-02-20',
  });
  const right = await clinic.call('measures:give', {
    clientId: clinic.own,
    instrumentId: 'phq-9',
    mode: 'office',
    answers: phq9(1, 1, 0, 0, 0, 0, 0, 0, 0),
    administeredOn: '2026-02-10',
  });
  return { wrong, right };
}

describe('a measure result entered in error', () => {
  it('stays readable with who, when and why; the trend, the due date and the alert leave it out', async () => {
    const clinic = await measuresClinic();
    await clinic.as('sage');
    await clinic.call('measures:saveSchedule', { instrumentId: 'phq-9', program: null, intervalDays: 30 });
    await clinic.as('cam');
    const { wrong, right } = await mistypedAndCorrect(clinic);
    const before = await clinic.call('measures:overview', { clientId: clinic.own });
    expect(before.openAlerts.map((alert) => alert.resultId)).toEqual([wrong.id]);
    expect(before.due.map((due) => due.lastGivenAt?.slice(0, 10))).toEqual(['2026-02-20']);

    clinic.clock.set('2026-03-04T10:00:00.000Z');
    const marked = await clinic.call('measures:markEnteredInError', { resultId: wrong.id, reason: REASON });
    expect(marked.enteredInError).toEqual({
      reason: REASON,
      byName: 'Cam Manager',
      at: '2026-03-04T10:00:00.000Z',
    });

    const after = await clinic.call('measures:overview', { clientId: clinic.own });
    expect(after.results.map((result) => [result.id, result.enteredInError?.reason ?? null])).toEqual([
      [wrong.id, REASON],
      [right.id, null],
    ]);
    expect(after.results[0]!.total).toBe(26); // still readable as it was entered
    expect(after.openAlerts).toEqual([]); // its alert closes with it
    expect(after.due.map((due) => due.lastGivenAt?.slice(0, 10))).toEqual(['2026-02-10']);
    const trend = await clinic.call('measures:trend', { clientId: clinic.own, instrumentId: 'phq-9' });
    expect(trend.map((point) => point.id)).toEqual([right.id]);

    const alertId = before.openAlerts[0]!.id;
    const ack = await clinic.refuse('measures:acknowledgeAlert', { alertId, note: 'Reviewed' });
    expect([ack.code, ack.details?.messageKey]).toEqual([
      'conflict',
      'errors.measure_alert_entered_in_error',
    ]);
    const twice = await clinic.refuse('measures:markEnteredInError', { resultId: wrong.id, reason: 'again' });
    expect([twice.code, twice.details?.messageKey]).toEqual([
      'conflict',
      'errors.measure_result_already_entered_in_error',
    ]);

    await clinic.call('auth:signOut', {});
    const db = await encryptedDbOf(clinic);
    try {
      // The caseload's count leaves its alert out too: the client has nothing to flag.
      expect(measureFlagsFor(db, [clinic.own], '2026-03-04').get(clinic.own)).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('needs a reason; an unknown result is not found; nothing is written', async () => {
    const clinic = await measuresClinic();
    const { wrong } = await mistypedAndCorrect(clinic);
    const empty = await clinic.refuse('measures:markEnteredInError', { resultId: wrong.id, reason: '  ' });
    expect(empty.fields).toEqual({ reason: 'validation.required' });
    const unknown = await clinic.refuse('measures:markEnteredInError', {
      resultId: '00000000-0000-4000-8000-000000000000',
      reason: REASON,
    });
    expect([unknown.code, unknown.details?.messageKey]).toEqual([
      'not_found',
      'errors.measure_result_not_found',
    ]);
    const overview = await clinic.call('measures:overview', { clientId: clinic.own });
    expect(overview.results.every((result) => result.enteredInError === null)).toBe(true);
    expect(overview.openAlerts).toHaveLength(1);
  });

  it('is audited with the result id only: neither the reason nor a score', async () => {
    const clinic = await measuresClinic();
    const { wrong } = await mistypedAndCorrect(clinic);
    await clinic.call('measures:markEnteredInError', { resultId: wrong.id, reason: REASON });
    await clinic.as('ada');
    const entries = (await clinic.call('audit:list', { action: 'measure.entered_in_error' })).entries;
    expect(entries.map((entry) => [entry.subject, entry.details])).toEqual([
      [clinic.own, { resultId: wrong.id }],
    ]);
  });

  it('front desk and an off-caseload case manager are refused; nothing changes', async () => {
    const clinic = await measuresClinic();
    const { wrong } = await mistypedAndCorrect(clinic);
    for (const person of ['fran', 'dee']) {
      await clinic.as(person);
      const refused = await clinic.refuse('measures:markEnteredInError', {
        resultId: wrong.id,
        reason: REASON,
      });
      expect(refused.code, person).toBe('forbidden');
    }
    await clinic.as('cam');
    const overview = await clinic.call('measures:overview', { clientId: clinic.own });
    expect(overview.results.map((result) => result.enteredInError)).toEqual([null, null]);
  });

  it('its status rows cannot be changed or removed by SQL', async () => {
    const clinic = await measuresClinic();
    const { wrong } = await mistypedAndCorrect(clinic);
    await clinic.call('measures:markEnteredInError', { resultId: wrong.id, reason: REASON });
    await clinic.call('auth:signOut', {});
    const db = await encryptedDbOf(clinic);
    try {
      expect(() => db.prepare(`UPDATE measure_result_events SET reason = 'x'`).run()).toThrow(
        /measure_immutable/,
      );
      expect(() => db.prepare('DELETE FROM measure_result_events').run()).toThrow(/measure_immutable/);
      expect(db.prepare('SELECT reason FROM measure_result_events').pluck().all()).toEqual([REASON]);
    } finally {
      db.close();
    }
  });
});
