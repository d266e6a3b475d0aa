import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { DatabaseFromFutureError } from '../../../src/main/db/errors';
import { latestVersion, schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0001 } from '../../../src/main/db/migrations/0001-accounts-and-settings';
import { migration0002 } from '../../../src/main/db/migrations/0002-audit-log';
import { openEncrypted } from '../../../src/main/db/open';
import { encryptedTestDatabase } from '../../helpers/db';

const tables = (db: ReturnType<typeof encryptedTestDatabase>['db']) =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as {
      name: string;
    }[]
  ).map((row) => row.name);

describe('migrations', () => {
  it('are numbered 1..N without gaps, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('0001 creates accounts and settings; accounts cannot be deleted', () => {
    const { db } = encryptedTestDatabase([migration0001]);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['accounts', 'settings']);
    db.prepare(
      `INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'Sam', 'Sam S', 'case_manager', 'x', 'x')`,
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a2', 'sam', 'Other', 'case_manager', 'x', 'x')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE accounts SET role = 'wizard'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM accounts').run()).toThrow(/never deleted/);
    db.close();
  });

  it('0002 upgrades a version-1 database with data in it: audit tables added, accounts kept', () => {
    const { db, file, dir, key } = encryptedTestDatabase([migration0001]);
    db.prepare(
      `INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'sam', 'Sam S', 'case_manager', 'x', 'x')`,
    ).run();
    db.close();
    const { db: upgraded, migration } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre-migration'),
      migrations: [migration0001, migration0002],
    });
    expect(migration).toMatchObject({ from: 1, to: 2 });
    expect(migration.preMigrationCopy && existsSync(migration.preMigrationCopy)).toBe(true);
    expect(tables(upgraded)).toEqual(['accounts', 'audit_head', 'audit_log', 'settings']);
    expect(upgraded.prepare('SELECT full_name FROM accounts').pluck().get()).toBe('Sam S');
    expect(() =>
      upgraded.prepare("INSERT INTO audit_head (id, seq, hash) VALUES (2, 0, 'x')").run(),
    ).toThrow();
    upgraded.close();
    // The pre-migration copy is the old schema, encrypted with the same key.
    const copy = openEncrypted(migration.preMigrationCopy as string, key.toString('hex'));
    expect(schemaVersion(copy)).toBe(1);
    expect(copy.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(1);
    copy.close();
  });

  it('a fresh database needs no pre-migration copy and reaches the latest version', () => {
    const { db, dir } = encryptedTestDatabase();
    expect(schemaVersion(db)).toBe(latestVersion(MIGRATIONS));
    expect(existsSync(join(dir, 'pre-migration'))).toBe(false);
    db.close();
  });

  it('a failing migration leaves the database at its old version, unchanged', () => {
    const { db, file, dir, key } = encryptedTestDatabase([migration0001]);
    db.close();
    const broken = {
      version: 2,
      name: 'broken',
      up: (d: typeof db) => d.exec('CREATE TABLE half (x); SELECT no_such_function();'),
    };
    expect(() =>
      openClinicDatabase(file, Buffer.from(key), {
        preMigrationDir: join(dir, 'pre'),
        migrations: [migration0001, broken],
      }),
    ).toThrow();
    const { db: again } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre'),
      migrations: [migration0001],
    });
    expect(schemaVersion(again)).toBe(1);
    expect(tables(again)).not.toContain('half');
    again.close();
  });

  it('a database from a newer Lantern is refused with a clear message and left byte-for-byte untouched', () => {
    const { db, file, dir, key } = encryptedTestDatabase();
    db.pragma(`user_version = ${latestVersion(MIGRATIONS) + 5}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const digest = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = digest();
    let caught: unknown;
    try {
      openClinicDatabase(file, Buffer.from(key), { preMigrationDir: join(dir, 'pre') });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseFromFutureError);
    expect((caught as Error).message).toMatch(/newer version of Lantern/);
    expect(digest()).toBe(before);
    expect(existsSync(join(dir, 'pre'))).toBe(false);
  });
});
