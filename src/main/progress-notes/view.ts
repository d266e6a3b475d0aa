import type { NoteDetail, NoteSummary, ProgressNoteContent } from '../../shared/contracts/progress-notes';
import { progressNoteDraftSchema } from '../../shared/contracts/progress-notes';
import type { RecordView, VersionView } from '../records';
import type { RequestContext } from '../request/context';
import { isPart2Note, isSupervisor, mayWrite, noteNotFound } from './access';
import { daysBetween } from './dates';
import type { NoteListRow } from './repository';
import { findNote, returnsOf } from './repository';

/** A note as the contract shows it: summaries from the feature row, details from the primitive's view. */

export type NoteRecordView = RecordView<ProgressNoteContent, ProgressNoteContent, { text: string }>;

export function toSummary(row: NoteListRow): NoteSummary {
  return {
    id: row.record_id,
    // The file the note is in now (the record kept, for a merged duplicate's note).
    clientId: row.kept_client_id,
    clientName: row.client_name,
    state: row.state,
    formatId: row.format_id,
    contactDate: row.contact_date,
    startTime: row.start_time,
    contactType: row.contact_type,
    authorId: row.author_id,
    authorName: row.author_name,
    signedAt: row.signed_at,
    late: row.late === 1,
    addendumCount: row.addendum_count,
    part2: isPart2Note(row),
    enteredInError:
      row.error_reason === null
        ? null
        : { reason: row.error_reason, byName: row.error_by_name ?? '', at: row.error_at ?? '' },
    updatedAt: row.updated_at,
  };
}

const STAFF_ROLES = new Set(['worker', 'supervisor']);

function toVersion(v: VersionView<ProgressNoteContent>): NoteDetail['current'] {
  return {
    id: v.id,
    versionNo: v.versionNo,
    state: v.state,
    // Older content keeps its shape; the schema's defaults fill what a draft left out.
    content: progressNoteDraftSchema.parse(v.content),
    signatures: v.signatures
      .filter((s) => STAFF_ROLES.has(s.role))
      .map((s) => ({
        role: s.role as 'worker' | 'supervisor',
        signerName: s.signerName,
        signedAt: s.signedAt,
      })),
    updatedAt: v.updatedAt,
  };
}

/**
 * The note for this viewer. Its writer sees every version, the draft included (current while
 * they write); anyone else sees the signed versions, the one in force current. The contact's
 * details shown are the current version's.
 */
export function toDetail(ctx: RequestContext, view: NoteRecordView, clientId: string): NoteDetail {
  const row = findNote(ctx.db, view.id);
  if (!row) throw noteNotFound();
  const isWriter = row.author_id === ctx.actor.id;
  const shown = view.versions.filter((v) => isWriter || v.state !== 'draft');
  const currentId = (isWriter ? view.draftVersionId : null) ?? view.currentVersionId;
  const current = shown.find((v) => v.id === currentId);
  if (!current) throw noteNotFound();
  const content = progressNoteDraftSchema.parse(current.content);
  const inError = view.standing === 'entered_in_error';
  const writable = !inError && mayWrite(ctx, clientId);
  const hasDraft = view.draftVersionId !== null;
  const signed = view.currentVersionId !== null;
  const reviewable = !inError && isSupervisor(ctx) && row.state === 'awaiting_cosign' && !isWriter;
  // Days to sign count to the writer's first signature: a return does not make a note late.
  const writerSignedAt =
    view.versions
      .flatMap((v) => v.signatures)
      .filter((s) => s.role === 'worker')
      .map((s) => s.signedAt)
      .sort()[0] ?? null;
  return {
    ...toSummary(row),
    formatId: content.formatId,
    contactDate: content.contactDate,
    startTime: content.startTime,
    contactType: content.contactType,
    part2: isPart2Note(row) || content.part2,
    current: toVersion(current),
    versions: shown.map(toVersion),
    addenda: view.addenda
      .filter((a) => a.state === 'signed')
      .map((a) => ({
        id: a.id,
        text: a.content.text,
        authorName: a.createdByName,
        createdAt: a.createdAt,
        signedAt: a.signatures[0]?.signedAt ?? null,
      })),
    returns: returnsOf(ctx.db, view.id).map((r) => ({
      versionNo: r.version_no,
      comment: r.comment,
      byName: r.returned_by_name,
      at: r.returned_at,
    })),
    cosignRequired: row.cosign_required === 1,
    daysToSign:
      writerSignedAt && row.contact_date ? daysBetween(row.contact_date, new Date(writerSignedAt)) : null,
    can: {
      edit: writable && isWriter && hasDraft,
      sign: writable && isWriter && hasDraft,
      cosign: reviewable,
      returnToWriter: reviewable,
      addAddendum: writable && signed,
      markEnteredInError: writable && signed && (isWriter || isSupervisor(ctx)),
    },
  };
}
