import type { z } from 'zod';
import type { Contact, contactFieldsSchema } from '../../shared/contracts/care-team';
import { appendAudit } from '../audit/service';
import { actorOf } from '../auth/service';
import { contactFor } from '../access/projections';
import { AccessPolicy, policyOf } from '../access/policy';
import { auditClientRead } from '../access/read-audit';
import { diffFields, recordHistory } from '../clients/history';
import { clientIdsJson, keptClientId } from '../clients/merged';
import { findClientRow } from '../clients/repository';
import type { Session, Workstation } from '../core/workstation';
import type { Db } from '../db/open';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';

type ContactFields = z.output<typeof contactFieldsSchema>;

interface ContactRow {
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

const toContact = (r: ContactRow): Contact => ({
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

/** Changing the care team needs the clinical file: it holds roles and notes that reveal treatment. */
function requireContactAccess(db: Db, session: Session, clientId: string, now: Date): void {
  if (!findClientRow(db, clientId)) throw notFound('That client');
  // A row of a merged duplicate belongs to the kept client's file: access is to that file.
  new AccessPolicy(db, session.account, now).require(keptClientId(db, clientId), 'clinical', 'read');
}

const findRow = (db: Db, id: string) =>
  (db.prepare(`SELECT * FROM client_contacts WHERE id = ? AND status = 'active'`).get(id) as
    ContactRow | undefined) ?? null;

/** Every active contact of a client, unfiltered: for code that already asked the policy (exports). */
export function readContacts(db: Db, clientId: string): Contact[] {
  return (
    db
      .prepare(
        `SELECT * FROM client_contacts WHERE client_id IN (SELECT value FROM json_each(?)) AND status = 'active' ORDER BY kind, name`,
      )
      .all(clientIdsJson(db, clientId)) as ContactRow[]
  ).map(toContact);
}

/** The contacts this viewer may see, each with the fields they may see; the view is audited. */
export function listContacts(ws: Workstation, clientId: string): Contact[] {
  const db = ws.database();
  if (!findClientRow(db, clientId)) throw notFound('That client');
  const policy = policyOf(ws);
  const kinds = policy.kindsFor(policy.relationshipTo(clientId), 'read');
  if (!kinds.has('contact')) policy.require(clientId, 'contact', 'read');
  const contacts = readContacts(db, clientId)
    .map((contact) => contactFor(contact, kinds))
    .filter((contact): contact is Contact => contact !== null);
  auditClientRead(db, policy, 'client.care_team_viewed', {
    subject: clientId,
    details: { count: contacts.length },
  });
  return contacts;
}

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

function historyOf(
  ws: Workstation,
  session: Session,
  clientId: string,
  contactId: string,
  label: string,
  changes: ReturnType<typeof diffFields>,
) {
  recordHistory(
    ws.database(),
    {
      clientId,
      entity: 'contact',
      entityId: contactId,
      entityLabel: label,
      actorId: session.account.id,
      actorName: session.account.fullName,
      at: ws.now().toISOString(),
    },
    changes,
  );
}

export function addContact(ws: Workstation, input: { clientId: string; contact: ContactFields }): Contact {
  const session = ws.requireSession();
  const db = ws.database();
  requireContactAccess(db, session, input.clientId, ws.now());
  const id = newId();
  const at = ws.now().toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO client_contacts (id, client_id, kind, care_role, name, relationship, organisation, phone, email, may_contact,
         consent_date, notes, created_at, created_by, updated_at, updated_by)
       VALUES (@id, @clientId, @kind, @care_role, @name, @relationship, @organisation, @phone, @email, @may_contact,
         @consent_date, @notes, @at, @by, @at, @by)`,
    ).run({ id, clientId: input.clientId, ...columnsOf(input.contact), at, by: session.account.id });
    historyOf(ws, session, input.clientId, id, input.contact.name, diffFields(null, input.contact));
    appendAudit(
      db,
      {
        action: 'contact.added',
        actor: actorOf(session.account),
        subject: input.clientId,
        details: { contactId: id },
      },
      ws.now(),
    );
  })();
  return toContact(findRow(db, id) as ContactRow);
}

export function updateContact(ws: Workstation, input: { id: string; contact: ContactFields }): Contact {
  const session = ws.requireSession();
  const db = ws.database();
  const before = findRow(db, input.id);
  if (!before) throw notFound('That contact');
  requireContactAccess(db, session, before.client_id, ws.now());
  const at = ws.now().toISOString();
  db.transaction(() => {
    db.prepare(
      `UPDATE client_contacts SET kind = @kind, care_role = @care_role, name = @name, relationship = @relationship,
         organisation = @organisation, phone = @phone, email = @email, may_contact = @may_contact,
         consent_date = @consent_date, notes = @notes, updated_at = @at, updated_by = @by WHERE id = @id`,
    ).run({ id: input.id, ...columnsOf(input.contact), at, by: session.account.id });
    const { id: _i, clientId: _c, updatedAt: _u, ...old } = toContact(before);
    historyOf(ws, session, before.client_id, input.id, input.contact.name, diffFields(old, input.contact));
    appendAudit(
      db,
      {
        action: 'contact.updated',
        actor: actorOf(session.account),
        subject: before.client_id,
        details: { contactId: input.id },
      },
      ws.now(),
    );
  })();
  return toContact(findRow(db, input.id) as ContactRow);
}

export function removeContact(ws: Workstation, input: { id: string; reason: string }): null {
  const session = ws.requireSession();
  const db = ws.database();
  const before = findRow(db, input.id);
  if (!before) throw notFound('That contact');
  requireContactAccess(db, session, before.client_id, ws.now());
  if (!input.reason.trim())
    throw new DomainError('invalid_input', 'Say why the contact is removed.', {
      reason: 'validation.required',
    });
  db.transaction(() => {
    db.prepare(
      `UPDATE client_contacts SET status = 'removed', removed_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(input.reason, ws.now().toISOString(), session.account.id, input.id);
    historyOf(ws, session, before.client_id, input.id, before.name, [
      { field: 'removed', from: null, to: input.reason },
    ]);
    appendAudit(
      db,
      {
        action: 'contact.removed',
        actor: actorOf(session.account),
        subject: before.client_id,
        details: { contactId: input.id },
      },
      ws.now(),
    );
  })();
  return null;
}
