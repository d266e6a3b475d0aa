import { newId } from '../ids';
import type { RecordContext, RecordKind } from './definition';
import type { RecordView } from './read-model';
import { buildRecordView } from './read-model';
import type { AddendumRow, RecordRow } from './repository';
import { deleteDraft, findAddendum, insertAddendum } from './repository';
import type { SignInput } from './signing';
import { signTarget } from './signing';
import {
  auditRecord,
  recordNotFound,
  requireActive,
  requireRecord,
  requireVersion,
  rewriteDraftContent,
  validContent,
  wrongState,
} from './rules';

/**
 * Addenda: corrections and additions attached to a signed version, with their own content,
 * author, time and signatures. The version they amend is never touched. An addendum is a draft
 * until its first signature, then frozen like a version (the database refuses any change).
 */

function requireAddendum<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  addendumId: string,
): { record: RecordRow; addendum: AddendumRow } {
  const addendum = findAddendum(ctx.db, addendumId);
  if (!addendum) throw recordNotFound();
  return { record: requireRecord(ctx, kind, addendum.record_id), addendum };
}

/** Drafts an addendum on a signed version (superseded versions may be amended too). */
export function addAddendum<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  versionId: string,
  content: unknown,
): RecordView<C, D, A> {
  const { record, version } = requireVersion(ctx, kind, versionId);
  requireActive(ctx, record);
  if (version.status !== 'signed')
    throw wrongState(
      'addendum_on_draft',
      'errors.record_addendum_on_draft',
      'This version is still a draft: edit it instead of adding an addendum.',
    );
  const { text, hash } = validContent(kind.addendum, content);
  const at = ctx.now.toISOString();
  const id = newId();
  ctx.db.transaction(() => {
    insertAddendum(ctx.db, {
      id,
      record_id: record.id,
      version_id: version.id,
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
    auditRecord(ctx, 'record.addendum_added', record, { addendumId: id, versionId: version.id });
  })();
  return buildRecordView(ctx, kind, record);
}

/** Autosave of an addendum still in draft (not audited, like a version's draft). */
export function saveAddendumDraft<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  addendumId: string,
  content: unknown,
): { addendumId: string; contentHash: string; updatedAt: string } {
  const { record, addendum } = requireAddendum(ctx, kind, addendumId);
  requireActive(ctx, record);
  if (addendum.status !== 'draft')
    throw wrongState(
      'addendum_not_draft',
      'errors.record_addendum_signed_not_editable',
      'A signed addendum is never changed; add another addendum.',
    );
  return {
    addendumId,
    ...rewriteDraftContent(ctx, 'record_addenda', addendumId, kind.addendum, kind.schemaVersion, content),
  };
}

/** Throws away an addendum that was never signed. */
export function discardAddendumDraft<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  addendumId: string,
): void {
  const { record, addendum } = requireAddendum(ctx, kind, addendumId);
  if (addendum.status !== 'draft')
    throw wrongState(
      'addendum_not_draft',
      'errors.record_addendum_signed_not_discarded',
      'A signed addendum is never removed.',
    );
  ctx.db.transaction(() => {
    deleteDraft(ctx.db, 'record_addenda', addendumId);
    auditRecord(ctx, 'record.addendum_discarded', record, { addendumId, versionId: addendum.version_id });
  })();
}

/** Signs an addendum in a role: the first signature freezes it; more may follow (co-signature). */
export function signAddendum<C, D, A>(
  ctx: RecordContext,
  kind: RecordKind<C, D, A>,
  addendumId: string,
  input: SignInput,
): RecordView<C, D, A> {
  const { record, addendum } = requireAddendum(ctx, kind, addendumId);
  requireActive(ctx, record);
  signTarget(ctx, kind, record, { table: 'record_addenda', row: addendum }, input);
  return buildRecordView(ctx, kind, record);
}
