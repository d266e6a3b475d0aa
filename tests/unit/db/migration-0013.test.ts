import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { encryptedTestDatabase } from '../../helpers/db';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);
const HASH = 'a'.repeat(64);

describe('migration 0013: care plans', () => {
  it('upgrades a clinic with a client and a signed record: rows kept, plans and templates with their rules', () => {
    const { db: before, file, dir, key } = encryptedTestDatabase(upTo(12));
    before.exec(`
      INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x');
      INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
        VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x');
      INSERT INTO signed_records (id, kind, client_id, created_at, created_by, created_by_name) VALUES ('r1', 'care_plan', 'c1', 'x', 'a1', 'Cam');
      INSERT INTO record_versions (id, record_id, version_no, status, schema_version, content, content_hash, created_at, created_by, created_by_name, updated_at, updated_by)
        VALUES ('v1', 'r1', 1, 'draft', 1, '{"needs":[]}', '${HASH}', 'x', 'a1', 'Cam', 'x', 'a1');
      UPDATE record_versions SET status = 'signed' WHERE id = 'v1';
      INSERT INTO record_signatures (id, version_id, role, signer_name, account_id, account_name, signed_at, content_hash)
        VALUES ('s1', 'v1', 'worker', 'Cam', 'a1', 'Cam', 'x', '${HASH}');
    `);
    expect(before.prepare("SELECT 1 FROM sqlite_master WHERE name = 'care_plans'").get()).toBeUndefined();
    before.close();

    const { db } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre'),
      migrations: upTo(13),
    });
    expect(schemaVersion(db)).toBe(13);
    // What was there is as it was.
    expect(db.prepare("SELECT status, content FROM record_versions WHERE id = 'v1'").get()).toEqual({
      status: 'signed',
      content: '{"needs":[]}',
    });
    expect(db.prepare('SELECT count(*) FROM record_signatures').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM care_plans').pluck().get()).toBe(0);

    // A plan row points at a real record, client and version; its review date is a calendar date.
    const plan = db.prepare(
      `INSERT INTO care_plans (record_id, client_id, created_at, review_date, review_version_id, updated_at)
       VALUES (?, ?, 'x', ?, ?, 'x')`,
    );
    expect(() => plan.run('r1', 'c1', 'next spring', 'v1')).toThrow(/CHECK/);
    expect(() => plan.run('r1', 'nobody', null, null)).toThrow(/FOREIGN KEY/);
    expect(() => plan.run('r-none', 'c1', null, null)).toThrow(/FOREIGN KEY/);
    plan.run('r1', 'c1', '2026-04-05', 'v1');
    expect(() => plan.run('r1', 'c1', null, null)).toThrow(/UNIQUE|PRIMARY KEY/);

    // Template names: 1–120 characters, one live template per name whatever its case.
    const template = db.prepare(
      `INSERT INTO care_plan_templates (id, name, content, created_at, created_by, updated_at, updated_by, updated_by_name, archived_at)
       VALUES (?, ?, '{"needs":[]}', 'x', 'a1', 'x', 'a1', 'Cam', ?)`,
    );
    template.run('t1', 'Housing stability', null);
    expect(() => template.run('t2', 'housing STABILITY', null)).toThrow(/UNIQUE/);
    template.run('t3', 'housing stability', '2026-01-01');
    expect(() => template.run('t4', '', null)).toThrow(/CHECK/);
    expect(() => template.run('t5', 'x'.repeat(121), null)).toThrow(/CHECK/);

    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
