import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { encryptedTestDatabase } from '../../helpers/db';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);
const H = 'a'.repeat(64);

describe('migration 0008: signed records', () => {
  it('adds the signed-record tables and their triggers to a version-7 clinic, keeping its data', () => {
    const { db: before, file, dir, key } = encryptedTestDatabase(upTo(7));
    before.exec(`
      INSERT INTO teams (id, name, created_at, updated_at) VALUES ('t1', 'North', 'x', 'x');
      INSERT INTO accounts (id, username, full_name, role, team_id, created_at, updated_at)
        VALUES ('a1', 'cam', 'Cam', 'case_manager', 't1', 'x', 'x');
      INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
        VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x');
      INSERT INTO client_assignments (client_id, account_id, assigned_at) VALUES ('c1', 'a1', 'x');
    `);
    before.close();
    const { db, migration } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre'),
      migrations: upTo(8),
    });
    expect(migration).toMatchObject({ from: 7, to: 8 });
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare('SELECT team_id FROM accounts').pluck().all()).toEqual(['t1']);
    expect(db.prepare('SELECT count(*) FROM client_assignments').pluck().get()).toBe(1);

    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%record%' ORDER BY name`)
      .pluck()
      .all();
    expect(tables).toEqual([
      'record_addenda',
      'record_signatures',
      'record_status_events',
      'record_versions',
      'signed_records',
    ]);
    const triggers = db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger'`).pluck().get();
    expect(triggers).toBeGreaterThanOrEqual(17);

    // The constraints the primitive leans on, straight through SQL.
    db.exec(`
      INSERT INTO signed_records (id, kind, client_id, created_at, created_by, created_by_name)
        VALUES ('r1', 'care_plan', 'c1', 'x', 'a1', 'Cam');
      INSERT INTO record_versions (id, record_id, version_no, status, schema_version, content, content_hash,
          created_at, created_by, created_by_name, updated_at, updated_by)
        VALUES ('v1', 'r1', 1, 'draft', 1, '{}', '${H}', 'x', 'a1', 'Cam', 'x', 'a1');
    `);
    const record = (id: string, kind: string, client = 'c1') =>
      db
        .prepare(
          `INSERT INTO signed_records (id, kind, client_id, created_at, created_by, created_by_name) VALUES (?, ?, ?, 'x', 'a1', 'Cam')`,
        )
        .run(id, kind, client);
    expect(() => record('r2', 'Care Plan')).toThrow(/CHECK/);
    expect(() => record('r3', 'care_plan', 'no-such-client')).toThrow(/FOREIGN KEY/);
    const version = (id: string, no: number, content: string) =>
      db
        .prepare(
          `INSERT INTO record_versions (id, record_id, version_no, status, schema_version, content, content_hash,
             created_at, created_by, created_by_name, updated_at, updated_by)
           VALUES (?, 'r1', ?, 'draft', 1, ?, '${H}', 'x', 'a1', 'Cam', 'x', 'a1')`,
        )
        .run(id, no, content);
    expect(() => version('v2', 2, '{}')).toThrow(/UNIQUE/); // one draft per record
    expect(() => version('v3', 1, 'not json')).toThrow(/CHECK/);
    db.prepare(`UPDATE record_versions SET status = 'signed' WHERE id = 'v1'`).run();
    expect(() => db.prepare(`UPDATE record_versions SET content = '[]' WHERE id = 'v1'`).run()).toThrow(
      /signed_record_immutable/,
    );
    expect(() => version('v4', 1, '{}')).toThrow(/UNIQUE/); // version numbers are unique per record
    db.close();
  });
});
