import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { DATA_FOLDER, TRANSIENT_NAMES } from '../../src/main/paths';
import { Keyring } from '../../src/main/security/keyring';
import { filesUnder } from '../helpers/files-under';
import { ADMIN, setUpClinic, testLantern } from '../helpers/lantern';

const MARKER = 'ZEBRA-MARKER-7731-PRIVATE';
const require = createRequire(import.meta.url);

/** Zetetic's SQLCipher 4 (via @journeyapps/sqlcipher): an independent reader with default settings only. */
function readWithSqlcipher(file: string, keyHex: string, sql: string): Promise<Record<string, unknown>[]> {
  const sqlcipher = require('@journeyapps/sqlcipher') as {
    Database: new (
      file: string,
      mode: number,
      cb: (e: Error | null) => void,
    ) => {
      serialize(fn: () => void): void;
      run(sql: string): void;
      all(sql: string, cb: (e: Error | null, rows: Record<string, unknown>[]) => void): void;
      close(): void;
    };
    OPEN_READONLY: number;
  };
  return new Promise((resolve, reject) => {
    const db = new sqlcipher.Database(file, sqlcipher.OPEN_READONLY, (error) => error && reject(error));
    db.serialize(() => {
      db.run(`PRAGMA key = "x'${keyHex}'"`);
      db.all(sql, (error, rows) => {
        db.close();
        if (error) reject(error);
        else resolve(rows);
      });
    });
  });
}

const containsMarker = (file: string) => {
  const bytes = readFileSync(file);
  return bytes.includes(Buffer.from(MARKER, 'utf8')) || bytes.includes(Buffer.from(MARKER, 'utf16le'));
};

/** A later Lantern's migration, so that opening the clinic takes a real pre-migration copy. */
const laterMigration: Migration = {
  version: Math.max(...MIGRATIONS.map((m) => m.version)) + 1,
  name: 'later',
  up: (db) => db.exec('CREATE TABLE later (x TEXT)'),
};

describe('encryption at rest', () => {
  it('a marker written through the services never appears in the database, its WAL or the pre-migration copy', async () => {
    const lantern = await setUpClinic();
    const password = 'quilt-harbor-pass-1';
    await lantern.call('accounts:create', {
      fullName: MARKER,
      username: 'marker',
      role: 'case_manager',
      password,
      passwordConfirm: password,
    });
    const walFile = join(lantern.dataDir, 'lantern.db-wal');
    expect(existsSync(walFile)).toBe(true);
    expect(readFileSync(walFile).length).toBeGreaterThan(0);
    expect(containsMarker(walFile)).toBe(false);
    expect(containsMarker(join(lantern.dataDir, 'lantern.db'))).toBe(false);
    lantern.core.close();

    // A newer Lantern opens the clinic: the pre-migration copy is taken, encrypted.
    const upgraded = testLantern({ dataDir: lantern.dataDir, migrations: [...MIGRATIONS, laterMigration] });
    await upgraded.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const copies = readdirSync(join(lantern.dataDir, 'pre-migration'));
    expect(copies).toHaveLength(1);
    const copy = join(lantern.dataDir, 'pre-migration', copies[0] as string);
    expect(readFileSync(copy).length).toBeGreaterThan(4096);
    expect(containsMarker(copy)).toBe(false);
    // Everything in the data folder is declared (paths.ts DATA_FOLDER, or a moment's file such as
    // the WAL), and every file the declaration lists, inside folders too, is free of the marker.
    const declared = new Set<string>([...Object.values(DATA_FOLDER).map((e) => e.name), ...TRANSIENT_NAMES]);
    for (const name of readdirSync(lantern.dataDir)) expect(declared.has(name), name).toBe(true);
    const scanned: string[] = [];
    for (const name of declared) {
      for (const file of filesUnder(join(lantern.dataDir, name))) {
        scanned.push(file);
        expect(containsMarker(file), file).toBe(false);
      }
    }
    for (const expected of ['lantern.db', 'lantern.db-wal', 'lantern.keyring', 'audit-anchors.jsonl', copy])
      expect(scanned).toContain(expected.startsWith('/') ? expected : join(lantern.dataDir, expected));
    upgraded.core.close();

    // With the key, the standard SQLCipher 4 reader finds the marker in both files.
    const keyring = await Keyring.load(join(lantern.dataDir, 'lantern.keyring'));
    const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
    const keyHex = databaseKey.toString('hex');
    for (const file of [join(lantern.dataDir, 'lantern.db'), copy]) {
      const rows = await readWithSqlcipher(
        file,
        keyHex,
        `SELECT full_name FROM accounts WHERE username = 'marker'`,
      );
      expect(rows).toEqual([{ full_name: MARKER }]);
    }
  });

  it('cannot be opened without the key or with a wrong key', async () => {
    const lantern = await setUpClinic();
    lantern.core.close();
    const file = join(lantern.dataDir, 'lantern.db');
    const plain = new Database(file, { readonly: true });
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(
      /not a database|encrypted/i,
    );
    plain.close();
    await expect(readWithSqlcipher(file, 'ab'.repeat(32), 'SELECT count(*) FROM accounts')).rejects.toThrow(
      /not a database|encrypted/i,
    );
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3');
  });
});
