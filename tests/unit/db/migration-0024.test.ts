import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { encryptedTestDatabase } from '../../helpers/db';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);
const before24 = MIGRATIONS.filter((m) => m.version < 24).at(-1)?.version ?? 0;
const HASH = 'a'.repeat(64);

describe('migration 0024: discharges and re-enrollments', () => {
  it('upgrades a clinic with records kept; a signed discharge row and re-enrollments are append-only', () => {
    const { db: before, file, dir, key } = encryptedTestDatabase(upTo(before24));
    before.exec(`
      INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x');
      INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
        VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x');
      INSERT INTO signed_records (id, kind, client_id, created_at, created_by, created_by_name) VALUES ('r1', 'discharge', 'c1', 'x', 'a1', 'Cam');
      INSERT INTO record_versions (id, record_id, version_no, status, schema_version, content, content_hash, created_at, created_by, created_by_name, updated_at, updated_by)
        VALUES ('v1', 'r1', 1, 'draft', 1, '{}', '${HASH}', 'x', 'a1', 'Cam', 'x', 'a1');
    `);
    before.close();
    const { db } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre'),
      migrations: upTo(24),
    });
    expect(schemaVersion(db)).toBe(24);
    expect(db.prepare("SELECT content FROM record_versions WHERE id = 'v1'").pluck().get()).toBe('{}');

    const row = db.prepare(
      `INSERT INTO discharges (record_id, client_id, program, author_id, author_name, state, draft_version_id, created_at, updated_at)
       VALUES ('r1', ?, ?, 'a1', 'Cam', ?, 'v1', 'x', 'x')`,
    );
    expect(() => row.run('c1', 'Housing', 'closed')).toThrow(/CHECK/);
    expect(() => row.run('c1', '', 'draft')).toThrow(/CHECK/);
    expect(() => row.run('nobody', 'Housing', 'draft')).toThrow(/FOREIGN KEY/);
    row.run('c1', 'Housing', 'draft');
    // Signed needs its version, time and date.
    expect(() => db.prepare("UPDATE discharges SET state = 'signed'").run()).toThrow(/CHECK/);
    db.prepare(
      "UPDATE discharges SET state = 'signed', signed_version_id = 'v1', signed_at = 'x', discharge_date = '2026-01-02'",
    ).run();
    expect(() => db.prepare("UPDATE discharges SET reason = 'moved'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM discharges').run()).toThrow(/immutable/);

    db.prepare(
      `INSERT INTO client_reenrollments (id, client_id, program, start_date, previous_discharge_id, by_account, by_name, at)
       VALUES ('re1', 'c1', 'Housing', '2026-02-01', 'r1', 'a1', 'Cam', 'x')`,
    ).run();
    expect(() => db.prepare("UPDATE client_reenrollments SET start_date = '2026-01-01'").run()).toThrow(
      /immutable/,
    );
    expect(() => db.prepare('DELETE FROM client_reenrollments').run()).toThrow(/immutable/);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM discharges WHERE client_id = 'c1' ORDER BY discharge_date")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/discharges_by_client/);
    db.close();
  });
});
