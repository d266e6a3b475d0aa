import { can } from '../../shared/domain/roles';
import { findClientRow, keptClientId } from '../clients/repository';
import { DomainError, forbidden, notFound } from '../errors';
import type { RequestContext } from '../request/context';
import type { NoteListRow, NoteVersionRow } from './repository';
import { findNote, noteOfVersion } from './repository';

/**
 * Who may see and write progress notes. Reading needs the client's clinical record, and Part 2
 * too for a Part 2 note (marked so, or any note of a Part 2 client). Writing needs Part 2 always,
 * like care plans: a writer shown a file without its Part 2 parts would write around them.
 * Front desk, administrators and reporting have no clinical record at all (the policy's table);
 * a case manager off the caseload opens it only after breaking the glass.
 */

export const noteNotFound = () =>
  new DomainError('not_found', 'That note was not found.', undefined, {
    messageKey: 'errors.note_not_found',
  });

/** The client whose file this is, after the policy allowed reading it (merged ids resolve to the kept one). */
export function mayOpenClient(ctx: RequestContext, clientId: string): string {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
  const kept = keptClientId(ctx.db, clientId);
  ctx.policy.require(kept, 'clinical', 'read');
  return kept;
}

export function mayWriteClient(ctx: RequestContext, clientId: string): string {
  const kept = mayOpenClient(ctx, clientId);
  ctx.policy.require(kept, 'part2', 'read');
  return kept;
}

export const isPart2Note = (note: Pick<NoteListRow, 'part2' | 'client_part2'>, keptIsPart2 = false) =>
  note.part2 === 1 || note.client_part2 === 1 || keptIsPart2;

function keptIsPart2(ctx: RequestContext, clientId: string): boolean {
  return findClientRow(ctx.db, clientId)?.flag_part2_protected === 1;
}

/** Reading one note: its client's clinical record, and Part 2 for a Part 2 note. */
export function mayReadNote(ctx: RequestContext, note: NoteListRow): string {
  const kept = mayOpenClient(ctx, note.client_id);
  if (isPart2Note(note, keptIsPart2(ctx, kept))) ctx.policy.require(kept, 'part2', 'read');
  return kept;
}

/** A note by id, which the viewer may read. Someone else's note never signed does not exist for them. */
export function readableNote(ctx: RequestContext, noteId: string): { note: NoteListRow; clientId: string } {
  const note = findNote(ctx.db, noteId);
  if (!note) throw noteNotFound();
  const clientId = mayReadNote(ctx, note);
  if (note.signed_version_id === null && note.author_id !== ctx.actor.id) throw noteNotFound();
  return { note, clientId };
}

/** A version of a note the viewer may read (the same rule for a draft: its writer only). */
export function readableVersion(
  ctx: RequestContext,
  versionId: string,
): { note: NoteListRow; version: NoteVersionRow; clientId: string } {
  const found = noteOfVersion(ctx.db, versionId);
  if (!found) throw noteNotFound();
  const clientId = mayReadNote(ctx, found.note);
  if (found.version.status === 'draft' && found.note.author_id !== ctx.actor.id) throw noteNotFound();
  return { ...found, clientId };
}

/** A draft of the viewer's own note, which they may still write in this client's file. */
export function ownDraft(ctx: RequestContext, versionId: string) {
  const found = noteOfVersion(ctx.db, versionId);
  if (!found) throw noteNotFound();
  const clientId = mayWriteClient(ctx, found.note.client_id);
  if (found.note.author_id !== ctx.actor.id)
    throw forbidden('errors.note_not_yours', 'Only the writer of a note edits or signs it.', {
      problem: 'not_writer',
    });
  return { ...found, clientId };
}

/** A supervisor: who co-signs, returns, and may mark anyone's note entered in error. */
export const isSupervisor = (ctx: RequestContext) => can(ctx.actor.role, 'notes:cosign');

/** What the viewer may do to the note (before state): write the client's file at all. */
export function mayWrite(ctx: RequestContext, clientId: string): boolean {
  return (
    can(ctx.actor.role, 'clients:edit') &&
    ctx.policy.may(clientId, 'clinical', 'read') &&
    ctx.policy.may(clientId, 'part2', 'read')
  );
}
