import type { NoteSummary } from '../../shared/contracts/progress-notes';
import { auditClientRead } from '../access/read-audit';
import { clientIdsJson, findClientRow } from '../clients/repository';
import type { RequestContext } from '../request/context';
import { isPart2Note, mayOpenClient } from './access';
import type { Queue } from './queue-repository';
import { notesOfClient, queueOf } from './queue-repository';
import { toSummary } from './view';

/**
 * Lists of notes, each audited as a read (ids, never text): one client's notes (signed ones and
 * the viewer's own drafts — someone else's draft is theirs until signed), the worker's drafts and
 * returned notes, and the supervisor's queue of notes awaiting co-signature.
 */

export function listNotes(ctx: RequestContext, input: { clientId: string }): NoteSummary[] {
  const clientId = mayOpenClient(ctx, input.clientId);
  const part2Allowed = ctx.policy.may(clientId, 'part2', 'read');
  const clientIsPart2 = findClientRow(ctx.db, clientId)?.flag_part2_protected === 1;
  const rows = notesOfClient(ctx.db, clientIdsJson(ctx.db, clientId), ctx.actor.id).filter(
    (row) => part2Allowed || !isPart2Note(row, clientIsPart2),
  );
  auditClientRead(ctx.db, ctx.policy, 'client.notes_viewed', {
    subject: clientId,
    details: { count: rows.length },
  });
  return rows.map(toSummary);
}

function queue(ctx: RequestContext, which: Queue): NoteSummary[] {
  const rows = queueOf(ctx.db, which, ctx.actor.id, {
    clinical: ctx.policy.listScope('clinical', 'list'),
    part2: ctx.policy.listScope('part2', 'list'),
  });
  auditClientRead(ctx.db, ctx.policy, 'notes.queue_viewed', {
    details: { queue: which },
    ids: [...new Set(rows.map((row) => row.kept_client_id))],
  });
  return rows.map(toSummary);
}

/** The viewer's unsigned drafts across clients, returned ones included (their state says so). */
export const myDrafts = (ctx: RequestContext) => queue(ctx, 'drafts');
export const returnedToMe = (ctx: RequestContext) => queue(ctx, 'returned');
/** Notes of clients the supervisor may read, awaiting their co-signature; never their own. */
export const awaitingCosign = (ctx: RequestContext) => queue(ctx, 'awaiting_cosign');
