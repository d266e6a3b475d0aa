import { AccessPolicy } from '../../../src/main/access/policy';
import { describe, expect, it } from 'vitest';
import { insertAccount } from '../../../src/main/accounts/repository';
import { quickSearch } from '../../../src/main/caseload/repository';
import { findDuplicates } from '../../../src/main/clients/duplicates';
import { readClient } from '../../../src/main/clients/repository';
import { isSyntheticName } from '../../../src/main/demo/name-lists';
import { seedClinic } from '../../../src/main/demo/synthetic-clinic';
import { newId } from '../../../src/main/ids';
import { clientFieldsSchema } from '../../../src/shared/contracts/clients';
import { encryptedTestDatabase } from '../../helpers/db';

const NOW = new Date('2025-06-02T15:00:00.000Z');
const CLIENTS = 500;

/** A real encrypted clinic database with its administrator, seeded with 500 fake clients. */
function seeded(seed = 7) {
  const { db } = encryptedTestDatabase();
  insertAccount(
    db,
    { id: newId(), username: 'ada', fullName: 'Ada Admin', role: 'administrator', mustChangePassword: false },
    null,
    NOW.toISOString(),
  );
  const summary = seedClinic(db, { clients: CLIENTS, seed }, NOW);
  return { db, summary };
}

const ids = (db: ReturnType<typeof seeded>['db']) =>
  db.prepare('SELECT id FROM clients ORDER BY client_number').pluck().all() as string[];

describe('seedClinic', () => {
  it('writes the number of clients asked for, with staff to carry them', () => {
    const { db, summary } = seeded();
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(CLIENTS);
    expect(db.prepare('SELECT count(*) FROM client_search').pluck().get()).toBe(CLIENTS);
    expect(summary.staff.filter((s) => s.role === 'case_manager').length).toBeGreaterThanOrEqual(10);
    expect(summary.staff.some((s) => s.role === 'supervisor')).toBe(true);
    expect(summary.staff.some((s) => s.role === 'front_desk')).toBe(true);
    expect(summary.firstClientNumber).toBe('C-000001');
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'client_number_counter'`).pluck().get()).toBe(
      '500',
    );
    // Every client has one or two programs and one or two workers.
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM client_enrollments e WHERE e.client_id = c.id) AS programs,
                (SELECT count(*) FROM client_assignments a WHERE a.client_id = c.id) AS workers FROM clients c`,
      )
      .all() as { programs: number; workers: number }[];
    expect(counts.every((c) => c.programs >= 1 && c.programs <= 2 && c.workers >= 1 && c.workers <= 2)).toBe(
      true,
    );
    db.close();
  });

  it('gives the same people for the same seed', () => {
    const a = seeded(11);
    const b = seeded(11);
    const first20 = (db: typeof a.db) =>
      db
        .prepare(
          'SELECT client_number, legal_first_name, legal_last_name, birth_date, status FROM clients ORDER BY client_number LIMIT 20',
        )
        .all();
    expect(first20(a.db)).toEqual(first20(b.db));
    expect(first20(a.db)).not.toEqual(first20(seeded(12).db));
  });

  it('spreads statuses as a clinic would', () => {
    const { db } = seeded();
    const rows = db.prepare('SELECT status, count(*) AS n FROM clients GROUP BY status').all() as {
      status: string;
      n: number;
    }[];
    const share = (status: string) => (rows.find((r) => r.status === status)?.n ?? 0) / CLIENTS;
    expect(Math.abs(share('active') - 0.6)).toBeLessThan(0.07);
    expect(Math.abs(share('waitlist') - 0.1)).toBeLessThan(0.045);
    expect(Math.abs(share('referred') - 0.08)).toBeLessThan(0.04);
    expect(Math.abs(share('on_hold') - 0.07)).toBeLessThan(0.04);
    expect(Math.abs(share('discharged') - 0.15)).toBeLessThan(0.05);
  });

  it('writes only clients that pass the client form schema, with fake names', () => {
    const { db, summary } = seeded();
    const planted = new Set(summary.nearDuplicates.map((p) => p.duplicateId));
    for (const id of ids(db)) {
      const record = readClient(db, id);
      expect(record).not.toBeNull();
      const {
        id: _id,
        status: _status,
        assignedWorkers: _workers,
        recordStatus: _recordStatus,
        mergedIntoId: _merged,
        lastContactAt: _lastContact,
        createdAt: _created,
        updatedAt: _updated,
        ...fields
      } = record as NonNullable<typeof record>;
      const parsed = clientFieldsSchema.safeParse(fields);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(
        isSyntheticName(fields.legalFirstName, fields.legalLastName, { allowOneTypo: planted.has(id) }),
      ).toBe(true);
    }
    expect(isSyntheticName('John', 'Smith', { allowOneTypo: true })).toBe(false);
    expect(isSyntheticName('Testina', 'Smith')).toBe(false);
  });

  it('lets quick search find a seeded client by a misspelled name', () => {
    const { db, summary } = seeded();
    const supervisor = summary.staff.find((s) => s.role === 'supervisor');
    const viewer = new AccessPolicy(
      db,
      { id: supervisor?.id ?? '', role: 'supervisor', fullName: 'Sage Supervisor' },
      new Date(),
    );
    const planted = new Set(summary.nearDuplicates.map((p) => p.duplicateId));
    const target = ids(db).filter((id) => !planted.has(id))[25] as string;
    const client = readClient(db, target);
    if (!client) throw new Error('missing client');
    const last = client.legalLastName;
    const misspelled = `${last.slice(0, 3)}${last[4]}${last[3]}${last.slice(5)}`;
    expect(misspelled.toLowerCase()).not.toBe(last.toLowerCase());
    const found = quickSearch(db, `${client.legalFirstName} ${misspelled}`, 10, viewer);
    expect(found.map((row) => row.id)).toContain(target);
  });

  it('plants near-duplicates that duplicate detection finds', () => {
    const { db, summary } = seeded();
    expect(summary.nearDuplicates.length).toBeGreaterThan(0);
    const foundPairs = summary.nearDuplicates.filter((pair) => {
      const duplicate = readClient(db, pair.duplicateId);
      if (!duplicate) return false;
      return findDuplicates(db, { ...duplicate, excludeId: duplicate.id }).some(
        (c) => c.id === pair.originalId,
      );
    });
    expect(foundPairs.length).toBeGreaterThanOrEqual(1);
    // Every kind of slip we plant is one the detector is meant to catch.
    expect(foundPairs.length).toBe(summary.nearDuplicates.length);
  });
});
