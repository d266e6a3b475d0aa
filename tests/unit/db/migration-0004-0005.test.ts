import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { encryptedTestDatabase } from '../../helpers/db';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

function upgradedFrom(version: number) {
  const { db, file, dir, key } = encryptedTestDatabase(upTo(version));
  db.prepare(
    `INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x')`,
  ).run();
  db.prepare(
    `INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, flag_safety_concern, created_at, updated_at)
     VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 1, 'x', 'x')`,
  ).run();
  db.prepare(
    `INSERT INTO client_search (client_id, names, identifiers) VALUES ('c1', 'Ana Diaz', 'C-1')`,
  ).run();
  db.close();
  return openClinicDatabase(file, Buffer.from(key), {
    preMigrationDir: join(dir, 'pre'),
    migrations: upTo(version + 1),
  });
}

describe('migration 0004: backup runs', () => {
  it('adds the backup record to a version-3 clinic, keeping its clients', () => {
    const { db, migration } = upgradedFrom(3);
    expect(migration).toMatchObject({ from: 3, to: 4 });
    db.prepare(
      `INSERT INTO backup_runs (id, kind, started_at, finished_at, folder, ok, verified) VALUES ('b1', 'manual', 'x', 'y', '/b', 1, 1)`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO backup_runs (id, kind, started_at, finished_at, folder, ok, verified) VALUES ('b2', 'weekly', 'x', 'y', '/b', 1, 1)`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
    db.close();
  });
});

describe('migration 0005: caseload speed', () => {
  it('adds flag indexes the planner uses and a search vocabulary over existing rows', () => {
    const { db, migration } = upgradedFrom(4);
    expect(migration).toMatchObject({ from: 4, to: 5 });
    expect(schemaVersion(db)).toBe(5);
    // Enough clients, one flagged, and fresh statistics: counting flagged clients reads only the partial index.
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
      INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
      SELECT 'c' || i, 'C-' || i, 'F', 'L' || i, 'l' || i || ', f', '1990-01-01', 'active', 'x', 'x' FROM n; ANALYZE;`);
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT count(*) FROM clients WHERE record_status = 'active' AND flag_safety_concern = 1`,
        )
        .all() as { detail: string }[]
    )
      .map((p) => p.detail)
      .join(' ');
    expect(plan).toMatch(/clients_flag_safety/);
    expect(
      db.prepare(`SELECT doc FROM client_search_vocab WHERE col = 'names' AND term = 'dia'`).pluck().get(),
    ).toBe(1);
    db.close();
  });
});
