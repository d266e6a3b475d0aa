import { DomainError } from '../errors';
import { newId } from '../ids';
import type { AnyRecordKind, RecordContext, RecordKind } from './definition';
import type { RecordView } from './read-model';
import { buildRecordView } from './read-model';
import type { RecordRow } from './repository';
import {
  currentVersionOf,
  deleteDraft,
  deleteUnsignedRecord,
  draftVersionOf,
  insertRecord,
  insertStatusEvent,
  insertVersion,
  nextVersionNo,
  recordIdsForClients,
  versionsOf,
} from './repository';
import type { SignInput } from './signing';
import { signTarget } from './signing';
import {
  auditRecord,
  isEnteredInError,
  requireActive,
  requireRecord,
  requireVersion,
  validContent,
  wrongState,
  rewriteDraftContent,
} from './rules';

/**
 * Versions of a signed record: drafted, autosaved, signed (then frozen by the database),
 * corrected by a new version that supersedes the old one, or marked entered in error. Feature
 * services call these after asking the access policy; each change writes its audit entry in the
 * same transaction, with the request's one `now`.
 */

/** Starts a record for a client with its first version, a draft. */
export function createDraft<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  input: { clientId: string; content: unknown },
): RecordView<C, D, A> {
  const { text, hash } = validContent(kind.draft, input.content);
  const at = ctx.now.toISOString();
  const record: RecordRow = {
    id: newId(),
    kind: kind.kind,
    client_id: input.clientId,
    created_at: at,
    created_by: ctx.actor.id,
    created_by_name: ctx.actor.fullName,
  };
  ctx.db.transaction(() => {
    insertRecord(ctx.db, record);
    const versionId = insertDraftVersion(ctx, kind, record.id, 1, null, text, hash);
    auditRecord(ctx, 'record.draft_created', record, { versionId, versionNo: 1 });
  })();
  return buildRecordView(ctx, kind, record);
}

function insertDraftVersion<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  recordId: string,
  versionNo: number,
  supersedesId: string | null,
  text: string,
  hash: string,
): string {
  const at = ctx.now.toISOString();
  const id = newId();
  insertVersion(ctx.db, {
    id,
    record_id: recordId,
    version_no: versionNo,
    supersedes_id: supersedesId,
    status: 'draft',
    schema_version: kind.schemaVersion,
    content: text,
    content_hash: hash,
    created_at: at,
    created_by: ctx.actor.id,
    created_by_name: ctx.actor.fullName,
    updated_at: at,
    updated_by: ctx.actor.id,
  });
  return id;
}

/**
 * Autosave of a draft version. Not audited: it runs every few seconds while someone types;
 * creating, discarding and signing are audited.
 */
export function saveDraft<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  versionId: string,
  content: unknown,
): { versionId: string; contentHash: string; updatedAt: string } {
  const { record, version } = requireVersion(ctx, kind, versionId);
  requireActive(ctx, record);
  if (version.status !== 'draft')
    throw wrongState(
      'version_not_draft',
      'errors.record_signed_not_editable',
      'This version is signed; correct it with a new version or an addendum.',
    );
  return {
    versionId,
    ...rewriteDraftContent(ctx, 'record_versions', versionId, kind.draft, kind.schemaVersion, content),
  };
}

/**
 * Throws a draft version away. A record whose only version was this draft goes with it: nothing
 * of it was ever signed, so nothing clinical is lost. Signed versions cannot be discarded.
 */
export function discardDraft<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  versionId: string,
): { recordRemoved: boolean } {
  const { record, version } = requireVersion(ctx, kind, versionId);
  if (version.status !== 'draft')
    throw wrongState(
      'version_not_draft',
      'errors.record_signed_not_discarded',
      'A signed version is never discarded; mark the record entered in error.',
    );
  let recordRemoved = false;
  ctx.db.transaction(() => {
    deleteDraft(ctx.db, 'record_versions', versionId);
    recordRemoved = versionsOf(ctx.db, record.id).length === 0;
    if (recordRemoved) deleteUnsignedRecord(ctx.db, record.id);
    auditRecord(ctx, 'record.draft_discarded', record, { versionId, versionNo: version.version_no });
  })();
  return { recordRemoved };
}

/**
 * Starts a correction: a new draft version of the record, from the signed version in force (or
 * from `content` when given). The old version stays exactly as signed; once the new one is
 * signed, the old one is superseded and takes no more signatures.
 */
export function supersede<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  versionId: string,
  content?: unknown,
): RecordView<C, D, A> {
  const { record, version } = requireVersion(ctx, kind, versionId);
  requireActive(ctx, record);
  if (version.status !== 'signed')
    throw wrongState(
      'version_not_draft',
      'errors.record_draft_not_superseded',
      'Only a signed version is superseded; a draft is simply edited.',
    );
  if (currentVersionOf(ctx.db, record.id)?.id !== version.id)
    throw wrongState(
      'version_not_current',
      'errors.record_version_not_current',
      'A later version of this record exists; start from that one.',
    );
  const open = draftVersionOf(ctx.db, record.id);
  if (open)
    throw wrongState(
      'draft_open',
      'errors.record_draft_open',
      'This record already has a draft version; finish or discard it first.',
      {
        draftVersionId: open.id,
      },
    );
  const { text, hash } =
    content === undefined
      ? { text: version.content, hash: version.content_hash }
      : validContent(kind.draft, content);
  ctx.db.transaction(() => {
    const versionNo = nextVersionNo(ctx.db, record.id);
    const newVersionId = insertDraftVersion(ctx, kind, record.id, versionNo, version.id, text, hash);
    auditRecord(ctx, 'record.new_version_started', record, {
      versionId: newVersionId,
      versionNo,
      supersedesVersionId: version.id,
    });
  })();
  return buildRecordView(ctx, kind, record);
}

/**
 * Signs a version in a role. The first signature validates the content against the kind's
 * signing schema and freezes it; later signatures (client, supervisor) cover the same hash, each
 * with its own time. One signature per role; a superseded version takes none.
 */
export function sign<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  versionId: string,
  input: SignInput,
): RecordView<C, D, A> {
  const { record, version } = requireVersion(ctx, kind, versionId);
  requireActive(ctx, record);
  signTarget(ctx, kind, record, { table: 'record_versions', row: version }, input);
  return buildRecordView(ctx, kind, record);
}

/**
 * Marks a record entered in error (wrong client, written by mistake): an append-only status
 * event with who, when and why. Nothing is deleted; the record stays readable, marked.
 */
export function markEnteredInError<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  recordId: string,
  reason: string,
): RecordView<C, D, A> {
  const record = requireRecord(ctx, kind, recordId);
  const trimmed = reason.trim();
  if (!trimmed)
    throw new DomainError(
      'invalid_input',
      'Say why the record was entered in error.',
      { reason: 'validation.required' },
      { messageKey: 'errors.record_reason_required' },
    );
  if (isEnteredInError(ctx, record.id))
    throw wrongState(
      'record_entered_in_error',
      'errors.record_already_entered_in_error',
      'This record is already marked entered in error.',
    );
  if (!currentVersionOf(ctx.db, record.id))
    throw wrongState(
      'never_signed',
      'errors.record_never_signed',
      'Nothing of this record was signed; discard the draft instead.',
    );
  ctx.db.transaction(() => {
    const id = newId();
    insertStatusEvent(ctx.db, {
      id,
      record_id: record.id,
      status: 'entered_in_error',
      reason: trimmed,
      created_at: ctx.now.toISOString(),
      created_by: ctx.actor.id,
      created_by_name: ctx.actor.fullName,
    });
    auditRecord(ctx, 'record.entered_in_error', record, { statusEventId: id });
  })();
  return buildRecordView(ctx, kind, record);
}

/**
 * A record with every version, signature, addendum and status event. Audited as a view: call it
 * only to show the record to the actor (after the access policy said they may see it).
 */
export function readRecord<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  recordId: string,
): RecordView<C, D, A> {
  const record = requireRecord(ctx, kind, recordId);
  const view = buildRecordView(ctx, kind, record);
  auditRecord(ctx, 'record.viewed', record);
  return view;
}

/** Ids of a kind's records for these clients (a kept client plus any merged into it). */
export function recordIdsOf(ctx: RecordContext, kind: AnyRecordKind, clientIds: readonly string[]): string[] {
  return recordIdsForClients(ctx.db, kind.kind, clientIds);
}
