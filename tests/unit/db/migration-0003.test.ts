import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { schemaVersion } from '../../../src/main/db/migrate';
import { migration0001 } from '../../../src/main/db/migrations/0001-accounts-and-settings';
import { migration0002 } from '../../../src/main/db/migrations/0002-audit-log';
import { migration0003 } from '../../../src/main/db/migrations/0003-clients';
import { encryptedTestDatabase } from '../../helpers/db';

describe('migration 0003: clients', () => {
  it('upgrades a version-2 clinic with staff in it; client records are protected from deletion', () => {
    const { db, file, dir, key } = encryptedTestDatabase([migration0001, migration0002]);
    db.prepare(
      `INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x')`,
    ).run();
    db.close();
    const { db: upgraded, migration } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre'),
      migrations: [migration0001, migration0002, migration0003],
    });
    expect(migration).toMatchObject({ from: 2, to: 3 });
    expect(schemaVersion(upgraded)).toBe(3);
    expect(upgraded.prepare('SELECT full_name FROM accounts').pluck().get()).toBe('Cam');

    upgraded
      .prepare(
        `INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
         VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x')`,
      )
      .run();
    expect(() => upgraded.prepare('DELETE FROM clients').run()).toThrow(/never deleted/);
    expect(() => upgraded.prepare(`UPDATE clients SET status = 'gone'`).run()).toThrow(/CHECK/);
    expect(() =>
      upgraded.prepare(`INSERT INTO client_assignments VALUES ('c1', 'nobody', 'x', NULL)`).run(),
    ).toThrow(/FOREIGN KEY/);
    upgraded
      .prepare(
        `INSERT INTO client_history (id, client_id, at, entity, entity_id, entity_label, field) VALUES ('h1', 'c1', 'x', 'client', 'c1', 'Ana', 'f')`,
      )
      .run();
    expect(() => upgraded.prepare(`UPDATE client_history SET field = 'g'`).run()).toThrow(/append-only/);
    expect(() => upgraded.prepare('DELETE FROM client_history').run()).toThrow(/append-only/);
    upgraded
      .prepare(
        `INSERT INTO client_search (client_id, names, identifiers) VALUES ('c1', 'Ana Díaz', 'C-1 1990-01-01')`,
      )
      .run();
    expect(
      upgraded
        .prepare(`SELECT client_id FROM client_search WHERE client_search MATCH '"diaz"'`)
        .pluck()
        .all(),
    ).toEqual(['c1']);
    const plan = upgraded
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM clients WHERE record_status = 'active' ORDER BY sort_name LIMIT 100`,
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX clients_by_name/);
    upgraded.close();
  });
});
