import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { valueOfDisplay } from '../../../src/main/db/migrations/0009-structured-history';
import { encryptedTestDatabase } from '../../helpers/db';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

/** Display strings exactly as the version-8 history code wrote them, and what each must become. */
const OLD_ROWS: [field: string, from: string | null, to: string | null, value: [unknown, unknown]][] = [
  ['legalLastName', null, 'Diaz', [null, 'Diaz']],
  ['flags.part2Protected', 'false', 'true', [false, true]],
  ['interpreterNeeded', null, 'true', [null, true]],
  ['riskLevel', 'low', 'high', ['low', 'high']],
  ['sexAtBirth', null, 'female', [null, 'female']],
  ['birthDate', '1990-01-01', '1990-01-02', ['1990-01-01', '1990-01-02']],
  [
    'phones',
    'mobile 555-0100',
    'mobile 555-0100; home (555) 010 1234 x12',
    [
      [{ kind: 'mobile', number: '555-0100' }],
      [
        { kind: 'mobile', number: '555-0100' },
        { kind: 'home', number: '(555) 010 1234 x12' },
      ],
    ],
  ],
  [
    'insurance',
    null,
    'medicaid 123; private',
    [
      null,
      [
        { type: 'medicaid', memberId: '123' },
        { type: 'private', memberId: '' },
      ],
    ],
  ],
  [
    'enrollments',
    'Housing Support waitlist',
    'Housing Support active 2024-01-01 2024-06-30',
    [
      [{ program: 'Housing Support', status: 'waitlist', startDate: null, endDate: null }],
      [{ program: 'Housing Support', status: 'active', startDate: '2024-01-01', endDate: '2024-06-30' }],
    ],
  ],
  [
    'assignedCaseManagers',
    'Cam Manager',
    'Cam Manager; Dee Manager',
    [['Cam Manager'], ['Cam Manager', 'Dee Manager']],
  ],
  ['kind', null, 'care_team', [null, 'care_team']],
  ['mayContact', 'false', 'true', [false, true]],
  ['merged_in', null, 'Jon Smith (C-2): typo at intake', [null, 'Jon Smith (C-2): typo at intake']],
  // Cannot be read back for certain: kept verbatim, marked as legacy text.
  ['address', null, '12 Main St, Springfield', [null, { legacyText: '12 Main St, Springfield' }]],
  [
    'enrollments',
    null,
    'Peer Support active 2024-01-01', // start or end date? blank parts were dropped
    [null, { legacyText: 'Peer Support active 2024-01-01' }],
  ],
  ['riskLevel', null, 'extreme', [null, { legacyText: 'extreme' }]],
  ['phones', null, 'pager 555-0100', [null, { legacyText: 'pager 555-0100' }]],
  ['someFutureField', null, 'x', [null, { legacyText: 'x' }]],
];

describe('migration 0009: structured history', () => {
  it('turns a version-8 clinic’s display strings into values, keeps what it cannot read as legacy text, and stays append-only', () => {
    const { db: before, file, dir, key } = encryptedTestDatabase(upTo(8));
    before.exec(`
      INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
        VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x');
    `);
    const insert = before.prepare(
      `INSERT INTO client_history (id, client_id, at, actor_name, entity, entity_id, entity_label, field, old_value, new_value)
       VALUES (?, 'c1', 'x', 'Cam', 'client', 'c1', 'Ana Diaz', ?, ?, ?)`,
    );
    OLD_ROWS.forEach(([field, from, to], index) =>
      insert.run(`h${String(index).padStart(2, '0')}`, field, from, to),
    );
    before.close();

    const { db, migration } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre'),
      migrations: upTo(9),
    });
    expect(migration).toMatchObject({ from: 8, to: 9 });
    expect(schemaVersion(db)).toBe(9);
    const rows = db.prepare('SELECT field, old_value, new_value FROM client_history ORDER BY id').all() as {
      field: string;
      old_value: string | null;
      new_value: string | null;
    }[];
    expect(rows).toHaveLength(OLD_ROWS.length);
    const read = (text: string | null) => (text === null ? null : (JSON.parse(text) as unknown));
    rows.forEach((row, index) => {
      const [field, , , [from, to]] = OLD_ROWS[index]!;
      expect({ field: row.field, from: read(row.old_value), to: read(row.new_value) }).toEqual({
        field,
        from,
        to,
      });
    });

    // Still append-only, and from now on only JSON goes in.
    expect(() => db.prepare(`UPDATE client_history SET field = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM client_history`).run()).toThrow(/append-only/);
    const add = (value: string) =>
      db
        .prepare(
          `INSERT INTO client_history (id, client_id, at, entity, entity_id, entity_label, field, old_value, new_value)
           VALUES (?, 'c1', 'y', 'client', 'c1', 'Ana Diaz', 'riskLevel', NULL, ?)`,
        )
        .run(`new-${value}`, value);
    expect(() => add('high')).toThrow(/must be JSON/);
    add('"high"');
    db.close();
  });
});

/** The version-8 display function (src/main/clients/history.ts before migration 9), verbatim. */
function oldDisplay(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const parts = value.map((item) =>
      typeof item === 'object' && item !== null
        ? Object.values(item as Record<string, unknown>)
            .filter((v) => v !== null && v !== '')
            .join(' ')
        : String(item),
    );
    return parts.length ? parts.join('; ') : null;
  }
  if (typeof value === 'object') {
    const parts = Object.values(value as Record<string, unknown>).filter((v) => v !== null && v !== '');
    return parts.length ? parts.join(', ') : null;
  }
  return String(value);
}

describe('migration 0009 reads back what version 8 wrote', () => {
  it.each([
    ['phones', [{ kind: 'work', number: '+1 (555) 010-0000 ext. 4' }]],
    ['insurance', [{ type: 'va', memberId: 'A 12' }]],
    [
      'enrollments',
      [{ program: 'Adult Case Management', status: 'on_hold', startDate: null, endDate: null }],
    ],
    ['livingSituation', 'hospital_or_institution'],
    ['careRole', 'probation_officer'],
    ['isPrimary', true],
    ['notes', 'true'], // a note that says "true" is text, not a yes
  ])('%s', (field, value) => {
    expect(valueOfDisplay(field, oldDisplay(value) as string)).toEqual(value);
  });
});
