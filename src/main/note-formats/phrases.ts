import type { z } from 'zod';
import type { SavedPhrase, savePhraseInputSchema } from '../../shared/contracts/progress-notes';
import { NOTE_LIMITS } from '../../shared/contracts/progress-notes';
import { can } from '../../shared/domain/roles';
import type { Actor, RequestContext } from '../request/context';
import { DomainError, forbidden } from '../errors';
import { newId } from '../ids';
import type { PhraseRow, PhraseScope } from './phrase-repository';
import {
  countPhrases,
  deletePhraseRow,
  findPhrase,
  insertPhrase,
  readPhrases,
  shortcutTaken,
  updatePhrase,
} from './phrase-repository';

/**
 * Saved phrases: a worker's own (anyone who writes notes) and the clinic's (kept by an
 * administrator or a supervisor). Phrases are wording, not client information; the audit names
 * the phrase and its shortcut, never its text.
 */

const writesOwnPhrases = (actor: Actor) => can(actor.role, 'clients:edit');
const keepsClinicPhrases = (actor: Actor) =>
  can(actor.role, 'settings:manage') || can(actor.role, 'notes:cosign');

function assertMayKeep(actor: Actor, scope: PhraseScope): void {
  if (scope === 'mine' && !writesOwnPhrases(actor))
    throw forbidden('errors.note_phrase_own_forbidden', 'Only staff who write notes keep their own phrases.');
  if (scope === 'clinic' && !keepsClinicPhrases(actor))
    throw forbidden(
      'errors.note_phrase_clinic_forbidden',
      'Only an administrator or a supervisor changes the clinic’s phrases.',
    );
}

const toPhrase = (row: PhraseRow): SavedPhrase => ({
  id: row.id,
  scope: row.scope,
  shortcut: row.shortcut,
  title: row.title,
  text: row.text,
  ownerName: row.owner_name,
  updatedAt: row.updated_at,
});

/** The viewer's own phrases (if they write notes) and the clinic's. */
export function listPhrases(ctx: RequestContext): SavedPhrase[] {
  if (!writesOwnPhrases(ctx.actor) && !keepsClinicPhrases(ctx.actor)) throw forbidden();
  return readPhrases(ctx.db, writesOwnPhrases(ctx.actor) ? ctx.actor.id : null).map(toPhrase);
}

/** A phrase the actor may change: their own, or the clinic's when they keep those. */
function phraseToChange(ctx: RequestContext, id: string): PhraseRow {
  const row = findPhrase(ctx.db, id);
  if (!row)
    throw new DomainError('not_found', 'That phrase was not found.', undefined, {
      messageKey: 'errors.note_phrase_not_found',
    });
  if (row.scope === 'mine' && row.owner_id !== ctx.actor.id)
    throw forbidden('errors.note_phrase_not_yours', 'That phrase belongs to someone else.');
  assertMayKeep(ctx.actor, row.scope);
  return row;
}

export function savePhrase(ctx: RequestContext, input: z.output<typeof savePhraseInputSchema>): SavedPhrase {
  assertMayKeep(ctx.actor, input.scope);
  const existing = input.id ? phraseToChange(ctx, input.id) : null;
  if (existing && existing.scope !== input.scope)
    throw new DomainError(
      'invalid_input',
      'A phrase keeps its scope: save a copy in the other one instead.',
      { scope: 'validation.note_phrase_scope_fixed' },
      { messageKey: 'errors.invalid_input' },
    );
  const ownerId = input.scope === 'mine' ? ctx.actor.id : null;
  if (shortcutTaken(ctx.db, ownerId, input.shortcut, existing?.id))
    throw new DomainError(
      'conflict',
      `The shortcut "${input.shortcut}" is already used.`,
      { shortcut: 'validation.note_phrase_shortcut_taken' },
      { messageKey: 'errors.note_phrase_shortcut_taken', shortcut: input.shortcut },
    );
  if (!existing && countPhrases(ctx.db, ownerId) >= NOTE_LIMITS.phrases)
    throw new DomainError('invalid_input', `At most ${NOTE_LIMITS.phrases} phrases.`, undefined, {
      messageKey: 'errors.note_phrase_limit',
      limit: NOTE_LIMITS.phrases,
    });
  const id = existing?.id ?? newId();
  const at = ctx.now.toISOString();
  ctx.db.transaction(() => {
    const values = {
      id,
      shortcut: input.shortcut,
      title: input.title,
      text: input.text,
      by: ctx.actor.id,
      at,
    };
    if (existing) updatePhrase(ctx.db, values);
    else insertPhrase(ctx.db, { ...values, scope: input.scope, ownerId });
    ctx.audit({
      action: 'note_phrase.saved',
      details: { phraseId: id, scope: input.scope, shortcut: input.shortcut, created: !existing },
    });
  })();
  return toPhrase(findPhrase(ctx.db, id)!);
}

export function deletePhrase(ctx: RequestContext, id: string): null {
  const row = phraseToChange(ctx, id);
  ctx.db.transaction(() => {
    deletePhraseRow(ctx.db, row.id);
    ctx.audit({
      action: 'note_phrase.deleted',
      details: { phraseId: row.id, scope: row.scope, shortcut: row.shortcut },
    });
  })();
  return null;
}
