import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { call, toAppError } from './client';

/** How long typing must pause before the draft is sent to main. */
const SAVE_DELAY_MS = 800;

/** Marks "main may hold something else": the next change is always saved. */
const UNKNOWN = '\u0000unknown';

/**
 * What main keeps: the form's values, and the version of the record they were typed over (its
 * `updatedAt`), so a draft restored after someone else saved still meets the stale-edit check.
 */
interface StoredDraft {
  values: Record<string, unknown>;
  version: string | null;
}

function readStored(payload: unknown): StoredDraft | null {
  if (!payload || typeof payload !== 'object') return null;
  const { values, version } = payload as Partial<StoredDraft>;
  if (!values || typeof values !== 'object' || Array.isArray(values)) return null;
  return { values, version: typeof version === 'string' ? version : null };
}

/** "Save now" of every form with a draft open, so a press that may lock Lantern sends it first. */
const flushers = new Set<() => void>();
const flushAll = () => {
  for (const flush of flushers) flush();
};

// Registered when this module loads, before the signed-in shell adds its lock-shortcut listener
// (in an effect), so pending typing goes to main before `auth:lock` does: on Ctrl/Cmd (the lock
// shortcut's first key) and on any press (the Lock and Sign out buttons). Once locked, main
// refuses drafts, so nothing can be saved after the lock.
if (typeof window !== 'undefined') {
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.ctrlKey || event.metaKey) flushAll();
    },
    { capture: true },
  );
  window.addEventListener('pointerdown', flushAll, { capture: true });
}

export interface FormDraftOptions {
  /** The version of the record being edited (its `updatedAt`); kept with the draft. */
  version?: string;
  /** A restored draft was typed over another version of the record than `version`. */
  onRestoredVersion?(version: string): void;
}

export interface FormDraft {
  /** When the restored draft was last saved, or null when there was none (or it was discarded). */
  restoredAt: string | null;
  /**
   * Why main refused to keep the latest typing as a draft (a `validation.` key: too large, or
   * too many drafts), or null. The form still holds every value; only the safety copy is missing.
   */
  notKept: string | null;
  /** Forgets the draft in main: call after a successful save, or when the person cancels. */
  discard(): Promise<void>;
  /** "Discard draft": puts the form back as it was opened and forgets the draft. */
  discardAndReset(): Promise<void>;
}

/**
 * Keeps a form's unsaved values in main's encrypted database (`drafts:*`, per signed-in
 * account), so they survive an auto-lock — which empties the renderer — or a crash. On mount the
 * draft under `key` is loaded and put into the form; afterwards every change is sent ~800 ms
 * after typing pauses, and at once when the page is hidden or left, or a press may lock Lantern.
 */
export function useFormDraft<T extends FieldValues, TOut>(
  form: UseFormReturn<T, unknown, TOut>,
  /** Where main keeps the draft; null keeps none (a form without autosave). */
  key: string | null,
  options: FormDraftOptions = {},
): FormDraft {
  const { getValues, reset, watch } = form;
  const [initial] = useState(() => structuredClone(getValues()));
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [notKept, setNotKept] = useState<string | null>(null);
  const live = useRef(options);
  useEffect(() => {
    live.current = options;
  });
  const state = useRef({
    loaded: false,
    /** The JSON main holds for this draft, null when it holds none, or UNKNOWN. */
    stored: null as string | null,
    /** The values the form started from (or was saved as): nothing to keep while unchanged. */
    baseline: '',
    timer: undefined as number | undefined,
  });

  const payloadText = useCallback(
    (values: T) => JSON.stringify({ values, version: live.current.version ?? null }),
    [],
  );

  const saveNow = useCallback(() => {
    const draft = state.current;
    window.clearTimeout(draft.timer);
    draft.timer = undefined;
    if (!draft.loaded || key === null) return; // the load decides, then saves what was typed meanwhile
    const values = getValues();
    const text = payloadText(values);
    if (text === draft.stored) return;
    if (draft.stored === null && JSON.stringify(values) === draft.baseline) return;
    draft.stored = text;
    call('drafts:save', { key, payload: JSON.parse(text) as unknown }).then(
      () => setNotKept(null),
      (thrown: unknown) => {
        // Locked meanwhile, or refused: the next change tries again.
        if (state.current.stored === text) state.current.stored = UNKNOWN;
        const reason = toAppError(thrown).fields?.payload;
        if (reason) setNotKept(reason);
      },
    );
  }, [getValues, key, payloadText]);

  const saveSoon = useCallback(() => {
    window.clearTimeout(state.current.timer);
    state.current.timer = window.setTimeout(saveNow, SAVE_DELAY_MS);
  }, [saveNow]);

  const flushPending = useCallback(() => {
    if (state.current.timer !== undefined) saveNow();
  }, [saveNow]);

  // Load the draft, if any, into a form nobody has typed in yet.
  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    const draft = state.current;
    draft.loaded = false;
    draft.baseline = JSON.stringify(initial);
    call('drafts:get', { key }).then(
      (found) => {
        if (cancelled) return;
        draft.loaded = true;
        const stored = found ? readStored(found.payload) : null;
        const untouched = JSON.stringify(getValues()) === draft.baseline;
        if (found && stored && untouched) {
          reset({ ...initial, ...stored.values } as T, { keepDefaultValues: true });
          draft.stored = payloadText(getValues());
          setRestoredAt(found.updatedAt);
          const current = live.current.version ?? null;
          if (stored.version && stored.version !== current) {
            live.current.onRestoredVersion?.(stored.version);
            draft.stored = UNKNOWN; // saved again with the version it was typed over
          }
          return;
        }
        draft.stored = found ? UNKNOWN : null;
        if (!untouched) saveSoon();
      },
      () => {
        if (cancelled) return;
        draft.loaded = true;
        draft.stored = UNKNOWN;
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, initial, getValues, reset, payloadText, saveSoon]);

  // Save after each pause in typing, and at once when the page goes away.
  useEffect(() => {
    if (key === null) return;
    const subscription = watch(() => saveSoon());
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushPending();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushPending);
    flushers.add(flushPending);
    return () => {
      subscription.unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushPending);
      flushers.delete(flushPending);
      // Leaving the form (e.g. to look at a possible duplicate) keeps what was typed.
      flushPending();
    };
  }, [key, watch, saveSoon, flushPending]);

  const discard = useCallback(async () => {
    const draft = state.current;
    window.clearTimeout(draft.timer);
    draft.timer = undefined;
    draft.stored = null;
    draft.baseline = JSON.stringify(getValues());
    setRestoredAt(null);
    setNotKept(null);
    if (key !== null) await call('drafts:discard', { key }).catch(() => undefined);
  }, [getValues, key]);

  const discardAndReset = useCallback(async () => {
    reset(structuredClone(initial));
    await discard();
  }, [reset, initial, discard]);

  return { restoredAt, notKept, discard, discardAndReset };
}
