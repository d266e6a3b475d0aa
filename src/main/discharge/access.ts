import { DomainError, forbidden } from '../errors';
import { findClientRow } from '../clients/repository';
import { mayOpenClient, mayWrite, mayWriteClient } from '../progress-notes/access';
import type { RequestContext } from '../request/context';
import type { DischargeRow } from './repository';
import { dischargeOfVersion, findDischarge } from './repository';

/**
 * Who may see and write discharges: the same rule as progress notes. Reading needs the client's
 * clinical record (and Part 2 for a Part 2 discharge); writing needs Part 2 always — a writer
 * shown a file without its Part 2 parts would summarise around them. So case managers on their
 * caseload or team (or after breaking the glass) and supervisors; front desk, administrators and
 * reporting never (the policy's table and the channels' `clients:edit`).
 */

export { mayOpenClient, mayWrite, mayWriteClient };

export const dischargeNotFound = () =>
  new DomainError('not_found', 'That discharge was not found.', undefined, {
    messageKey: 'errors.discharge_not_found',
  });

function mayRead(ctx: RequestContext, row: DischargeRow): string {
  const kept = mayOpenClient(ctx, row.client_id);
  const part2 = row.part2 === 1 || findClientRow(ctx.db, kept)?.flag_part2_protected === 1;
  if (part2) ctx.policy.require(kept, 'part2', 'read');
  return kept;
}

/** A discharge the viewer may read. A draft exists only for its writer. */
export function readableDischarge(
  ctx: RequestContext,
  recordId: string,
): { row: DischargeRow; clientId: string } {
  const row = findDischarge(ctx.db, recordId);
  if (!row) throw dischargeNotFound();
  const clientId = mayRead(ctx, row);
  if (row.state === 'draft' && row.author_id !== ctx.actor.id) throw dischargeNotFound();
  return { row, clientId };
}

/** A draft of the viewer's own discharge, in a file they may still write. */
export function ownDischargeDraft(ctx: RequestContext, versionId: string) {
  const found = dischargeOfVersion(ctx.db, versionId);
  if (!found) throw dischargeNotFound();
  const clientId = mayWriteClient(ctx, found.row.client_id);
  if (found.row.author_id !== ctx.actor.id)
    throw forbidden('errors.discharge_not_yours', 'Only the writer of a discharge edits or signs it.', {
      problem: 'not_writer',
    });
  if (found.version.status !== 'draft')
    throw new DomainError('wrong_state', 'This discharge is signed.', undefined, {
      problem: 'version_not_draft',
      messageKey: 'errors.record_signed_not_editable',
    });
  return { ...found, clientId };
}
