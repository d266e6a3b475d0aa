import type { NoteDetail } from '../../shared/contracts/progress-notes';
import { forbidden, wrongState } from '../errors';
import { newId } from '../ids';
import * as records from '../records';
import type { RequestContext } from '../request/context';
import { readableVersion } from './access';
import { progressNoteKind } from './kind';
import { insertReturn, markCosigned, markReturned } from './repository';
import { toDetail } from './view';

/**
 * A supervisor's review of a note awaiting co-signature: co-sign it (the same content hash, role
 * `supervisor`) or return it with a comment. A return keeps the returned version exactly as
 * signed and starts a new draft from it (`supersede`), which is the writer's to correct and sign
 * again. Nobody reviews their own note.
 */

function awaitingReview(ctx: RequestContext, versionId: string) {
  const found = readableVersion(ctx, versionId);
  const { note } = found;
  if (note.author_id === ctx.actor.id)
    throw forbidden('errors.note_own_cosign', 'You wrote this note; another supervisor co-signs it.', {
      problem: 'own_note',
    });
  if (note.state !== 'awaiting_cosign' || note.signed_version_id !== versionId)
    throw wrongState('errors.note_not_awaiting_cosign', 'This note is not waiting for a co-signature.', {
      problem: 'not_awaiting_cosign',
    });
  return found;
}

export function cosignNote(
  ctx: RequestContext,
  input: { versionId: string; comment?: string | undefined },
): NoteDetail {
  const { note, clientId } = awaitingReview(ctx, input.versionId);
  const comment = input.comment?.trim();
  const view = ctx.db.transaction(() => {
    const signed = records.sign(ctx, progressNoteKind, input.versionId, {
      role: 'supervisor',
      ...(comment ? { details: { comment } } : {}),
    });
    markCosigned(ctx.db, note.record_id, ctx.actor.fullName, ctx.now.toISOString());
    return signed;
  })();
  return toDetail(ctx, view, clientId);
}

export function returnNote(ctx: RequestContext, input: { versionId: string; comment: string }): NoteDetail {
  const { note, clientId } = awaitingReview(ctx, input.versionId);
  const at = ctx.now.toISOString();
  const view = ctx.db.transaction(() => {
    const superseded = records.supersede(ctx, progressNoteKind, input.versionId);
    const draftVersionId = superseded.draftVersionId as string;
    const returnId = newId();
    insertReturn(ctx.db, {
      id: returnId,
      record_id: note.record_id,
      version_id: input.versionId,
      comment: input.comment.trim(),
      returned_by: ctx.actor.id,
      returned_by_name: ctx.actor.fullName,
      returned_at: at,
    });
    markReturned(ctx.db, note.record_id, draftVersionId, at);
    ctx.audit({
      action: 'note.returned',
      subject: clientId,
      details: { recordId: note.record_id, returnId, versionId: input.versionId, draftVersionId },
    });
    return superseded;
  })();
  return toDetail(ctx, view, clientId);
}
