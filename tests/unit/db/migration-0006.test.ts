import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { encryptedTestDatabase } from '../../helpers/db';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migration 0006: drafts', () => {
  it('adds per-account drafts to a version-5 clinic, keeping its accounts and clients', () => {
    const { db: old, file, dir, key } = encryptedTestDatabase(upTo(5));
    old
      .prepare(
        `INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x')`,
      )
      .run();
    old
      .prepare(
        `INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
       VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x')`,
      )
      .run();
    old.close();

    const { db, migration } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre'),
      migrations: upTo(6),
    });
    expect(migration).toMatchObject({ from: 5, to: 6 });
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
    expect(db.prepare('SELECT username FROM accounts').pluck().all()).toEqual(['cam']);

    const insert = db.prepare(
      'INSERT INTO drafts (account_id, draft_key, payload, updated_at) VALUES (?, ?, ?, ?)',
    );
    insert.run('a1', 'client:new', '{"values":{}}', '2026-01-01T00:00:00.000Z');
    insert.run('a1', 'client:edit:c1', '{"values":{}}', '2026-01-01T00:00:00.000Z');
    // One draft per account and form.
    expect(() => insert.run('a1', 'client:new', '{}', 'y')).toThrow(/UNIQUE|PRIMARY KEY/);
    // Only existing accounts own drafts, and STRICT refuses a payload that is not text.
    expect(() => insert.run('nobody', 'client:new', '{}', 'y')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('a1', 'other', Buffer.from('{}'), 'y')).toThrow(/cannot store BLOB/);
    expect(() => insert.run('a1', 'other', null, 'y')).toThrow(/NOT NULL/);
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(2);
    db.close();
  });
});
