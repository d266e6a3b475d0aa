import type { z } from 'zod';
import type {
  ClientFields,
  ClientFile,
  ClientRecord,
  createClientInputSchema,
  duplicateCheckInputSchema,
  updateClientInputSchema,
} from '../../shared/contracts/clients';
import { appendAudit } from '../audit/service';
import { actorOf } from '../auth/service';
import type { Workstation } from '../core/workstation';
import type { Db } from '../db/open';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { accessDenied, accessTo, onCaseloadOf, requireFullAccess } from './access';
import { findDuplicates } from './duplicates';
import { diffFields, historyShape, readHistory, recordHistory } from './history';
import {
  activeStaffIds,
  clientNumberTaken,
  insertClient,
  nextClientNumber,
  readClient,
  updateClientRow,
} from './repository';

type CreateInput = z.output<typeof createClientInputSchema>;
type UpdateInput = z.output<typeof updateClientInputSchema>;

const displayName = (c: { legalFirstName: string; legalLastName: string }) =>
  `${c.legalFirstName} ${c.legalLastName}`;

function workerNames(db: Db, ids: readonly string[]): Map<string, string> {
  const rows = db
    .prepare('SELECT id, full_name FROM accounts WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: string; full_name: string }[];
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

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
    );
  }
  if (fields.clientNumber && clientNumberTaken(db, fields.clientNumber, exceptId)) {
    throw new DomainError('conflict', 'Another client already has this client ID.', {
      'client.clientNumber': 'validation.client_number_taken',
    });
  }
}

export function checkDuplicates(ws: Workstation, input: z.output<typeof duplicateCheckInputSchema>) {
  return findDuplicates(ws.database(), input);
}

export function createClient(ws: Workstation, input: CreateInput): ClientRecord {
  const { account } = ws.requireSession();
  const db = ws.database();
  const fields = { ...input.client };
  // A case manager's new client lands on their own caseload unless they chose someone else.
  if (fields.assignedCaseManagerIds.length === 0 && account.role === 'case_manager')
    fields.assignedCaseManagerIds = [account.id];
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
        },
      );
    }
  }
  const id = newId();
  const at = ws.now().toISOString();
  db.transaction(() => {
    if (!fields.clientNumber) fields.clientNumber = nextClientNumber(db, account.id, at);
    insertClient(db, id, fields, account.id, at);
    const names = workerNames(db, fields.assignedCaseManagerIds);
    recordHistory(
      db,
      {
        clientId: id,
        entity: 'client',
        entityId: id,
        entityLabel: displayName(fields),
        actorId: account.id,
        actorName: account.fullName,
        at,
      },
      diffFields(null, historyShape(fields, names)),
    );
    appendAudit(
      db,
      {
        action: 'client.created',
        actor: actorOf(account),
        subject: id,
        details: { clientNumber: fields.clientNumber },
      },
      ws.now(),
    );
  })();
  return readClient(db, id) as ClientRecord;
}

export function updateClient(ws: Workstation, input: UpdateInput): ClientRecord {
  const session = ws.requireSession();
  const { account } = session;
  const db = ws.database();
  const before = readClient(db, input.id);
  if (!before || before.recordStatus !== 'active') throw notFound('That client');
  requireFullAccess(db, session, input.id, ws.now());
  if (before.updatedAt !== input.expectedUpdatedAt) {
    throw new DomainError(
      'conflict',
      'Someone else saved changes to this client after you opened it. Your changes are still in the form: reload to see theirs, then save again.',
      undefined,
      {
        staleEdit: true,
      },
    );
  }
  const fields = { ...input.client, clientNumber: input.client.clientNumber || before.clientNumber };
  checkReferences(db, fields, input.id);
  const at = ws.now().toISOString();
  db.transaction(() => {
    updateClientRow(db, input.id, fields, account.id, at);
    const names = workerNames(db, [...before.assignedCaseManagerIds, ...fields.assignedCaseManagerIds]);
    const {
      id: _id,
      status: _s,
      assignedWorkers: _w,
      recordStatus: _r,
      mergedIntoId: _m,
      lastContactAt: _l,
      createdAt: _c,
      updatedAt: _u,
      ...beforeFields
    } = before;
    const changes = diffFields(historyShape(beforeFields, names), historyShape(fields, names));
    recordHistory(
      db,
      {
        clientId: input.id,
        entity: 'client',
        entityId: input.id,
        entityLabel: displayName(fields),
        actorId: account.id,
        actorName: account.fullName,
        at,
      },
      changes,
    );
    appendAudit(
      db,
      {
        action: 'client.updated',
        actor: actorOf(account),
        subject: input.id,
        details: { fields: changes.map((c) => c.field).join(', ') },
      },
      ws.now(),
    );
  })();
  return readClient(db, input.id) as ClientRecord;
}

/** Opening a client file: access decided in main, the view written to the audit trail. */
export function getClient(ws: Workstation, id: string): ClientFile {
  const session = ws.requireSession();
  const db = ws.database();
  const client = readClient(db, id);
  if (!client) throw notFound('That client');
  const now = ws.now();
  const access = accessTo(db, session, id, now);
  if (access === 'needs_reason' || access === 'none') throw accessDenied(access);
  const grant = db
    .prepare(
      'SELECT reason FROM client_access_grants WHERE account_id = ? AND client_id = ? AND expires_at > ? ORDER BY granted_at DESC LIMIT 1',
    )
    .pluck()
    .get(session.account.id, id, now.toISOString()) as string | undefined;
  appendAudit(
    db,
    { action: 'client.viewed', actor: actorOf(session.account), subject: id, details: { access } },
    now,
  );
  if (access === 'demographics') {
    const { riskLevel: _risk, flags, ...rest } = client;
    return {
      access,
      accessReason: null,
      client: { ...rest, flags: { householdUnaware: flags.householdUnaware } },
    };
  }
  const onCaseload = onCaseloadOf(db, id, session.account.id);
  return { access, accessReason: onCaseload ? null : (grant ?? null), client };
}

export function clientHistory(ws: Workstation, clientId: string) {
  const session = ws.requireSession();
  const db = ws.database();
  if (!readClient(db, clientId)) throw notFound('That client');
  requireFullAccess(db, session, clientId, ws.now());
  return readHistory(db, clientId);
}
