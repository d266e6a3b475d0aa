import type { Db } from '../db/open';

/** A client as the audit trail names it: legal name and client ID. */
export interface NamedClientRow {
  id: string;
  client_number: string;
  legal_first_name: string;
  legal_last_name: string;
}

/** A staff account, found by its id or by the username recorded (failed sign-ins, account changes). */
export interface NamedAccountRow {
  id: string;
  username: string;
  full_name: string;
}

/** The clients among `ids` (merged duplicates included: their own name and ID). */
export const clientsAmong = (db: Db, ids: readonly string[]): NamedClientRow[] =>
  ids.length === 0
    ? []
    : (db
        .prepare(
          `SELECT id, client_number, legal_first_name, legal_last_name FROM clients
            WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(ids)) as NamedClientRow[]);

/** The accounts whose id or username is among `keys` (usernames compare without case). */
export const accountsAmong = (db: Db, keys: readonly string[]): NamedAccountRow[] =>
  keys.length === 0
    ? []
    : (db
        .prepare(
          `SELECT id, username, full_name FROM accounts
            WHERE id IN (SELECT value FROM json_each(@keys))
               OR username IN (SELECT value FROM json_each(@keys))`,
        )
        .all({ keys: JSON.stringify(keys) }) as NamedAccountRow[]);
