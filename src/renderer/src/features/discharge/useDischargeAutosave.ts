import { useEffect } from 'react';
import { dischargeDraftSchema, type DischargeContent } from '../../../../shared/contracts/discharge';
import { useLanternMutation } from '../../lib/client';
import { useDebouncedDraftSave } from '../../lib/useDebouncedDraftSave';

/** Quiet time after the last keystroke before the draft is saved. */
const QUIET_MS = 1_000;
/** While typing goes on, the draft is still saved at least this often. */
const MAX_WAIT_MS = 3_000;

/** "Save now" of every discharge open in an editor, for a press that may lock Lantern. */
const openEditors = new Set<() => void>();
// Registered when this module loads, before the shell's lock-shortcut listener, so what was typed
// goes to main before `auth:lock` does (Ctrl/Cmd, the shortcut's first key; any press, the Lock
// button). An idle auto-lock finds nothing unsaved: the draft was saved seconds after typing stopped.
if (typeof window !== 'undefined') {
  const saveAll = () => openEditors.forEach((save) => save());
  window.addEventListener('keydown', (event) => (event.ctrlKey || event.metaKey) && saveAll(), {
    capture: true,
  });
  window.addEventListener('pointerdown', saveAll, { capture: true });
}

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
  const { flush } = autosave;
  useEffect(() => {
    const now = () => void flush();
    openEditors.add(now);
    return () => {
      openEditors.delete(now);
    };
  }, [flush]);
  return autosave;
}
