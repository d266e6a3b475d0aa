import type { Attachment } from '../../shared/contracts/attachments';
import { can } from '../../shared/domain/roles';
import { auditClientRead } from '../access/read-audit';
import { clientIdsJson } from '../clients/repository';
import { DomainError } from '../errors';
import type { RequestContext } from '../request/context';
import { existingClient, permissionsFor, permittedAttachment, rowRecordKind } from './access';
import type { AttachmentListRow } from './repository';
import { attachmentsOf, readChunk } from './repository';
import { readAttachmentSettings } from './settings';

/** Listing, opening and reading attachments: every one asks the policy; list and open are audited. */

export function toAttachment(ctx: RequestContext, row: AttachmentListRow, clientId: string): Attachment {
  const recordKind = rowRecordKind(ctx, row, clientId);
  return {
    id: row.id,
    clientId,
    title: row.title,
    kind: row.kind,
    documentDate: row.document_date,
    fileName: row.file_name,
    type: row.file_type,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    chunkCount: row.chunk_count,
    sha256: row.sha256,
    link:
      row.linked_kind && row.linked_record_id ? { kind: row.linked_kind, id: row.linked_record_id } : null,
    addedById: row.added_by,
    addedByName: row.added_by_name,
    addedAt: row.added_at,
    removed:
      row.removed_at === null
        ? null
        : { reason: row.removed_reason ?? '', byName: row.removed_by_name ?? '', at: row.removed_at },
    part2: recordKind === 'part2',
    can: permissionsFor(ctx, row, clientId, recordKind),
  };
}

/**
 * The attachments of a client this viewer may read, and apart the removed ones. Reaching the
 * list needs the file's `contact` read at least (outside the caseload: break the glass first);
 * each row then shows only if its own kind may be read (a front desk worker sees ID cards only).
 */
export function listAttachments(ctx: RequestContext, input: { clientId: string }) {
  const clientId = existingClient(ctx, input.clientId);
  ctx.policy.require(clientId, 'contact', 'read');
  const rows = attachmentsOf(ctx.db, clientIdsJson(ctx.db, clientId))
    .filter((row) => ctx.policy.may(clientId, rowRecordKind(ctx, row, clientId), 'read'))
    .map((row) => toAttachment(ctx, row, clientId));
  auditClientRead(ctx.db, ctx.policy, 'attachments.listed', {
    subject: clientId,
    details: { count: rows.length },
  });
  return {
    attachments: rows.filter((a) => a.removed === null),
    removed: rows.filter((a) => a.removed !== null),
    canAdd: can(ctx.actor.role, 'clients:edit') && ctx.policy.may(clientId, 'clinical', 'read'),
    maxSizeMb: readAttachmentSettings(ctx.db).maxSizeMb,
  };
}

/** The attachments each account opened in this session, so chunks are read only after an audited open. */
export class OpenedAttachments {
  private readonly opened = new Set<string>();

  remember(accountId: string, attachmentId: string): void {
    this.opened.add(`${accountId}/${attachmentId}`);
  }

  has(accountId: string, attachmentId: string): boolean {
    return this.opened.has(`${accountId}/${attachmentId}`);
  }

  clear(): void {
    this.opened.clear();
  }
}

/** Opening to view: audited once (`attachment.viewed`); the chunks follow through `read`. */
export function openAttachment(
  ctx: RequestContext,
  opened: OpenedAttachments,
  input: { attachmentId: string },
) {
  const { row, clientId, recordKind } = permittedAttachment(ctx, input.attachmentId, 'read');
  auditClientRead(ctx.db, ctx.policy, 'attachment.viewed', {
    subject: clientId,
    details: { attachmentId: row.id, kind: row.kind, recordKind, removed: row.removed_at !== null },
  });
  opened.remember(ctx.actor.id, row.id);
  return { attachment: toAttachment(ctx, row, clientId) };
}

export function readAttachmentChunk(
  ctx: RequestContext,
  opened: OpenedAttachments,
  input: { attachmentId: string; index: number },
) {
  const { row } = permittedAttachment(ctx, input.attachmentId, 'read');
  if (!opened.has(ctx.actor.id, row.id))
    throw new DomainError('wrong_state', 'Open the attachment first.', undefined, {
      messageKey: 'errors.attachment_not_opened',
    });
  const data = input.index < row.chunk_count ? readChunk(ctx.db, row.id, input.index) : undefined;
  if (!data)
    throw new DomainError(
      'invalid_input',
      'That part of the file does not exist.',
      { index: 'validation.invalid' },
      {
        messageKey: 'errors.attachment_chunk_out_of_range',
      },
    );
  return { index: input.index, chunkCount: row.chunk_count, data: data.toString('base64') };
}
