import type { ClientFields, ClientRecord } from '../../shared/contracts/clients';
import type { ClientFlag, RiskLevel } from '../../shared/domain/clients';
import { CLIENT_FLAGS, overallStatus } from '../../shared/domain/clients';

/**
 * The clients table, written once. Every field of the client form (clientFieldsSchema) says here
 * where it is kept; the row type, the INSERT and UPDATE column lists (repository.ts), both
 * mappings and the caseload's summary columns are derived from this, so a new field is one line
 * here (and its migration). Which kind of record a field is (contact, demographics, clinical) is
 * shared with the renderer, so it lives with the schema: CLIENT_RECORD_KINDS and CLIENT_FLAG_KINDS.
 *
 * Columns are named after their field in snake_case (`legalFirstName` → `legal_first_name`), and
 * flags after `flag_` and the flag (`part2Protected` → `flag_part2_protected`).
 */

/** How a value sits in its SQLite column, and how it comes back. */
const STORAGE = {
  /** Text as it is; a vocabulary's code stays its code. */
  text: { write: (value: unknown) => value, read: (value: unknown) => value },
  /** Text or SQL NULL. */
  nullableText: { write: (value: unknown) => value ?? null, read: (value: unknown) => value ?? null },
  /** SQLite has no booleans: 0 or 1. */
  boolean: { write: (value: unknown) => (value ? 1 : 0), read: (value: unknown) => value === 1 },
  /** A list or an object, as JSON text. */
  json: {
    write: (value: unknown) => JSON.stringify(value),
    read: (value: unknown) => JSON.parse(value as string),
  },
} as const;
type Storage = keyof typeof STORAGE;

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

type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;
const snakeCase = <S extends string>(name: S) =>
  name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`) as SnakeCase<S>;

/** The column type a storage gives a value of type T: text keeps its type (codes stay codes). */
type Stored<T, S> = S extends 'boolean' ? number : S extends 'json' ? string : T;

type FieldStorage = typeof FIELD_STORAGE;
type ColumnField = {
  [K in keyof FieldStorage]: FieldStorage[K] extends Storage ? K : never;
}[keyof FieldStorage];
type RecordColumnField = keyof typeof RECORD_STORAGE;

export type FlagColumn = `flag_${SnakeCase<ClientFlag>}`;
export const flagColumn = (flag: ClientFlag): FlagColumn => `flag_${snakeCase(flag)}`;
export const FLAG_COLUMNS: readonly FlagColumn[] = CLIENT_FLAGS.map(flagColumn);

export const RISK_RANK: Record<RiskLevel, number> = { unknown: 0, low: 1, moderate: 2, high: 3 };
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
export type ClientRow = {
  [K in ColumnField as SnakeCase<K>]: Stored<ClientFields[K], FieldStorage[K]>;
} & Record<FlagColumn, number> & {
    [K in RecordColumnField as SnakeCase<K>]: ClientRecord[K];
  } & ReturnType<typeof derivedColumns>;
export type ClientColumn = keyof ClientRow & string;

const isColumnField = (field: keyof FieldStorage): field is ColumnField =>
  FIELD_STORAGE[field] !== 'rows' && FIELD_STORAGE[field] !== 'flags';
const FIELD_COLUMNS = (Object.keys(FIELD_STORAGE) as (keyof FieldStorage)[])
  .filter(isColumnField)
  .map((field) => ({ field, column: snakeCase(field), storage: FIELD_STORAGE[field] }));
const RECORD_COLUMNS = (Object.keys(RECORD_STORAGE) as RecordColumnField[]).map((field) => ({
  field,
  column: snakeCase(field),
  storage: RECORD_STORAGE[field],
}));

type WrittenColumn = SnakeCase<ColumnField> | FlagColumn | (typeof DERIVED_COLUMNS)[number];
/** Every column a save writes from the form, in one fixed order (INSERT and UPDATE use it). */
export const WRITTEN_COLUMNS: readonly WrittenColumn[] = [
  ...FIELD_COLUMNS.map((c) => c.column),
  ...FLAG_COLUMNS,
  ...DERIVED_COLUMNS,
];
/** Every column this module reads or writes, for the test that holds it to the table. */
export const CLIENT_COLUMNS: readonly ClientColumn[] = [
  ...WRITTEN_COLUMNS,
  ...RECORD_COLUMNS.map((c) => c.column),
];

/** The values of WRITTEN_COLUMNS for a form's fields, as named parameters (`@client_number`). */
export function rowFromFields(fields: ClientFields): Record<WrittenColumn, unknown> {
  const row: Record<string, unknown> = {};
  for (const { field, column, storage } of FIELD_COLUMNS) row[column] = STORAGE[storage].write(fields[field]);
  for (const flag of CLIENT_FLAGS) row[flagColumn(flag)] = STORAGE.boolean.write(fields.flags[flag]);
  return { ...row, ...derivedColumns(fields) } as Record<WrittenColumn, unknown>;
}

/** A stored client as the record the screens receive (child rows read by the repository). */
export function recordFromRow(
  row: ClientRow,
  enrollments: ClientFields['enrollments'],
  assignedWorkers: { accountId: string; fullName: string }[],
): ClientRecord {
  const stored = row as unknown as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  for (const { field, column, storage } of FIELD_COLUMNS)
    record[field] = STORAGE[storage].read(stored[column]);
  record.flags = Object.fromEntries(
    CLIENT_FLAGS.map((flag) => [flag, STORAGE.boolean.read(stored[flagColumn(flag)])]),
  );
  record.enrollments = enrollments;
  record.assignedCaseManagerIds = assignedWorkers.map((w) => w.accountId);
  record.assignedWorkers = assignedWorkers;
  for (const { field, column, storage } of RECORD_COLUMNS)
    record[field] = STORAGE[storage].read(stored[column]);
  return record as ClientRecord;
}

/** `c.id, c.client_number, …`: a SELECT list of columns of `clients` under an alias. */
export const selectList = (alias: string, columns: readonly ClientColumn[]) =>
  columns.map((column) => `${alias}.${column}`).join(', ');
