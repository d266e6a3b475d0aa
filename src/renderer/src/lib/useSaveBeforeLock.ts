import { useEffect } from 'react';

/** "Save now" of every editor open with a draft, for a press that may lock Lantern. */
const openEditors = new Set<() => void>();

// Registered when this module loads, before the signed-in shell's lock-shortcut listener, so what
// was typed goes to main before `auth:lock` does (as lib/useFormDraft does for the forms): on
// Ctrl/Cmd (the shortcut's first key) and any press (the Lock button). Once locked, main refuses.
if (typeof window !== 'undefined') {
  const flushAll = () => {
    for (const flush of openEditors) flush();
  };
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.ctrlKey || event.metaKey) flushAll();
    },
    { capture: true },
  );
  window.addEventListener('pointerdown', flushAll, { capture: true });
}

/**
 * While the calling editor is open, a press that may lock Lantern first saves what is not saved
 * yet (`flush`, e.g. useDebouncedDraftSave's). An idle auto-lock finds nothing unsaved: the
 * debounced save ran seconds after typing stopped.
 */
export function useSaveBeforeLock(flush: () => Promise<void>): void {
  useEffect(() => {
    const now = () => void flush();
    openEditors.add(now);
    return () => {
      openEditors.delete(now);
    };
  }, [flush]);
}
