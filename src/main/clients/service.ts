import type { z } from 'zod';
import type {
  ClientFields,
  ClientFile,
  ClientRecord,
  ClientFormFields,
  createClientInputSchema,
  duplicateCheckInputSchema,
  updateClientDetailsInputSchema,
  updateClientInputSchema,
} from '../../shared/contracts/clients';
import { CLIENT_RECORD_KINDS, fieldsOfRecord, formFieldsOfRecord } from '../../shared/contracts/clients';
import { CLIENT_FLAG_KINDS, type ClientFlag } from '../../shared/domain/clients';
import { activeStaffIds, fullNames } from '../accounts/repository';
import { clientFileFor } from '../access/projections';
import type { AccessPolicy } from '../access/policy';
import { auditClientRead } from '../access/read-audit';
import type { Db } from '../db/open';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import { changeClientFile } from '../request/mutation';
import { applyPatch, changedFields, patchedFields } from './changed-fields';
import { findDuplicates } from './duplicates';
import { diffFields, historyShape, readHistory } from './history';
import { clientNumberTaken, insertClient, nextClientNumber, readClient, updateClientRow } from './repository';

/**
 * Which fields an update changed, for the audit trail: non-clinical field names as they are,
 * clinical ones (risk, flags, programs) only counted — "the Part 2 flag changed" is itself
 * Part 2 information, and the audit trail is an administrator's screen.
 */
function isClinicalField(field: string): boolean {
  const kind = field.startsWith('flags.')
    ? CLIENT_FLAG_KINDS[field.slice('flags.'.length) as ClientFlag]
    : CLIENT_RECORD_KINDS[field as keyof typeof CLIENT_RECORD_KINDS];
  return kind === 'clinical' || kind === 'part2';
}
function auditedFields(fields: readonly string[]) {
  const clinical = fields.filter(isClinicalField);
  return {
    fields: fields.filter((field) => !isClinicalField(field)).join(', '),
    clinicalFields: clinical.length,
  };
}

type CreateInput = z.output<typeof createClientInputSchema>;
type UpdateInput = z.output<typeof updateClientInputSchema>;
type DetailsInput = z.output<typeof updateClientDetailsInputSchema>;

const displayName = (c: { legalFirstName: string; legalLastName: string }) =>
  `${c.legalFirstName} ${c.legalLastName}`;

/** Rules the schema cannot know: assigned workers exist and can carry a caseload; numbers are unique. */
function checkReferences(db: Db, fields: ClientFields, exceptId: string | null): void {
  const valid = activeStaffIds(db, fields.assignedCaseManagerIds);
  const unknown = fields.assignedCaseManagerIds.findIndex((id) => !valid.has(id));
  if (unknown >= 0) {
    throw new DomainError(
      'invalid_input',
      'A case manager chosen for this client is not an active case manager or supervisor.',
      {
        'client.assignedCaseManagerIds': 'validation.unknown_worker',
      },
      { messageKey: 'errors.unknown_case_manager' },
    );
  }
  if (fields.clientNumber && clientNumberTaken(db, fields.clientNumber, exceptId)) {
    throw new DomainError(
      'conflict',
      'Another client already has this client ID.',
      { 'client.clientNumber': 'validation.client_number_taken' },
      { messageKey: 'errors.client_number_taken' },
    );
  }
}

/** Possible duplicates are names and birth dates of other clients: a search, and audited as one. */
export function checkDuplicates(ctx: RequestContext, input: z.output<typeof duplicateCheckInputSchema>) {
  const { policy } = ctx;
  const found = findDuplicates(ctx.db, input).filter((candidate) =>
    policy.may(candidate.id, 'contact', 'search'),
  );
  auditClientRead(ctx.db, policy, 'clients.duplicates_checked', {
    ids: found.map((candidate) => candidate.id),
  });
  return found;
}

/**
 * Who is assigned is a supervisor's decision. A case manager may hand over or share a client on
 * their own caseload, but not assign anyone to a client they opened through their team or by
 * breaking the glass: otherwise an eight-hour grant could be made permanent by adding oneself.
 */
function checkAssignmentChange(
  policy: AccessPolicy,
  clientId: string,
  before: readonly string[],
  after: readonly string[],
) {
  const same = before.length === after.length && before.every((id) => after.includes(id));
  if (same || policy.mayReassign(clientId)) return;
  throw new DomainError(
    'forbidden',
    'Only a supervisor can change who is assigned to a client who is not on your own caseload.',
    { 'client.assignedCaseManagerIds': 'validation.assignment_needs_supervisor' },
    { messageKey: 'errors.assignment_needs_supervisor' },
  );
}

/**
 * A new client, whoever registers them: the change rules first (front desk sets contact details
 * only), then the references, then the duplicate check. Returns the new client's id.
 */
function addClient(ctx: RequestContext, input: CreateInput): string {
  const { db, actor, policy } = ctx;
  policy.requireChange(null, changedFields(null, input.client));
  // A new client's risk level is unknown until someone sets it, with a reason (its history).
  const fields: ClientFields = { ...input.client, riskLevel: 'unknown' };
  // A case manager's new client lands on their own caseload unless they chose someone else. One
  // registered by the front desk has nobody yet: it shows as unassigned for a supervisor to assign.
  if (fields.assignedCaseManagerIds.length === 0 && actor.role === 'case_manager')
    fields.assignedCaseManagerIds = [actor.id];
  checkReferences(db, fields, null);
  if (!input.duplicatesReviewed) {
    const candidates = findDuplicates(db, fields);
    if (candidates.length > 0) {
      throw new DomainError(
        'conflict',
        'This looks like a client who is already in Lantern. Review the possible matches first.',
        undefined,
        {
          possibleDuplicates: candidates.length,
          messageKey: 'errors.possible_duplicates',
        },
      );
    }
  }
  const id = newId();
  const at = ctx.now.toISOString();
  changeClientFile(ctx, {
    clientId: id,
    write: () => {
      if (!fields.clientNumber) fields.clientNumber = nextClientNumber(db, actor.id, at);
      insertClient(db, id, fields, actor.id, at);
    },
    history: () => ({
      target: { entity: 'client', entityId: id, entityLabel: displayName(fields) },
      changes: diffFields(null, historyShape(fields, fullNames(db, fields.assignedCaseManagerIds))),
    }),
    audit: () => ({ action: 'client.created', details: { clientNumber: fields.clientNumber } }),
  });
  return id;
}

/** `clients:create`: the new client's whole record, for clinical staff who may read all of it. */
export function createClient(ctx: RequestContext, input: CreateInput): ClientRecord {
  return readClient(ctx.db, addClient(ctx, input)) as ClientRecord;
}

/** `clients:register`: the same, answering only the new client's id and number. */
export function registerClient(ctx: RequestContext, input: CreateInput) {
  return savedClient(readClient(ctx.db, addClient(ctx, input)) as ClientRecord);
}

const savedClient = (record: ClientRecord) => ({
  id: record.id,
  clientNumber: record.clientNumber,
  updatedAt: record.updatedAt,
});

function activeClient(db: Db, id: string): ClientRecord {
  const before = readClient(db, id);
  if (!before || before.recordStatus !== 'active') throw notFound('client');
  return before;
}

function refuseStaleEdit(before: ClientRecord, expectedUpdatedAt: string): void {
  if (before.updatedAt === expectedUpdatedAt) return;
  throw new DomainError(
    'conflict',
    'Someone else saved changes to this client after you opened it. Your changes are still in the form: reload to see theirs, then save again.',
    undefined,
    {
      staleEdit: true,
      messageKey: 'errors.stale_edit',
    },
  );
}

/** Writes an edit that passed its checks: the row, its history and the audit entry, in one go. */
function saveEdit(ctx: RequestContext, before: ClientRecord, formFields: ClientFormFields): void {
  const { db, actor, policy } = ctx;
  // The risk level stays as it is: it changes only through its history (assessments:setRisk).
  const fields: ClientFields = {
    ...formFields,
    clientNumber: formFields.clientNumber || before.clientNumber,
    riskLevel: before.riskLevel,
  };
  checkReferences(db, fields, before.id);
  checkAssignmentChange(policy, before.id, before.assignedCaseManagerIds, fields.assignedCaseManagerIds);
  const changes = () => {
    const names = fullNames(db, [...before.assignedCaseManagerIds, ...fields.assignedCaseManagerIds]);
    return diffFields(historyShape(fieldsOfRecord(before), names), historyShape(fields, names));
  };
  changeClientFile(ctx, {
    clientId: before.id,
    write: () => {
      updateClientRow(db, before.id, fields, actor.id, ctx.now.toISOString());
      return changes();
    },
    history: (changed) => ({
      target: { entity: 'client', entityId: before.id, entityLabel: displayName(fields) },
      changes: changed,
    }),
    audit: (changed) => ({
      action: 'client.updated',
      details: auditedFields(changed.map((c) => c.field)),
    }),
  });
}

/** `clients:update`: the whole form, answered with the whole record (so the viewer must read it all). */
export function updateClient(ctx: RequestContext, input: UpdateInput): ClientRecord {
  const { db, policy } = ctx;
  const before = activeClient(db, input.id);
  policy.require(input.id, 'clinical', 'read');
  policy.requireChange(input.id, changedFields(formFieldsOfRecord(before), input.client));
  refuseStaleEdit(before, input.expectedUpdatedAt);
  saveEdit(ctx, before, input.client);
  return readClient(db, input.id) as ClientRecord;
}

/**
 * `clients:updateDetails`: some fields, the rest as stored. Every field the patch names must be
 * one this viewer may change (front desk: contact details), or nothing is saved.
 */
export function updateClientDetails(ctx: RequestContext, input: DetailsInput) {
  const { db, policy } = ctx;
  const before = activeClient(db, input.id);
  policy.requireChange(input.id, patchedFields(input.client));
  policy.require(input.id, 'contact', 'read');
  refuseStaleEdit(before, input.expectedUpdatedAt);
  saveEdit(ctx, before, applyPatch(formFieldsOfRecord(before), input.client));
  return savedClient(readClient(db, input.id) as ClientRecord);
}

/** Opening a client file: the policy decides how much opens, and the view is audited. */
export function getClient(ctx: RequestContext, id: string): ClientFile {
  const { db, policy } = ctx;
  const client = readClient(db, id);
  if (!client) throw notFound('client');
  const view = policy.fileView(id);
  auditClientRead(db, policy, 'client.viewed', { subject: id, details: { access: view } });
  return clientFileFor(view, client, view === 'full' ? policy.grantReason(id) : null);
}

export function clientHistory(ctx: RequestContext, clientId: string) {
  const { db, policy } = ctx;
  if (!readClient(db, clientId)) throw notFound('client');
  policy.require(clientId, 'history', 'read');
  const entries = readHistory(db, clientId);
  auditClientRead(db, policy, 'client.history_viewed', { subject: clientId });
  return entries;
}
