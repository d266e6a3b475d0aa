import { describe, expect, it } from 'vitest';
import type { ClientFieldsInput } from '../../../src/shared/contracts/clients';
import { clientFieldsSchema, fieldsOfRecord } from '../../../src/shared/contracts/clients';
import { CLIENT_FLAGS } from '../../../src/shared/domain/clients';
import { insertAccount } from '../../../src/main/accounts/repository';
import { CLIENT_COLUMNS, FIELD_STORAGE, flagColumn } from '../../../src/main/clients/columns';
import { insertClient, readClient, updateClientRow } from '../../../src/main/clients/repository';
import { encryptedTestDatabase } from '../../helpers/db';

/**
 * The clients table is described once (src/main/clients/columns.ts): these tests hold that
 * description to the schema on one side and to the real table on the other, and send every field
 * through a real encrypted database and back.
 */
const AT = '2026-01-02T03:04:05.000Z';
const WORKER_A = '6f1c8a62-3b0e-4d7f-9a51-0c2e8b7d4a10';
const WORKER_B = '0b9e7d35-8c21-4f6a-b3d4-7e5a1c9f2b66';

function database() {
  const { db } = encryptedTestDatabase();
  for (const [id, fullName] of [
    [WORKER_A, 'Ada Worker'],
    [WORKER_B, 'Bo Worker'],
  ] as const)
    insertAccount(
      db,
      { id, username: fullName, fullName, role: 'case_manager', mustChangePassword: false },
      null,
      AT,
    );
  return db;
}

/** Every field away from its default, so a field that is not written or not read shows. */
const everyField: ClientFieldsInput = {
  clientNumber: 'X-77',
  legalFirstName: 'Amara',
  legalLastName: 'Okafor',
  preferredName: 'Mara',
  pronouns: 'she/her',
  birthDate: '1979-12-31',
  sexAtBirth: 'female',
  genderIdentity: 'woman',
  preferredLanguage: 'Igbo',
  interpreterNeeded: true,
  phones: [
    { kind: 'home', number: '555 010 2000' },
    { kind: 'work', number: '+1 (555) 010-3000 x12' },
  ],
  email: 'amara@example.org',
  address: { line1: '1 Elm St', line2: 'Apt 2', city: 'Springfield', region: 'ST', postalCode: '01234' },
  livingSituation: 'supported_housing',
  enrollments: [
    { program: 'Housing Support', status: 'on_hold', startDate: '2024-01-01', endDate: null },
    { program: 'Peer Support', status: 'discharged', startDate: '2023-01-01', endDate: '2023-06-30' },
  ],
  assignedCaseManagerIds: [WORKER_A, WORKER_B],
  insurance: [
    { type: 'medicaid', memberId: 'M-1' },
    { type: 'snap', memberId: '' },
  ],
  riskLevel: 'high',
  flags: Object.fromEntries(CLIENT_FLAGS.map((flag) => [flag, true])),
};

describe('the clients column definition', () => {
  it('has exactly the schema’s fields, and every column it names is in the table', () => {
    expect(Object.keys(FIELD_STORAGE).sort()).toEqual(Object.keys(clientFieldsSchema.shape).sort());
    const db = database();
    const table = (
      db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('clients') as string[]
    ).sort();
    expect(table).toEqual(expect.arrayContaining([...CLIENT_COLUMNS]));
    // Every column of the table is either described or bookkeeping the repository writes itself.
    const bookkeeping = ['created_by', 'updated_by'];
    expect(table.filter((column) => !CLIENT_COLUMNS.includes(column as never))).toEqual(bookkeeping);
  });

  it('stores every field and reads it back unchanged, on insert and on update', () => {
    const db = database();
    const fields = clientFieldsSchema.parse(everyField);
    insertClient(db, 'client-1', fields, WORKER_A, AT);
    const created = readClient(db, 'client-1');
    expect(created && fieldsOfRecord(created)).toEqual(fields);
    expect(created).toMatchObject({
      id: 'client-1',
      status: 'on_hold',
      recordStatus: 'active',
      createdAt: AT,
    });

    // Back to every default but the required fields: each column is rewritten, not left as it was.
    const blank = clientFieldsSchema.parse({
      legalFirstName: 'A',
      legalLastName: 'B',
      birthDate: '2000-02-29',
    });
    updateClientRow(db, 'client-1', blank, WORKER_B, '2026-02-01T00:00:00.000Z');
    const updated = readClient(db, 'client-1');
    expect(updated && fieldsOfRecord(updated)).toEqual(blank);
    expect(updated).toMatchObject({ status: 'referred', updatedAt: '2026-02-01T00:00:00.000Z' });
  });

  it.each(CLIENT_FLAGS)('keeps the flag %s in its own column', (flag) => {
    const db = database();
    const fields = clientFieldsSchema.parse({ ...everyField, flags: { [flag]: true } });
    insertClient(db, 'client-1', fields, WORKER_A, AT);
    const row = db.prepare('SELECT * FROM clients WHERE id = ?').get('client-1') as Record<string, unknown>;
    for (const other of CLIENT_FLAGS) expect(row[flagColumn(other)], other).toBe(other === flag ? 1 : 0);
    const read = readClient(db, 'client-1');
    expect(Object.entries(read?.flags ?? {}).filter(([, on]) => on)).toEqual([[flag, true]]);
  });
});
