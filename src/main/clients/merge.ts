import { actorOf, appendAudit } from '../audit/service';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { reviewableSnapshot } from '../access/projections';
import { auditClientRead } from '../access/read-audit';
import { recordHistory } from './history';
import type { RequestContext } from '../request/context';
import type { MergeRow } from './repository';
import {
  copyAssignments,
  followNewestRiskEntry,
  insertMerge,
  markMerged,
  readClient,
  readMerge,
  readMerges,
} from './repository';

/** A merge as an administrator reviews it: the duplicate's snapshot without anything clinical. */
const toMergeRecord = (row: MergeRow) => {
  const stored = JSON.parse(row.snapshot) as Record<string, unknown>;
  const snapshot = reviewableSnapshot(stored);
  return {
    id: row.id,
    survivorId: row.survivor_id,
    survivorClientNumber: row.survivor_client_number,
    mergedId: row.merged_id,
    mergedClientNumber: snapshot.clientNumber ?? '',
    mergedName: `${snapshot.legalFirstName ?? ''} ${snapshot.legalLastName ?? ''}`.trim(),
    reason: row.reason,
    mergedAt: row.merged_at,
    mergedByName: row.merged_by_name,
    snapshot,
  };
};

/**
 * Merges a duplicate into the record that stays. Nothing is deleted and nothing of the duplicate
 * is rewritten but its status: it is kept with status "merged" and a pointer to the survivor,
 * through which its contacts, diagnoses, history and signed records appear in the survivor's file;
 * its assignments are copied; a snapshot of it as it was is kept for review.
 */
export function mergeClients(
  ctx: RequestContext,
  input: { survivorId: string; mergedId: string; reason: string },
) {
  const { db, actor } = ctx;
  const session = { account: actor };
  if (input.survivorId === input.mergedId)
    throw new DomainError(
      'invalid_input',
      'Choose two different clients.',
      { mergedId: 'validation.same_client' },
      { messageKey: 'errors.same_client' },
    );
  const survivor = readClient(db, input.survivorId);
  const merged = readClient(db, input.mergedId);
  if (!survivor || survivor.recordStatus !== 'active') throw notFound('client_to_keep');
  if (!merged || merged.recordStatus !== 'active') throw notFound('duplicate_client');
  const at = ctx.now.toISOString();
  const id = newId();
  db.transaction(() => {
    insertMerge(db, {
      id,
      survivorId: survivor.id,
      mergedId: merged.id,
      reason: input.reason,
      snapshot: JSON.stringify(merged),
      at,
      by: session.account,
    });
    // No child row moves: contacts, diagnoses, history, access grants and signed records keep the
    // duplicate's id, and the kept client's reads include them through `merged_into_id`
    // (clientIdsOf in ./repository). Signed records could not move anyway: the database refuses it.
    // Assignments are copied instead: they are not clinical records but who works with the client
    // now, which the caseload and the access policy read by client id on every request.
    copyAssignments(db, merged.id, survivor.id, session.account.id, at);
    markMerged(db, merged.id, survivor.id, session.account.id, at);
    followNewestRiskEntry(db, survivor.id);
    const label = `${merged.legalFirstName} ${merged.legalLastName} (${merged.clientNumber})`;
    const entry = {
      entity: 'merge',
      entityId: id,
      entityLabel: label,
      actorId: session.account.id,
      actorName: session.account.fullName,
      at,
    };
    recordHistory(db, { ...entry, clientId: survivor.id }, [
      { field: 'merged_in', from: null, to: `${label}: ${input.reason}` },
    ]);
    recordHistory(db, { ...entry, clientId: merged.id }, [
      { field: 'merged_into', from: null, to: survivor.clientNumber },
    ]);
    appendAudit(
      db,
      {
        action: 'client.merged',
        actor: actorOf(session.account),
        subject: survivor.id,
        details: { mergedId: merged.id, reason: input.reason },
      },
      ctx.now,
    );
  })();
  return toMergeRecord(readMerge(db, id) as MergeRow);
}

/** Every merge, newest first; reviewing them shows client identities, so it is audited. */
export function listMerges(ctx: RequestContext) {
  const { db } = ctx;
  const merges = readMerges(db, 500).map(toMergeRecord);
  auditClientRead(db, ctx.policy, 'clients.merges_viewed', {
    ids: merges.flatMap((merge) => [merge.survivorId, merge.mergedId]),
  });
  return merges;
}
