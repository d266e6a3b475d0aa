import type { Attachment } from '../../shared/contracts/attachments';
import { keptClientId } from '../clients/repository';
import { forbidden, wrongState } from '../errors';
import { changeClientFile } from '../request/mutation';
import type { RequestContext } from '../request/context';
import { attachmentNotFound, isSupervisor, rowRecordKind } from './access';
import { findAttachment, markRemoved } from './repository';
import { toAttachment } from './view';

/**
 * Removing an attachment: a status with who, when and why — never a delete. The bytes stay in
 * the database (a supervisor can still open them), the row stays in the file's list of removed
 * attachments and on the timeline. Whoever added it, or a supervisor, may remove it.
 */
export function removeAttachment(
  ctx: RequestContext,
  input: { attachmentId: string; reason: string },
): Attachment {
  const row = findAttachment(ctx.db, input.attachmentId);
  if (!row) throw attachmentNotFound();
  const clientId = keptClientId(ctx.db, row.client_id);
  const recordKind = rowRecordKind(ctx, row, clientId);
  ctx.policy.require(clientId, recordKind, 'read');
  if (row.removed_at !== null)
    throw wrongState('errors.attachment_already_removed', 'This attachment was already removed.');
  if (row.added_by !== ctx.actor.id && !isSupervisor(ctx))
    throw forbidden(
      'errors.attachment_remove_not_yours',
      'Only the person who added an attachment, or a supervisor, removes it.',
    );
  changeClientFile(ctx, {
    clientId,
    requires: { kind: recordKind, action: 'read' },
    write: () =>
      markRemoved(ctx.db, row.id, {
        at: ctx.now.toISOString(),
        by: ctx.actor.id,
        byName: ctx.actor.fullName,
        reason: input.reason,
      }),
    audit: () => ({ action: 'attachment.removed', details: { attachmentId: row.id, kind: row.kind } }),
  });
  const after = findAttachment(ctx.db, row.id);
  if (!after) throw attachmentNotFound();
  return toAttachment(ctx, after, clientId);
}
