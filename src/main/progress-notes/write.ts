import type { CarePlanContent } from '../../shared/contracts/care-plans';
import type { AddressedItem, NoteDetail, ProgressNoteContent } from '../../shared/contracts/progress-notes';
import { NOTE_LIMITS, progressNoteDraftSchema } from '../../shared/contracts/progress-notes';
import { localToday } from '../../shared/domain/clients';
import { clientIdsJson } from '../clients/repository';
import { DomainError, wrongState } from '../errors';
import type { ShippedNoteFormats } from '../note-formats/formats';
import { findNoteFormat } from '../note-formats/formats';
import { readNoteSettings } from '../note-formats/settings';
import * as records from '../records';
import type { RequestContext } from '../request/context';
import { mayWriteClient, ownDraft, readableNote } from './access';
import { nowRounded } from './dates';
import { progressNoteKind } from './kind';
import { currentPlan } from './plan';
import type { NoteListing } from './repository';
import { deleteUnsignedNote, insertNote, lastSignedNoteContent, updateDraftListing } from './repository';
import { toDetail } from './view';

/** Writing a note: start it filled in, autosave, throw a draft away, open it. */

export const listingOf = (content: ProgressNoteContent): NoteListing => ({
  format_id: content.formatId,
  contact_date: content.contactDate,
  start_time: content.startTime,
  contact_type: content.contactType,
  part2: content.part2 ? 1 : 0,
});

/** The contact details "same as last time" copies — never what was said or done. */
function sameAsLastTime(ctx: RequestContext, clientId: string): Partial<ProgressNoteContent> {
  const text = lastSignedNoteContent(ctx.db, clientIdsJson(ctx.db, clientId));
  if (!text) return {};
  const last = progressNoteDraftSchema.parse(JSON.parse(text));
  return {
    contactType: last.contactType,
    location: last.location,
    participants: last.participants,
    durationMinutes: last.durationMinutes,
    collateralWith: last.collateralWith,
  };
}

/**
 * The current plan's goals, each followed by its objectives, all "not addressed" (the worker
 * marks what the contact touched). Cut at the note's limit: a plan that large lists its first.
 * The one place this pre-fill lives; the editor shows what main sends.
 */
export function prefilledAddressed(plan: CarePlanContent): AddressedItem[] {
  const rows = plan.needs.flatMap((need) =>
    need.goals.flatMap((goal) => [
      { goalId: goal.id, objectiveId: null, mark: 'not_addressed' as const },
      ...goal.objectives.map((objective) => ({
        goalId: goal.id,
        objectiveId: objective.id,
        mark: 'not_addressed' as const,
      })),
    ]),
  );
  return rows.slice(0, NOTE_LIMITS.addressed);
}

/**
 * A new draft, ready to type in: today, now, face to face, the chosen format (or the clinic's
 * default) with its sections empty, and the current plan's goals and objectives each "not addressed".
 */
export function startNote(
  ctx: RequestContext,
  formats: ShippedNoteFormats,
  input: { clientId: string; formatId?: string | undefined; sameAsLastTime: boolean },
): NoteDetail {
  const clientId = mayWriteClient(ctx, input.clientId);
  const formatId = input.formatId ?? readNoteSettings(ctx.db).defaultFormatId;
  const format = findNoteFormat(ctx.db, formats, formatId);
  if (!format)
    throw new DomainError(
      'invalid_input',
      'That note format was not found.',
      { formatId: 'validation.invalid' },
      {
        messageKey: 'errors.note_format_unknown',
      },
    );
  const plan = currentPlan(ctx.db, clientId);
  const content = progressNoteDraftSchema.parse({
    formatId: format.id,
    formatVersion: format.version,
    contactDate: localToday(ctx.now),
    startTime: nowRounded(ctx.now),
    contactType: 'face_to_face',
    planVersionId: plan?.versionId ?? null,
    addressed: plan ? prefilledAddressed(plan.content) : [],
    sections: format.sections.map((section) => ({ id: section.id, text: '' })),
    ...(input.sameAsLastTime ? sameAsLastTime(ctx, clientId) : {}),
  });
  const view = ctx.db.transaction(() => {
    const created = records.createDraft(ctx, progressNoteKind, { clientId, content });
    insertNote(ctx.db, {
      record_id: created.id,
      client_id: clientId,
      author_id: ctx.actor.id,
      author_name: ctx.actor.fullName,
      draft_version_id: created.draftVersionId,
      ...listingOf(content),
      at: ctx.now.toISOString(),
    });
    return created;
  })();
  return toDetail(ctx, view, clientId);
}

/** Autosave of the writer's own draft (not audited: it runs every few seconds). */
export function saveNoteDraft(
  ctx: RequestContext,
  input: { versionId: string; content: ProgressNoteContent },
): { versionId: string; updatedAt: string } {
  const { note } = ownDraft(ctx, input.versionId);
  return ctx.db.transaction(() => {
    const saved = records.saveDraft(ctx, progressNoteKind, input.versionId, input.content);
    updateDraftListing(ctx.db, note.record_id, listingOf(input.content), saved.updatedAt);
    return { versionId: saved.versionId, updatedAt: saved.updatedAt };
  })();
}

/**
 * Throws the writer's draft away; a note never signed goes with it. A returned note's draft is
 * not discarded: the supervisor asked for a corrected version (mark it entered in error instead).
 */
export function discardNoteDraft(ctx: RequestContext, input: { versionId: string }): null {
  const { note, version } = ownDraft(ctx, input.versionId);
  if (version.status === 'draft' && note.signed_version_id !== null)
    throw wrongState('errors.note_returned_not_discarded', 'A returned note is corrected and signed again.', {
      problem: 'returned_draft',
    });
  ctx.db.transaction(() => {
    if (version.status === 'draft') deleteUnsignedNote(ctx.db, note.record_id);
    records.discardDraft(ctx, progressNoteKind, input.versionId);
  })();
  return null;
}

/** The note with every version the viewer may see; audited as a view by the primitive. */
export function getNote(ctx: RequestContext, input: { noteId: string }): NoteDetail {
  const { note, clientId } = readableNote(ctx, input.noteId);
  return toDetail(ctx, records.readRecord(ctx, progressNoteKind, note.record_id), clientId);
}
