import type { z } from 'zod';
import type { Contact, contactFieldsSchema } from '../../shared/contracts/care-team';
import { clientIdsJson } from '../clients/repository';
import type { RowOf, Storage } from '../db/columns';
import { assignments, columnList, describeColumns, namedValues } from '../db/columns';
import type { Db } from '../db/open';

export type ContactFields = z.output<typeof contactFieldsSchema>;

/** Where each field of a contact is kept (columns named in snake_case, src/main/db/columns.ts). */
const CONTACT_STORAGE = {
  kind: 'text',
  careRole: 'nullableText',
  name: 'text',
  relationship: 'text',
  organisation: 'text',
  phone: 'text',
  email: 'text',
  mayContact: 'boolean',
  consentDate: 'nullableText',
  notes: 'text',
} as const satisfies Record<keyof ContactFields, Storage>;
const contactColumns = describeColumns<ContactFields, typeof CONTACT_STORAGE>(CONTACT_STORAGE);

export type ContactRow = RowOf<ContactFields, typeof CONTACT_STORAGE> & {
  id: string;
  client_id: string;
  status: 'active' | 'removed';
  updated_at: string;
};

export const toContact = (r: ContactRow): Contact => ({
  id: r.id,
  clientId: r.client_id,
  ...contactColumns.read(r),
  updatedAt: r.updated_at,
});

/** A role belongs to the care team only: another kind of contact keeps none. */
const columnsOf = (c: ContactFields) => ({
  ...contactColumns.write(c),
  care_role: c.kind === 'care_team' ? c.careRole : null,
});

const COLUMNS = contactColumns.columns;
const INSERT_CONTACT = `INSERT INTO client_contacts (id, client_id, ${columnList(COLUMNS)}, created_at, created_by, updated_at, updated_by)
  VALUES (@id, @clientId, ${namedValues(COLUMNS)}, @at, @by, @at, @by)`;
const UPDATE_CONTACT = `UPDATE client_contacts SET ${assignments(COLUMNS)}, updated_at = @at, updated_by = @by WHERE id = @id`;

export const findContactRow = (db: Db, id: string) =>
  (db.prepare(`SELECT * FROM client_contacts WHERE id = ? AND status = 'active'`).get(id) as
    ContactRow | undefined) ?? null;

/** Every active contact of a client, unfiltered: for code that already asked the policy (exports). */
export function readContacts(db: Db, clientId: string): Contact[] {
  return (
    (
      db
        .prepare(
          `SELECT * FROM client_contacts WHERE client_id IN (SELECT value FROM json_each(?)) AND status = 'active' ORDER BY kind, name`,
        )
        // The client's own contacts and those of every record merged into it.
        .all(clientIdsJson(db, clientId)) as ContactRow[]
    ).map(toContact)
  );
}

export function insertContact(
  db: Db,
  row: { id: string; clientId: string; contact: ContactFields; by: string; at: string },
): void {
  db.prepare(INSERT_CONTACT).run({
    id: row.id,
    clientId: row.clientId,
    ...columnsOf(row.contact),
    at: row.at,
    by: row.by,
  });
}

export function updateContactRow(db: Db, id: string, contact: ContactFields, by: string, at: string): void {
  db.prepare(UPDATE_CONTACT).run({ id, ...columnsOf(contact), at, by });
}

export function markContactRemoved(db: Db, id: string, reason: string, by: string, at: string): void {
  db.prepare(
    `UPDATE client_contacts SET status = 'removed', removed_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(reason, at, by, id);
}
