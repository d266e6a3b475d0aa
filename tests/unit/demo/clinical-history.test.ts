import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertAccount } from '../../../src/main/accounts/repository';
import { seedClinic } from '../../../src/main/demo/synthetic-clinic';
import type { Db } from '../../../src/main/db/open';
import { newId } from '../../../src/main/ids';
import { loadShippedInstruments } from '../../../src/main/measures/catalogue';
import { verifyRecords } from '../../../src/main/records';
import { scoreAnswers } from '../../../src/shared/domain/instrument-scoring';
import type { SexAtBirth } from '../../../src/shared/domain/clients';
import { encryptedTestDatabase } from '../../helpers/db';

const NOW = new Date('2025-06-02T15:00:00.000Z');
const CLIENTS = 50;
const instruments = loadShippedInstruments(join('resources', 'instruments'));
const definitionOf = (id: string) => instruments.find((d) => d.id === id)!;

/** A real encrypted clinic with its administrator, seeded with 50 fake clients and their clinical history. */
function seeded(seed = 3) {
  const { db } = encryptedTestDatabase();
  const adminId = newId();
  insertAccount(
    db,
    { id: adminId, username: 'ada', fullName: 'Ada Admin', role: 'administrator', mustChangePassword: false },
    null,
    NOW.toISOString(),
  );
  const summary = seedClinic(db, { clients: CLIENTS, seed, clinical: { shipped: () => instruments } }, NOW);
  return { db, summary, adminId };
}

const all = <T>(db: Db, sql: string) => db.prepare(sql).all() as T[];

describe('the seeded clinical history', () => {
  it('gives most active clients a signed intake whose records Verify passes', () => {
    const { db, summary, adminId } = seeded();
    const active = db.prepare(`SELECT count(*) FROM clients WHERE status = 'active'`).pluck().get() as number;
    expect(summary.clinical?.clients).toBeGreaterThan(active * 0.6);
    const rows = all<{ client_id: string; type: string; signed_at: string | null; risk_level: string }>(
      db,
      'SELECT client_id, type, signed_at, risk_level FROM assessments',
    );
    expect(rows.length).toBe(summary.clinical?.assessments);
    expect(rows.every((r) => r.signed_at !== null)).toBe(true);
    const intakes = new Set(rows.filter((r) => r.type === 'intake').map((r) => r.client_id));
    expect(intakes.size).toBe(summary.clinical?.clients);
    // Signing set each assessed client's risk level from the assessment, with its history row.
    const risk = all<{ id: string; risk_level: string; n: number }>(
      db,
      `SELECT c.id, c.risk_level, (SELECT count(*) FROM client_risk_levels r WHERE r.client_id = c.id) AS n
       FROM clients c WHERE c.id IN (SELECT client_id FROM assessments)`,
    );
    expect(risk.every((r) => r.n >= 1 && r.risk_level !== 'unknown')).toBe(true);
    // Written by the client's own worker, through the primitive: Verify recomputes every hash.
    const authors = all<{ ok: number }>(
      db,
      `SELECT EXISTS (SELECT 1 FROM client_assignments a WHERE a.client_id = r.client_id AND a.account_id = r.created_by) AS ok
       FROM signed_records r`,
    );
    expect(authors.every((a) => a.ok === 1)).toBe(true);
    const verified = verifyRecords({
      db,
      actor: { id: adminId, role: 'administrator', fullName: 'Ada Admin' },
      now: NOW,
    });
    expect(verified.firstProblem).toBeNull();
    expect(verified.intact).toBe(true);
    expect(verified.checked.versions).toBe(
      db.prepare(`SELECT count(*) FROM record_versions WHERE status = 'signed'`).pluck().get(),
    );
    db.close();
  });

  it('stores every measure as the scoring code scores its answers, with alerts where item 9 says so', () => {
    const { db } = seeded();
    const results = all<{
      id: string;
      instrument_id: string;
      answers: string;
      total: number | null;
      band_id: string | null;
      status: string;
      sex_at_birth: string;
      administered_at: string;
    }>(
      db,
      `SELECT r.id, r.instrument_id, r.answers, r.total, r.band_id, r.status, c.sex_at_birth, r.administered_at
       FROM measure_results r JOIN clients c ON c.id = r.client_id`,
    );
    expect(results.length).toBeGreaterThan(CLIENTS);
    expect(new Set(results.map((r) => r.instrument_id))).toEqual(
      new Set(['phq-9', 'gad-7', 'pcl-5', 'audit-c']),
    );
    const alerted = new Set(
      all<{ result_id: string }>(db, 'SELECT result_id FROM measure_alerts').map((a) => a.result_id),
    );
    for (const r of results) {
      const sex = ['female', 'male'].includes(r.sex_at_birth) ? (r.sex_at_birth as SexAtBirth) : null;
      const score = scoreAnswers(definitionOf(r.instrument_id), JSON.parse(r.answers), { sex });
      expect({ total: r.total, band: r.band_id, status: r.status }).toEqual({
        total: score.total,
        band: score.band?.id ?? null,
        status: score.status,
      });
      expect(alerted.has(r.id)).toBe(score.alerts.length > 0);
      expect(r.administered_at < NOW.toISOString()).toBe(true);
    }
    // Only a client's latest PHQ-9 keeps its alert open; an earlier one was acknowledged.
    const open = all<{ latest: number }>(
      db,
      `SELECT a.result_id = (SELECT r.id FROM measure_results r WHERE r.client_id = a.client_id
                             AND r.instrument_id = 'phq-9' ORDER BY r.administered_at DESC LIMIT 1) AS latest
       FROM measure_alerts a LEFT JOIN measure_alert_acks k ON k.alert_id = a.id WHERE k.alert_id IS NULL`,
    );
    expect(open.every((o) => o.latest === 1)).toBe(true);
    expect(db.prepare('SELECT count(*) FROM measure_schedules').pluck().get()).toBe(3);
    db.close();
  });

  it('signs each care plan version by worker and client, with 2–4 goals, revisions superseding', () => {
    const { db, summary } = seeded();
    const plans = all<{ record_id: string; review_date: string; review_version_id: string }>(
      db,
      'SELECT record_id, review_date, review_version_id FROM care_plans',
    );
    expect(plans.length).toBeGreaterThan(0);
    const versions = all<{
      id: string;
      record_id: string;
      version_no: number;
      supersedes_id: string | null;
      status: string;
      content: string;
      content_hash: string;
    }>(
      db,
      `SELECT v.* FROM record_versions v JOIN care_plans p ON p.record_id = v.record_id ORDER BY v.record_id, v.version_no`,
    );
    expect(versions.length).toBe(summary.clinical?.planVersions);
    expect(versions.some((v) => v.version_no >= 2)).toBe(true);
    const signatures = all<{ version_id: string; role: string; content_hash: string }>(
      db,
      'SELECT version_id, role, content_hash FROM record_signatures',
    );
    for (const v of versions) {
      expect(v.status).toBe('signed');
      const own = signatures.filter((s) => s.version_id === v.id);
      expect(own.map((s) => s.role).sort()).toEqual(['client', 'worker']);
      expect(own.every((s) => s.content_hash === v.content_hash)).toBe(true);
      const content = JSON.parse(v.content) as { needs: { goals: unknown[] }[] };
      const goals = content.needs.reduce((n, need) => n + need.goals.length, 0);
      expect(goals).toBeGreaterThanOrEqual(2);
      expect(goals).toBeLessThanOrEqual(4);
      const previous = versions.find((p) => p.record_id === v.record_id && p.version_no === v.version_no - 1);
      expect(v.supersedes_id).toBe(previous?.id ?? null);
    }
    // The plan's review date is the newest version's, as signing it set.
    for (const plan of plans) {
      const newest = versions.filter((v) => v.record_id === plan.record_id).at(-1)!;
      expect(plan.review_version_id).toBe(newest.id);
      expect(plan.review_date).toBe((JSON.parse(newest.content) as { reviewDate: string }).reviewDate);
    }
    db.close();
  });

  it('writes the same history for the same seed', () => {
    const history = (db: Db) =>
      all(
        db,
        `SELECT c.client_number, r.instrument_id, r.administered_at, r.total
         FROM measure_results r JOIN clients c ON c.id = r.client_id ORDER BY 1, 3, 2`,
      );
    const a = seeded(5);
    const b = seeded(5);
    expect(history(a.db)).toEqual(history(b.db));
    expect(a.summary.clinical).toEqual(b.summary.clinical);
    expect(history(a.db)).not.toEqual(history(seeded(6).db));
  });
});
