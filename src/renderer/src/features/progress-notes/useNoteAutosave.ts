import { useCallback, useEffect, useRef, useState } from 'react';
import {
  progressNoteDraftSchema,
  type ProgressNoteContent,
} from '../../../../shared/contracts/progress-notes';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation } from '../../lib/client';

/** Quiet time after the last keystroke before the draft is saved. */
export const NOTE_AUTOSAVE_QUIET_MS = 1_000;
/** While typing goes on, the draft is still saved at least this often ("every few seconds"). */
export const NOTE_AUTOSAVE_MAX_WAIT_MS = 3_000;

/** "Save now" of every note open in an editor, for a press that may lock Lantern. */
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

export type NoteSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; error: AppError }
  /** What stands fails the draft schema (a time half typed): not sent; said at its box. */
  | { kind: 'invalid'; fields: Record<string, string> };

/** The form's values as the draft schema gives them back (defaults filled), or its problems. */
function parse(values: unknown) {
  return progressNoteDraftSchema.safeParse(values);
}

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
  const [state, setState] = useState<NoteSaveState>({ kind: 'idle' });
  const saved = useRef(JSON.stringify(parse(initial).data ?? initial));
  const savedAt = useRef<string | null>(null);
  const latest = useRef(values);
  const firstUnsavedAt = useRef<number | null>(null);
  const mutate = useRef(save.mutateAsync);
  const isPaused = useRef(paused);
  useEffect(() => {
    latest.current = values;
    mutate.current = save.mutateAsync;
    isPaused.current = paused;
  });

  const isSaved = (content: unknown, text: string) => {
    const parsed = parse(content);
    return parsed.success && JSON.stringify(parsed.data) === text;
  };

  /** Saves this content now (signing saves the checked content first); a failure is thrown. */
  const saveNow = useCallback(
    async (content: ProgressNoteContent) => {
      const text = JSON.stringify(content);
      setState({ kind: 'saving' });
      try {
        const result = await mutate.current({ versionId, content });
        saved.current = text;
        savedAt.current = result.updatedAt;
        firstUnsavedAt.current = null;
        // "Saved" only while it is true: typing went on during the save.
        setState(isSaved(latest.current, text) ? { kind: 'saved', at: result.updatedAt } : { kind: 'idle' });
      } catch (thrown) {
        setState({ kind: 'failed', error: toAppError(thrown) });
        throw thrown;
      }
    },
    [versionId],
  );

  const flush = useCallback(async () => {
    if (isPaused.current) return;
    const parsed = parse(latest.current);
    if (!parsed.success) {
      setState({
        kind: 'invalid',
        fields: Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message])),
      });
      return;
    }
    if (JSON.stringify(parsed.data) === saved.current) {
      firstUnsavedAt.current = null;
      const at = savedAt.current;
      setState((current) =>
        current.kind === 'invalid' || current.kind === 'failed'
          ? at
            ? { kind: 'saved', at }
            : { kind: 'idle' }
          : current,
      );
      return;
    }
    await saveNow(parsed.data).catch(() => undefined); // shown by `state`, tried again at the next change
  }, [saveNow]);

  const text = JSON.stringify(values);
  useEffect(() => {
    if (paused) return undefined;
    if (!isSaved(latest.current, saved.current))
      setState((current) => (current.kind === 'saved' ? { kind: 'idle' } : current));
    const now = Date.now();
    firstUnsavedAt.current ??= now;
    const waited = now - firstUnsavedAt.current;
    const delay = Math.max(0, Math.min(NOTE_AUTOSAVE_QUIET_MS, NOTE_AUTOSAVE_MAX_WAIT_MS - waited));
    const timer = window.setTimeout(() => void flush(), delay);
    return () => window.clearTimeout(timer);
  }, [text, paused, flush]);

  // The editor going away (another note, another tab) saves what is not saved yet; a press that
  // may lock Lantern saves it first.
  useEffect(() => {
    const now = () => void flush();
    openEditors.add(now);
    return () => {
      openEditors.delete(now);
      now();
    };
  }, [flush]);

  return { state, flush, saveNow };
}
