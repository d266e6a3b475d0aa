import {
  progressNoteDraftSchema,
  type ProgressNoteContent,
} from '../../../../shared/contracts/progress-notes';
import { useLanternMutation } from '../../lib/client';
import { useDebouncedDraftSave, type DraftSaveState } from '../../lib/useDebouncedDraftSave';
import { useSaveBeforeLock } from '../../lib/useSaveBeforeLock';

/** Quiet time after the last keystroke before the draft is saved. */
export const NOTE_AUTOSAVE_QUIET_MS = 1_000;
/** While typing goes on, the draft is still saved at least this often ("every few seconds"). */
export const NOTE_AUTOSAVE_MAX_WAIT_MS = 3_000;

/** Its `invalid`: what stands fails the draft schema (a time half typed); said at its box. */
export type NoteSaveState = DraftSaveState;

/** The form's values as the draft schema gives them back (defaults filled), or its problems. */
const parse = (values: unknown) => progressNoteDraftSchema.safeParse(values);

/**
 * Saves the note's draft in main (`notes:saveDraft`: encrypted in the database, so it survives a
 * crash, a quit and an auto-lock): a moment after typing stops, at least every few seconds while it
 * goes on, and when the editor goes away. A failed save is tried again at the next change.
 * `paused` stops it while the note is being signed (its content is about to freeze).
 */
export function useNoteAutosave(
  values: unknown,
  versionId: string,
  initial: ProgressNoteContent,
  paused: boolean,
) {
  const save = useLanternMutation('notes:saveDraft');
  const autosave = useDebouncedDraftSave({
    values,
    initial,
    parse,
    save: (content: ProgressNoteContent) => save.mutateAsync({ versionId, content }),
    quietMs: NOTE_AUTOSAVE_QUIET_MS,
    maxWaitMs: NOTE_AUTOSAVE_MAX_WAIT_MS,
    paused,
    draftKey: versionId,
  });

  // A press that may lock Lantern saves what is not saved yet first (the shared hook saves it when
  // the editor goes away).
  useSaveBeforeLock(autosave.flush);

  return autosave;
}
