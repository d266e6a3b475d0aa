import { RISK_RANK } from '../../shared/domain/risk';
import type { ClientFields, ClientRecord } from '../../shared/contracts/clients';
import type { ClientFlag } from '../../shared/domain/clients';
import { CLIENT_FLAGS, overallStatus } from '../../shared/domain/clients';
import type { ColumnOf, RowOf, SnakeCase, Storage } from '../db/columns';
import { STORAGE, describeColumns, snakeCase } from '../db/columns';

/**
 * The clients table, written once. Every field of the client form (clientFieldsSchema) says here
 * where it is kept; the row type, the INSERT and UPDATE column lists (repository.ts), both
 * mappings and the caseload's summary columns are derived from this, so a new field is one line
 * here (and its migration). Which kind of record a field is (contact, demographics, clinical) is
 * shared with the renderer, so it lives with the schema: CLIENT_RECORD_KINDS and CLIENT_FLAG_KINDS.
 *
 * Columns are named after their field in snake_case (`legalFirstName` → `legal_first_name`, see
 * src/main/db/columns.ts), and flags after `flag_` and the flag (`flag_part2_protected`).
 */

/**
 * Every field of the form and where it is kept: a column with its storage, `rows` (a table of
 * its own, written by repository.ts: client_enrollments, client_assignments), or `flags` (one
 * boolean column per flag of CLIENT_FLAGS). The type refuses a field of the schema left out.
 */
export const FIELD_STORAGE = {
  clientNumber: 'text',
  legalFirstName: 'text',
  legalLastName: 'text',
  preferredName: 'text',
  pronouns: 'text',
  birthDate: 'text',
  sexAtBirth: 'text',
  genderIdentity: 'text',
  preferredLanguage: 'text',
  interpreterNeeded: 'boolean',
  phones: 'json',
  email: 'text',
  address: 'json',
  livingSituation: 'text',
  enrollments: 'rows',
  assignedCaseManagerIds: 'rows',
  insurance: 'json',
  riskLevel: 'text',
  flags: 'flags',
} as const satisfies Record<keyof ClientFields, Storage | 'rows' | 'flags'>;

/** The record's own columns: read into every record, never written from the form. */
const RECORD_STORAGE = {
  id: 'text',
  status: 'text',
  recordStatus: 'text',
  mergedIntoId: 'nullableText',
  lastContactAt: 'nullableText',
  createdAt: 'text',
  updatedAt: 'text',
} as const satisfies Partial<Record<keyof ClientRecord, Storage>>;

const fieldColumns = describeColumns<ClientFields, typeof FIELD_STORAGE>(FIELD_STORAGE);
const recordColumns = describeColumns<ClientRecord, typeof RECORD_STORAGE>(RECORD_STORAGE);

export type FlagColumn = `flag_${SnakeCase<ClientFlag>}`;
export const flagColumn = (flag: ClientFlag): FlagColumn => `flag_${snakeCase(flag)}`;
export const FLAG_COLUMNS: readonly FlagColumn[] = CLIENT_FLAGS.map(flagColumn);

// One order for every risk level, shared with the assessments' risk history.
export { RISK_RANK };
export const sortNameOf = (first: string, last: string) => `${last}, ${first}`.toLocaleLowerCase('en');

/** Columns computed from the form on every write, for the caseload's sorts and filters. */
function derivedColumns(fields: ClientFields) {
  return {
    sort_name: sortNameOf(fields.legalFirstName, fields.legalLastName),
    risk_rank: RISK_RANK[fields.riskLevel],
    status: overallStatus(fields.enrollments),
  };
}
const DERIVED_COLUMNS = ['sort_name', 'risk_rank', 'status'] as const;

/** A clients row as SQLite returns it (bookkeeping columns nobody reads left out). */
export type ClientRow = RowOf<ClientFields, typeof FIELD_STORAGE> &
  Record<FlagColumn, number> &
  RowOf<ClientRecord, typeof RECORD_STORAGE> &
  ReturnType<typeof derivedColumns>;
export type ClientColumn = keyof ClientRow & string;

type WrittenColumn = ColumnOf<typeof FIELD_STORAGE> | FlagColumn | (typeof DERIVED_COLUMNS)[number];
/** Every column a save writes from the form, in one fixed order (INSERT and UPDATE use it). */
export const WRITTEN_COLUMNS: readonly WrittenColumn[] = [
  ...fieldColumns.columns,
  ...FLAG_COLUMNS,
  ...DERIVED_COLUMNS,
];
/** Every column this module reads or writes, for the test that holds it to the table. */
export const CLIENT_COLUMNS: readonly ClientColumn[] = [...WRITTEN_COLUMNS, ...recordColumns.columns];

/** The values of WRITTEN_COLUMNS for a form's fields, as named parameters (`@client_number`). */
export function rowFromFields(fields: ClientFields): Record<WrittenColumn, unknown> {
  const flags = Object.fromEntries(
    CLIENT_FLAGS.map((flag) => [flagColumn(flag), STORAGE.boolean.write(fields.flags[flag])]),
  ) as Record<FlagColumn, number>;
  return { ...fieldColumns.write(fields), ...flags, ...derivedColumns(fields) };
}

/** A stored client as the record the screens receive (child rows read by the repository). */
export function recordFromRow(
  row: ClientRow,
  enrollments: ClientFields['enrollments'],
  assignedWorkers: { accountId: string; fullName: string }[],
): ClientRecord {
  const flags = Object.fromEntries(
    CLIENT_FLAGS.map((flag) => [flag, STORAGE.boolean.read(row[flagColumn(flag)])]),
  ) as ClientRecord['flags'];
  return {
    ...recordColumns.read(row),
    ...fieldColumns.read(row),
    flags,
    enrollments,
    assignedCaseManagerIds: assignedWorkers.map((w) => w.accountId),
    assignedWorkers,
  };
}

/** `c.id, c.client_number, …`: a SELECT list of columns of `clients` under an alias. */
export const selectList = (alias: string, columns: readonly ClientColumn[]) =>
  columns.map((column) => `${alias}.${column}`).join(', ');
