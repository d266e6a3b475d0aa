import type { Contact } from '../../shared/contracts/care-team';
import { contactFor } from '../access/projections';
import { auditClientRead } from '../access/read-audit';
import { diffFields } from '../clients/history';
import { findClientRow } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import { changeClientFile } from '../request/mutation';
import type { ContactFields, ContactRow } from './repository';
import {
  findContactRow,
  insertContact,
  markContactRemoved,
  readContacts,
  toContact,
  updateContactRow,
} from './repository';

export { readContacts } from './repository';

/** Changing the care team needs the clinical file: it holds roles and notes that reveal treatment. */
const CLINICAL_FILE = { kind: 'clinical', action: 'read' } as const;

function existingClient(ctx: RequestContext, clientId: string): void {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
}

function existingContact(ctx: RequestContext, id: string): ContactRow {
  const row = findContactRow(ctx.db, id);
  if (!row) throw notFound('contact');
  return row;
}

/** The contacts this viewer may see, each with the fields they may see; the view is audited. */
export function listContacts(ctx: RequestContext, clientId: string): Contact[] {
  existingClient(ctx, clientId);
  const { policy } = ctx;
  const kinds = policy.kindsFor(policy.relationshipTo(clientId), 'read');
  if (!kinds.has('contact')) policy.require(clientId, 'contact', 'read');
  const contacts = readContacts(ctx.db, clientId)
    .map((contact) => contactFor(contact, kinds))
    .filter((contact): contact is Contact => contact !== null);
  auditClientRead(ctx.db, policy, 'client.care_team_viewed', {
    subject: clientId,
    details: { count: contacts.length },
  });
  return contacts;
}

export function addContact(
  ctx: RequestContext,
  input: { clientId: string; contact: ContactFields },
): Contact {
  existingClient(ctx, input.clientId);
  const id = newId();
  changeClientFile(ctx, {
    clientId: input.clientId,
    requires: CLINICAL_FILE,
    write: () =>
      insertContact(ctx.db, {
        id,
        clientId: input.clientId,
        contact: input.contact,
        by: ctx.actor.id,
        at: ctx.now.toISOString(),
      }),
    history: () => ({
      target: { entity: 'contact', entityId: id, entityLabel: input.contact.name },
      changes: diffFields(null, input.contact),
    }),
    audit: () => ({ action: 'contact.added', details: { contactId: id } }),
  });
  return toContact(existingContact(ctx, id));
}

export function updateContact(ctx: RequestContext, input: { id: string; contact: ContactFields }): Contact {
  const before = existingContact(ctx, input.id);
  changeClientFile(ctx, {
    clientId: before.client_id,
    requires: CLINICAL_FILE,
    write: () => updateContactRow(ctx.db, input.id, input.contact, ctx.actor.id, ctx.now.toISOString()),
    history: () => {
      const { id: _i, clientId: _c, updatedAt: _u, ...old } = toContact(before);
      return {
        target: { entity: 'contact', entityId: input.id, entityLabel: input.contact.name },
        changes: diffFields(old, input.contact),
      };
    },
    audit: () => ({ action: 'contact.updated', details: { contactId: input.id } }),
  });
  return toContact(existingContact(ctx, input.id));
}

export function removeContact(ctx: RequestContext, input: { id: string; reason: string }): null {
  const before = existingContact(ctx, input.id);
  ctx.policy.require(before.client_id, CLINICAL_FILE.kind, CLINICAL_FILE.action);
  if (!input.reason.trim())
    throw new DomainError(
      'invalid_input',
      'Say why the contact is removed.',
      { reason: 'validation.required' },
      { messageKey: 'errors.contact_reason_required' },
    );
  changeClientFile(ctx, {
    clientId: before.client_id,
    write: () => markContactRemoved(ctx.db, input.id, input.reason, ctx.actor.id, ctx.now.toISOString()),
    history: () => ({
      target: { entity: 'contact', entityId: input.id, entityLabel: before.name },
      changes: [{ field: 'removed', from: null, to: input.reason }],
    }),
    audit: () => ({ action: 'contact.removed', details: { contactId: input.id } }),
  });
  return null;
}
