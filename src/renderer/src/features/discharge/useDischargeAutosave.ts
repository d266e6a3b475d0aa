import { dischargeDraftSchema, type DischargeContent } from '../../../../shared/contracts/discharge';
import { useLanternMutation } from '../../lib/client';
import { useDebouncedDraftSave } from '../../lib/useDebouncedDraftSave';
import { useSaveBeforeLock } from '../../lib/useSaveBeforeLock';

/** Quiet time after the last keystroke before the draft is saved. */
const QUIET_MS = 1_000;
/** While typing goes on, the draft is still saved at least this often. */
const MAX_WAIT_MS = 3_000;

const parse = (values: unknown) => dischargeDraftSchema.safeParse(values);

/**
 * Saves the discharge draft in main (`discharge:saveDraft`: the signed-record primitive's draft,
 * encrypted in the database, so it survives a crash, a quit and a lock): a moment after typing
 * stops, at least every few seconds while it goes on, and when the editor goes away. `paused`
 * stops it while the discharge is being signed.
 */
export function useDischargeAutosave(
  values: unknown,
  versionId: string,
  initial: DischargeContent,
  paused: boolean,
) {
  const save = useLanternMutation('discharge:saveDraft');
  const autosave = useDebouncedDraftSave({
    values,
    initial,
    parse,
    save: (content: DischargeContent) => save.mutateAsync({ versionId, content }),
    quietMs: QUIET_MS,
    maxWaitMs: MAX_WAIT_MS,
    paused,
    draftKey: versionId,
  });
  // A press that may lock Lantern saves what is not saved yet first.
  useSaveBeforeLock(autosave.flush);
  return autosave;
}
