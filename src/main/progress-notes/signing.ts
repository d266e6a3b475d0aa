import type { NoteDetail } from '../../shared/contracts/progress-notes';
import { UNREACHED_CONTACT_TYPES, progressNoteDraftSchema } from '../../shared/contracts/progress-notes';
import { clientIdsJson } from '../clients/repository';
import { DomainError, fieldErrors, forbidden } from '../errors';
import type { ShippedNoteFormats } from '../note-formats/formats';
import { findNoteFormat } from '../note-formats/formats';
import { needsCosign, readNoteSettings } from '../note-formats/settings';
import * as records from '../records';
import type { RequestContext } from '../request/context';
import { isSupervisor, mayWriteClient, ownDraft, readableNote } from './access';
import { completed, refuseUnsignable } from './checks';
import { contactInstant, daysBetween } from './dates';
import { progressNoteKind } from './kind';
import { raiseLastContact, recomputeLastContact } from './last-contact-repository';
import { currentPlanGoals } from './plan';
import { firstWriterSignedAt, markWriterSigned, touchNote } from './repository';
import { toDetail } from './view';
import { listingOf } from './write';

/**
 * The writer signs their draft: checked complete, the derived times filled in, frozen by the
 * primitive. Late when first signed more than the clinic's late-entry days (local calendar days)
 * after the contact (a note signed again after a return keeps its first signing's figures); awaiting a supervisor when the clinic says this writer's notes need co-signing.
 */
export function signNote(
  ctx: RequestContext,
  formats: ShippedNoteFormats,
  input: { versionId: string },
): NoteDetail {
  const { note, version, clientId } = ownDraft(ctx, input.versionId);
  if (version.status !== 'draft') {
    // The primitive says exactly why (already signed in this role, superseded).
    return toDetail(ctx, records.sign(ctx, progressNoteKind, input.versionId, { role: 'worker' }), clientId);
  }
  const parsed = progressNoteDraftSchema.safeParse(JSON.parse(version.content));
  // A draft saved under an older rule is refused at its fields, like any bad input.
  if (!parsed.success)
    throw new DomainError(
      'invalid_input',
      'This draft no longer fits the note form.',
      fieldErrors(parsed.error),
      {
        messageKey: 'errors.note_incomplete',
      },
    );
  const draft = parsed.data;
  const plan = currentPlanGoals(ctx.db, clientId);
  const format = findNoteFormat(ctx.db, formats, draft.formatId, draft.formatVersion);
  refuseUnsignable(draft, { format, plan, now: ctx.now });
  const content = completed(draft, plan);
  const settings = readNoteSettings(ctx.db);
  const cosign = needsCosign(settings, ctx.actor);
  const contactDate = content.contactDate as string;
  const startTime = content.startTime as string;
  const reached = !UNREACHED_CONTACT_TYPES.includes(content.contactType);
  const reachedAt = reached ? contactInstant(contactDate, startTime) : null;
  // Timeliness is when the writer first completed the note: signing again after a return keeps it.
  const firstSignedAt = firstWriterSignedAt(ctx.db, note.record_id);
  const completedAt = firstSignedAt ? new Date(firstSignedAt) : ctx.now;
  const view = ctx.db.transaction(() => {
    records.saveDraft(ctx, progressNoteKind, input.versionId, content);
    const signed = records.sign(ctx, progressNoteKind, input.versionId, { role: 'worker' });
    markWriterSigned(ctx.db, note.record_id, {
      ...listingOf(content),
      state: cosign ? 'awaiting_cosign' : 'signed',
      signed_version_id: input.versionId,
      cosign_required: cosign ? 1 : 0,
      late: daysBetween(contactDate, completedAt) > settings.lateEntryDays ? 1 : 0,
      reached_at: reachedAt,
      at: ctx.now.toISOString(),
    });
    if (reachedAt) raiseLastContact(ctx.db, clientId, reachedAt, ctx.now.toISOString());
    return signed;
  })();
  return toDetail(ctx, view, clientId);
}

const notSigned = () =>
  new DomainError(
    'wrong_state',
    'This note is still a draft: edit it instead of adding an addendum.',
    undefined,
    {
      problem: 'addendum_on_draft',
      messageKey: 'errors.record_addendum_on_draft',
    },
  );

/**
 * A correction or later information from anyone who may write the client's file, added to the
 * signed version in force and signed at once, in one transaction. The note is never touched.
 */
export function addNoteAddendum(ctx: RequestContext, input: { noteId: string; text: string }): NoteDetail {
  const { note } = readableNote(ctx, input.noteId);
  const clientId = mayWriteClient(ctx, note.client_id);
  // The writer's signed version is the one in force (a returned note's too, until signed again).
  const versionId = note.signed_version_id;
  if (!versionId) throw notSigned();
  const role = isSupervisor(ctx) && note.author_id !== ctx.actor.id ? 'supervisor' : 'worker';
  const signed = ctx.db.transaction(() => {
    const drafted = records.addAddendum(ctx, progressNoteKind, versionId, { text: input.text });
    const addendum = drafted.addenda
      .filter((a) => a.state === 'draft' && a.createdBy === ctx.actor.id)
      .at(-1);
    if (!addendum) throw notSigned();
    const after = records.signAddendum(ctx, progressNoteKind, addendum.id, { role });
    touchNote(ctx.db, note.record_id, ctx.now.toISOString());
    return after;
  })();
  return toDetail(ctx, signed, clientId);
}

/**
 * Marks a note entered in error (not deleted): by its writer or a supervisor, with a reason. The
 * client's last contact is worked out again from the notes that remain.
 */
export function markNoteEnteredInError(
  ctx: RequestContext,
  input: { noteId: string; reason: string },
): NoteDetail {
  const { note } = readableNote(ctx, input.noteId);
  const clientId = mayWriteClient(ctx, note.client_id);
  if (note.author_id !== ctx.actor.id && !isSupervisor(ctx))
    throw forbidden(
      'errors.note_error_mark_forbidden',
      'Only the writer or a supervisor marks a note entered in error.',
    );
  const view = ctx.db.transaction(() => {
    const marked = records.markEnteredInError(ctx, progressNoteKind, note.record_id, input.reason);
    touchNote(ctx.db, note.record_id, ctx.now.toISOString());
    recomputeLastContact(ctx.db, clientId, clientIdsJson(ctx.db, clientId));
    return marked;
  })();
  return toDetail(ctx, view, clientId);
}
