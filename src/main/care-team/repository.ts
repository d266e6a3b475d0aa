import type { z } from 'zod';
import type { Contact, contactFieldsSchema } from '../../shared/contracts/care-team';
import { clientIdsJson } from '../clients/repository';
import type { Db } from '../db/open';

export type ContactFields = z.output<typeof contactFieldsSchema>;

export interface ContactRow {
  id: string;
  client_id: string;
  kind: Contact['kind'];
  care_role: Contact['careRole'];
  name: string;
  relationship: string;
  organisation: string;
  phone: string;
  email: string;
  may_contact: number;
  consent_date: string | null;
  notes: string;
  status: 'active' | 'removed';
  updated_at: string;
}

export const toContact = (r: ContactRow): Contact => ({
  id: r.id,
  clientId: r.client_id,
  kind: r.kind,
  careRole: r.care_role,
  name: r.name,
  relationship: r.relationship,
  organisation: r.organisation,
  phone: r.phone,
  email: r.email,
  mayContact: r.may_contact === 1,
  consentDate: r.consent_date,
  notes: r.notes,
  updatedAt: r.updated_at,
});

const columnsOf = (c: ContactFields) => ({
  kind: c.kind,
  care_role: c.kind === 'care_team' ? c.careRole : null,
  name: c.name,
  relationship: c.relationship,
  organisation: c.organisation,
  phone: c.phone,
  email: c.email,
  may_contact: c.mayContact ? 1 : 0,
  consent_date: c.consentDate,
  notes: c.notes,
});

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
  db.prepare(
    `INSERT INTO client_contacts (id, client_id, kind, care_role, name, relationship, organisation, phone, email, may_contact,
       consent_date, notes, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @clientId, @kind, @care_role, @name, @relationship, @organisation, @phone, @email, @may_contact,
       @consent_date, @notes, @at, @by, @at, @by)`,
  ).run({ id: row.id, clientId: row.clientId, ...columnsOf(row.contact), at: row.at, by: row.by });
}

export function updateContactRow(db: Db, id: string, contact: ContactFields, by: string, at: string): void {
  db.prepare(
    `UPDATE client_contacts SET kind = @kind, care_role = @care_role, name = @name, relationship = @relationship,
       organisation = @organisation, phone = @phone, email = @email, may_contact = @may_contact,
       consent_date = @consent_date, notes = @notes, updated_at = @at, updated_by = @by WHERE id = @id`,
  ).run({ id, ...columnsOf(contact), at, by });
}

export function markContactRemoved(db: Db, id: string, reason: string, by: string, at: string): void {
  db.prepare(
    `UPDATE client_contacts SET status = 'removed', removed_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(reason, at, by, id);
}
