import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Attachment, beginUploadInputSchema } from '../../shared/contracts/attachments';
import { ATTACHMENT_CHUNK_BYTES, MEGABYTE } from '../../shared/contracts/attachments';
import type { RecordKind } from '../../shared/domain/access';
import { clientIdsJson } from '../clients/repository';
import { DomainError } from '../errors';
import { changeClientFile } from '../request/mutation';
import type { RequestContext } from '../request/context';
import { clientIsPart2, existingClient, recordKindOf } from './access';
import { judgeContent } from './content-type';
import { findAttachment, insertAttachment, linkableRecord } from './repository';
import { limitBytes } from './settings';
import type { PendingUploads, UploadDetails } from './uploads';
import { uploadNotFound } from './uploads';
import { toAttachment } from './view';

/** Adding a file: begin (refuse what is too big up front), pieces in order, then finish or cancel. */

type BeginInput = z.output<typeof beginUploadInputSchema>;

const tooBig = (limit: number) =>
  new DomainError(
    'invalid_input',
    `The file is larger than this clinic's limit of ${limit / MEGABYTE} MB.`,
    { sizeBytes: 'validation.attachment_too_big' },
    { messageKey: 'errors.attachment_too_big', limitMb: limit / MEGABYTE },
  );

/**
 * Where the file goes and what kind of record it becomes, checked against the policy: the
 * client exists, the link (if any) is a signed note or plan of this client, and the viewer may
 * read that kind of this client's record (they are adding to it).
 */
function placement(
  ctx: RequestContext,
  details: UploadDetails,
): { clientId: string; recordKind: RecordKind } {
  const clientId = existingClient(ctx, details.clientId);
  let linkedNotePart2 = false;
  if (details.link) {
    const linked = linkableRecord(
      ctx.db,
      clientIdsJson(ctx.db, clientId),
      details.link.kind,
      details.link.id,
    );
    if (!linked)
      throw new DomainError(
        'invalid_input',
        "That note or plan is not a signed record of this client's.",
        { 'details.link.id': 'validation.invalid' },
        { messageKey: 'errors.attachment_link_not_found' },
      );
    linkedNotePart2 = linked.part2 === 1;
  }
  const recordKind = recordKindOf(details.kind, {
    linkedNotePart2,
    clientPart2: clientIsPart2(ctx, clientId),
  });
  ctx.policy.require(clientId, recordKind, 'read');
  return { clientId, recordKind };
}

export function beginUpload(ctx: RequestContext, uploads: PendingUploads, input: BeginInput) {
  const details: UploadDetails = {
    clientId: input.clientId,
    fileName: input.fileName,
    ...input.details,
  };
  placement(ctx, details);
  const limit = limitBytes(ctx.db);
  if (input.sizeBytes > limit) throw tooBig(limit);
  const upload = uploads.begin(ctx.actor.id, details, input.sizeBytes, limit, ctx.now);
  return {
    uploadId: upload.id,
    chunkBytes: ATTACHMENT_CHUNK_BYTES,
    chunkCount: Math.ceil(input.sizeBytes / ATTACHMENT_CHUNK_BYTES),
  };
}

export function uploadChunk(
  ctx: RequestContext,
  uploads: PendingUploads,
  input: { uploadId: string; index: number; data: string },
) {
  const upload = uploads.get(input.uploadId, ctx.actor.id, ctx.now);
  return { receivedBytes: uploads.addChunk(upload, input.index, Buffer.from(input.data, 'base64'), ctx.now) };
}

export function cancelUpload(
  ctx: RequestContext,
  uploads: PendingUploads,
  input: { uploadId: string },
): null {
  uploads.get(input.uploadId, ctx.actor.id, ctx.now);
  uploads.drop(input.uploadId);
  return null;
}

/**
 * Checks the whole file and stores it: all of it arrived, within the limit, of an allowed type
 * by its bytes; then the row and its chunks in one transaction with the audit entry. Refused or
 * not, the upload is over: nothing of it stays in memory, and nothing was written.
 */
export async function finishUpload(
  ctx: RequestContext,
  uploads: PendingUploads,
  input: { uploadId: string },
): Promise<Attachment> {
  const upload = uploads.get(input.uploadId, ctx.actor.id, ctx.now);
  uploads.drop(upload.id);
  if (upload.receivedBytes !== upload.declaredBytes || upload.chunks.length === 0)
    throw new DomainError('invalid_input', 'Not all of the file arrived. Add it again.', undefined, {
      messageKey: 'errors.attachment_size_mismatch',
    });
  if (upload.receivedBytes > upload.limitBytes) throw tooBig(upload.limitBytes);
  const chunks = upload.chunks;
  const content = await judgeContent(chunks[0] as Buffer, () => Buffer.concat(chunks));
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  const sha256 = hash.digest('hex');
  // Checked again at the end: the viewer's access may have changed while the pieces came.
  const { clientId, recordKind } = placement(ctx, upload.details);
  const { details } = upload;
  const id = upload.id;
  changeClientFile(ctx, {
    clientId,
    requires: { kind: recordKind, action: 'read' },
    write: () =>
      insertAttachment(
        ctx.db,
        {
          id,
          client_id: clientId,
          title: details.title,
          kind: details.kind,
          document_date: details.documentDate,
          file_name: details.fileName,
          file_type: content.type,
          mime_type: content.mimeType,
          size_bytes: upload.receivedBytes,
          chunk_bytes: ATTACHMENT_CHUNK_BYTES,
          chunk_count: chunks.length,
          sha256,
          linked_record_id: details.link?.id ?? null,
          linked_kind: details.link?.kind ?? null,
          added_by: ctx.actor.id,
          added_by_name: ctx.actor.fullName,
          added_at: ctx.now.toISOString(),
        },
        chunks,
      ),
    audit: () => ({
      action: 'attachment.added',
      details: { attachmentId: id, kind: details.kind, type: content.type, sizeBytes: upload.receivedBytes },
    }),
  });
  const row = findAttachment(ctx.db, id);
  if (!row) throw uploadNotFound();
  return toAttachment(ctx, row, clientId);
}
