import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { encryptedTestDatabase } from '../../helpers/db';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);
const HASH = 'a'.repeat(64);

describe('migration 0017: progress notes', () => {
  it('upgrades a clinic with a signed record: rows kept; note rows checked; returns append-only', () => {
    const { db: before, file, dir, key } = encryptedTestDatabase(upTo(16));
    before.exec(`
      INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x');
      INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
        VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x');
      INSERT INTO signed_records (id, kind, client_id, created_at, created_by, created_by_name) VALUES ('r1', 'progress_note', 'c1', 'x', 'a1', 'Cam');
      INSERT INTO record_versions (id, record_id, version_no, status, schema_version, content, content_hash, created_at, created_by, created_by_name, updated_at, updated_by)
        VALUES ('v1', 'r1', 1, 'draft', 1, '{}', '${HASH}', 'x', 'a1', 'Cam', 'x', 'a1');
    `);
    before.close();
    const { db } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre'),
      migrations: upTo(17),
    });
    expect(schemaVersion(db)).toBe(17);
    expect(db.prepare("SELECT content FROM record_versions WHERE id = 'v1'").pluck().get()).toBe('{}');

    const note = db.prepare(
      `INSERT INTO progress_notes (record_id, client_id, author_id, author_name, state, format_id, contact_date, contact_type, created_at, updated_at)
       VALUES (?, ?, 'a1', 'Cam', ?, 'dap', ?, 'phone', 'x', 'x')`,
    );
    expect(() => note.run('r1', 'c1', 'lost', '2026-01-02')).toThrow(/CHECK/);
    expect(() => note.run('r1', 'c1', 'draft', 'last week')).toThrow(/CHECK/);
    expect(() => note.run('r1', 'nobody', 'draft', null)).toThrow(/FOREIGN KEY/);
    note.run('r1', 'c1', 'draft', '2026-01-02');

    db.prepare(
      `INSERT INTO progress_note_returns (id, record_id, version_id, comment, returned_by, returned_by_name, returned_at)
       VALUES ('ret1', 'r1', 'v1', 'Add the referral', 'a1', 'Cam', 'x')`,
    ).run();
    expect(() => db.prepare("UPDATE progress_note_returns SET comment = 'x'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM progress_note_returns').run()).toThrow(/immutable/);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM progress_notes WHERE state = 'awaiting_cosign' ORDER BY signed_at",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/progress_notes_cosign_queue/);
    db.close();
  });
});
