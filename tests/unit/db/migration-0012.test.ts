import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { encryptedTestDatabase } from '../../helpers/db';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migration 0012: assessments and risk levels', () => {
  it('upgrades a clinic with clients: their rows kept, `imminent` now allowed, other words still refused', () => {
    const { db: before, file, dir, key } = encryptedTestDatabase(upTo(10));
    before.exec(`
      INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x');
      INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, risk_level, risk_rank, created_at, updated_at)
        VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'high', 3, 'x', 'x');
    `);
    expect(() => before.prepare("UPDATE clients SET risk_level = 'imminent'").run()).toThrow(/CHECK/);
    before.close();

    const { db } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre'),
      migrations: upTo(12),
    });
    expect(schemaVersion(db)).toBe(12);
    expect(db.prepare("SELECT risk_level FROM clients WHERE id = 'c1'").pluck().get()).toBe('high');
    db.prepare("UPDATE clients SET risk_level = 'imminent', risk_rank = 4").run();
    expect(() => db.prepare("UPDATE clients SET risk_level = 'extreme'").run()).toThrow(/CHECK/);
    // The rest of the table's rules are as they were, and the file is consistent.
    expect(() => db.prepare('DELETE FROM clients').run()).toThrow(/never deleted/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('keeps the risk history append-only and a signed assessment row unchanged', () => {
    const { db } = encryptedTestDatabase(upTo(12));
    db.exec(`
      INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x');
      INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
        VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x');
      INSERT INTO signed_records (id, kind, client_id, created_at, created_by, created_by_name) VALUES ('r1', 'assessment', 'c1', 'x', 'a1', 'Cam');
      INSERT INTO assessments (record_id, client_id, type, created_at, signed_at, signed_by_name, risk_level)
        VALUES ('r1', 'c1', 'intake', 'x', '2026-01-01T00:00:00.000Z', 'Cam', 'low');
      INSERT INTO client_risk_levels (id, client_id, level, reason, source, assessment_id, set_at, set_by, set_by_name)
        VALUES ('k1', 'c1', 'low', 'Stable', 'assessment', 'r1', 'x', 'a1', 'Cam');
    `);
    expect(() => db.prepare("UPDATE assessments SET risk_level = 'high'").run()).toThrow(
      /signed_record_immutable/,
    );
    expect(() => db.prepare('DELETE FROM assessments').run()).toThrow(/signed_record_immutable/);
    expect(() => db.prepare("UPDATE client_risk_levels SET level = 'high'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM client_risk_levels').run()).toThrow(/append-only/);
    const manualWithAssessment = db.prepare(
      `INSERT INTO client_risk_levels (id, client_id, level, reason, source, assessment_id, set_at, set_by, set_by_name)
       VALUES ('k2', 'c1', 'low', 'x', 'manual', 'r1', 'x', 'a1', 'Cam')`,
    );
    expect(() => manualWithAssessment.run()).toThrow(/CHECK/);
    db.close();
  });
});
