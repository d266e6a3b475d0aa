import { describe, expect, it } from 'vitest';
import { reassessmentDueForClients } from '../../../src/main/assessments/due';
import { client } from '../../helpers/clinic';
import { encryptedTestDatabase } from '../../helpers/db';
import { clinicWithClient, completeAssessment, fileRiskLevel } from './fixture';

type Clinic = Awaited<ReturnType<typeof clinicWithClient>>;

async function signIntake(clinic: Clinic, clientId = clinic.clientId) {
  const started = await clinic.call('assessments:startIntake', { clientId });
  await clinic.call('assessments:saveDraft', { versionId: started.versionId, content: completeAssessment() });
  return clinic.call('assessments:sign', { versionId: started.versionId });
}

describe('risk level', () => {
  it('is set on its own with a reason, kept as a history, and the client row follows; audited without the reason', async () => {
    const clinic = await clinicWithClient();
    expect(await fileRiskLevel(clinic)).toBe('unknown'); // a new client's level, until someone sets it
    const entry = await clinic.call('assessments:setRisk', {
      clientId: clinic.clientId,
      level: 'high',
      reason: 'Eviction notice today; said "I can\'t go on".',
    });
    expect(entry).toMatchObject({
      level: 'high',
      source: 'manual',
      assessmentId: null,
      setByName: 'Cam Manager',
    });
    expect(await fileRiskLevel(clinic)).toBe('high');
    await signIntake(clinic); // its risk summary: moderate
    const history = await clinic.call('assessments:riskHistory', { clientId: clinic.clientId });
    expect(history.map((h) => [h.level, h.source])).toEqual([
      ['moderate', 'assessment'],
      ['high', 'manual'],
    ]);
    expect(await fileRiskLevel(clinic)).toBe('moderate');
    // The caseload reads the same row (its sort uses risk_rank, kept in step).
    const page = await clinic.call('caseload:list', { filter: { mine: true, riskLevels: ['moderate'] } });
    expect(page.rows.map((r) => r.id)).toEqual([clinic.clientId]);
    await clinic.as('ada');
    const { entries } = await clinic.call('audit:list', { action: 'client.risk_level_set' });
    // Ids and the source, never the levels or the reason (clinical facts on an administrator's screen).
    expect(entries.map((e) => e.details)).toEqual([
      { riskEntryId: history[0]?.id, source: 'assessment', assessmentId: expect.any(String) },
      { riskEntryId: history[1]?.id, source: 'manual' },
    ]);
    const logged = JSON.stringify(entries);
    for (const fact of ['Eviction', 'moderate', 'high']) expect(logged).not.toContain(fact);
  });

  it('refuses a level outside the list or a blank reason, changing nothing', async () => {
    const clinic = await clinicWithClient();
    const set = (input: Record<string, unknown>) =>
      clinic.refuse('assessments:setRisk', { clientId: clinic.clientId, ...input });
    expect((await set({ level: 'unknown', reason: 'x' })).fields).toEqual({ level: 'validation.required' });
    expect((await set({ level: 'high', reason: '  ' })).fields).toEqual({ reason: 'validation.required' });
    expect(await clinic.call('assessments:riskHistory', { clientId: clinic.clientId })).toEqual([]);
    expect(await fileRiskLevel(clinic)).toBe('unknown');
  });
});

describe('reassessment due', () => {
  it('is due the interval after the last signed assessment, for many clients at once', async () => {
    const clinic = await clinicWithClient();
    const other = await clinic.call('clients:create', {
      client: client({ legalLastName: 'Other', assignedCaseManagerIds: [clinic.ids.cam as string] }),
    });
    await signIntake(clinic);
    const due = await clinic.call('assessments:due', { clientId: clinic.clientId });
    const today = new Date().toISOString().slice(0, 10);
    expect(due.intervalDays).toBe(180);
    expect(due.lastSignedAt?.slice(0, 10)).toBe(today);
    expect(due.overdue).toBe(false);
    const expected = new Date(Date.parse(`${today}T00:00:00Z`) + 180 * 86_400_000).toISOString().slice(0, 10);
    expect(due.nextDueDate).toBe(expected);
    expect(await clinic.call('assessments:due', { clientId: other.id })).toMatchObject({
      lastSignedAt: null,
      nextDueDate: null,
      overdue: false,
    });

    // The clinic's setting changes the interval.
    await clinic.as('ada');
    await clinic.call('settings:update', {
      clinicName: 'Riverbend Community Services',
      idleLockMinutes: 10,
      reassessmentIntervalDays: 30,
    });
    expect((await clinic.call('settings:get', {})).reassessmentIntervalDays).toBe(30);
    await clinic.as('cam');
    expect((await clinic.call('assessments:due', { clientId: clinic.clientId })).intervalDays).toBe(30);
  });

  it('answers for a page of client ids at once (the caseload column), from the newest signed assessment', () => {
    const { db } = encryptedTestDatabase();
    db.exec(`
      INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x');
      INSERT INTO settings (key, value, updated_at) VALUES ('reassessment_interval_days', '30', 'x');
    `);
    const addClient = db.prepare(
      `INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
       VALUES (?, ?, 'A', 'B', 'b, a', '1990-01-01', 'active', 'x', 'x')`,
    );
    const addAssessment = db.prepare(
      `INSERT INTO signed_records (id, kind, client_id, created_at, created_by, created_by_name) VALUES (?, 'assessment', ?, 'x', 'a1', 'Cam')`,
    );
    const addRow = db.prepare(
      `INSERT INTO assessments (record_id, client_id, type, created_at, signed_at, signed_by_name, risk_level)
       VALUES (?, ?, 'intake', 'x', ?, 'Cam', 'low')`,
    );
    const assessed = (record: string, clientId: string, signedAt: string | null) => {
      addAssessment.run(record, clientId);
      addRow.run(record, clientId, signedAt);
    };
    ['c1', 'c2', 'c3', 'c4'].forEach((id) => addClient.run(id, id));
    assessed('r1', 'c1', '2026-01-01T15:00:00.000Z');
    assessed('r2', 'c1', '2026-03-01T09:00:00.000Z'); // the newest counts
    assessed('r3', 'c2', '2026-01-10T09:00:00.000Z');
    assessed('r4', 'c3', null); // a draft only: never assessed
    const due = reassessmentDueForClients(db, ['c1', 'c2', 'c3', 'c4'], new Date('2026-03-31T12:00:00Z'));
    expect(Object.fromEntries(due)).toEqual({
      c1: {
        lastSignedAt: '2026-03-01T09:00:00.000Z',
        nextDueDate: '2026-03-31',
        overdue: false,
        intervalDays: 30,
      },
      c2: {
        lastSignedAt: '2026-01-10T09:00:00.000Z',
        nextDueDate: '2026-02-09',
        overdue: true,
        intervalDays: 30,
      },
      c3: { lastSignedAt: null, nextDueDate: null, overdue: false, intervalDays: 30 },
      c4: { lastSignedAt: null, nextDueDate: null, overdue: false, intervalDays: 30 },
    });
    expect(reassessmentDueForClients(db, ['c1'], new Date('2026-04-01T00:00:00Z')).get('c1')?.overdue).toBe(
      true,
    );
    expect(reassessmentDueForClients(db, [], new Date()).size).toBe(0);
    db.close();
  });
});
