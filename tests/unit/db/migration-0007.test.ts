import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { encryptedTestDatabase } from '../../helpers/db';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migration 0007: teams', () => {
  it('adds teams and an optional team on each account to a version-6 clinic, keeping its data', () => {
    const { db: before, file, dir, key } = encryptedTestDatabase(upTo(6));
    before.exec(`
      INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES
        ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x'), ('a2', 'dee', 'Dee', 'case_manager', 'x', 'x');
      INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
        VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x');
      INSERT INTO client_assignments (client_id, account_id, assigned_at) VALUES ('c1', 'a1', 'x');
      INSERT INTO drafts (account_id, draft_key, payload, updated_at) VALUES ('a1', 'client:new', '{}', 'x');
    `);
    before.close();
    const { db, migration } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre'),
      migrations: upTo(7),
    });
    expect(migration).toMatchObject({ from: 6, to: 7 });
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT team_id FROM accounts ORDER BY id').pluck().all()).toEqual([null, null]);
    expect(db.prepare('SELECT count(*) FROM client_assignments').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(1);

    db.prepare(
      `INSERT INTO teams (id, name, created_at, updated_at, updated_by) VALUES ('t1', 'North', 'x', 'x', 'a1')`,
    ).run();
    expect(() =>
      db
        .prepare(`INSERT INTO teams (id, name, created_at, updated_at) VALUES ('t2', 'north', 'x', 'x')`)
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare(`INSERT INTO teams (id, name, created_at, updated_at) VALUES ('t3', NULL, 'x', 'x')`).run(),
    ).toThrow(/NOT NULL/);
    db.prepare(`UPDATE accounts SET team_id = 't1'`).run();
    expect(() => db.prepare(`UPDATE accounts SET team_id = 'nope' WHERE id = 'a1'`).run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(
      db
        .prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'accounts_by_team'`)
        .pluck()
        .get(),
    ).toMatch(/ON accounts\(team_id\)/);
    db.close();
  });
});
