/**
 * A table's columns described once, by field: `{ legalFirstName: 'text', interpreterNeeded:
 * 'boolean', phones: 'json' }`. From that one description come the row type, the column lists a
 * repository's INSERT and UPDATE name, and the mapping both ways. Each column is named after its
 * field in snake_case (`legalFirstName` → `legal_first_name`). The SQL stays in the repository;
 * this module only knows how values are kept. The pattern in full: src/main/clients/columns.ts.
 */

/** How a value sits in its SQLite column, and how it comes back. */
export const STORAGE = {
  /** Text as it is; a vocabulary's code stays its code. */
  text: { write: (value: unknown) => value, read: (value: unknown) => value },
  /** Text or SQL NULL. */
  nullableText: { write: (value: unknown) => value ?? null, read: (value: unknown) => value ?? null },
  /** SQLite has no booleans: 0 or 1. */
  boolean: { write: (value: unknown) => (value ? 1 : 0), read: (value: unknown) => value === 1 },
  /** A list or an object, as JSON text. */
  json: {
    write: (value: unknown) => JSON.stringify(value),
    read: (value: unknown) => JSON.parse(value as string) as unknown,
  },
} as const;
export type Storage = keyof typeof STORAGE;

export type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;
export const snakeCase = <S extends string>(name: S) =>
  name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`) as SnakeCase<S>;

/** The column type a storage gives a value of type T: text keeps its type (codes stay codes). */
export type Stored<T, S> = S extends 'boolean' ? number : S extends 'json' ? string : T;

/** Which of a description's fields are kept in a column (others, e.g. 'rows', are not). */
type StoredField<M> = { [K in keyof M]: M[K] extends Storage ? K : never }[keyof M] & string;

/** The row SQLite returns for the described fields of F. */
export type RowOf<F, M> = {
  [K in StoredField<M> & keyof F as SnakeCase<K>]: Stored<F[K], M[K]>;
};
export type ColumnOf<M> = SnakeCase<StoredField<M>>;

/**
 * The columns of a description, and both mappings. Fields described by anything but a Storage
 * (a child table, say) are the caller's to write and read.
 */
export function describeColumns<F, const M extends { [K in keyof F]?: unknown }>(description: M) {
  const columns = (Object.keys(description) as (keyof M & string)[])
    .filter((field) => (description[field] as string) in STORAGE)
    .map((field) => ({ field, column: snakeCase(field), storage: description[field] as Storage }));
  return {
    /** The column names, in the description's order. */
    columns: columns.map((c) => c.column) as ColumnOf<M>[],
    /** The described fields' values as column values (named parameters `@legal_first_name`). */
    write(fields: F): Record<ColumnOf<M>, unknown> {
      const row: Record<string, unknown> = {};
      for (const { field, column, storage } of columns)
        row[column] = STORAGE[storage].write(fields[field as keyof F]);
      return row as Record<ColumnOf<M>, unknown>;
    },
    /** The described fields read back from a row. */
    read(row: RowOf<F, M>): Pick<F, StoredField<M> & keyof F> {
      const stored = row as Record<string, unknown>;
      const fields: Record<string, unknown> = {};
      for (const { field, column, storage } of columns) fields[field] = STORAGE[storage].read(stored[column]);
      return fields as Pick<F, StoredField<M> & keyof F>;
    },
  };
}

/** `a, b, c` — the columns of an INSERT. */
export const columnList = (columns: readonly string[]) => columns.join(', ');
/** `@a, @b, @c` — their named values. */
export const namedValues = (columns: readonly string[]) => columns.map((column) => `@${column}`).join(', ');
/** `a = @a, b = @b` — an UPDATE's SET list. */
export const assignments = (columns: readonly string[]) =>
  columns.map((column) => `${column} = @${column}`).join(', ');
