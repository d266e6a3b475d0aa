import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/result';
import { toAppError } from './client';

export type DraftSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; error: AppError }
  /** What stands fails the draft schema (a box over its length, a time half typed): not sent. */
  | { kind: 'invalid'; fields: Record<string, string> };

/** A draft schema's `safeParse`: the content as it would be saved (defaults filled), or why not. */
export type DraftParse<T> = (values: unknown) =>
  | { success: true; data: T }
  | {
      success: false;
      error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> };
    };

export interface DebouncedDraftSaveOptions<T> {
  /** The form's values as they stand (parsed before sending). */
  values: unknown;
  /** The content the draft was opened with: not saved again while nothing changes. */
  initial: T;
  parse: DraftParse<T>;
  /** Sends the content to main; a failure is thrown. The latest one given is used. */
  save: (content: T) => Promise<{ updatedAt: string }>;
  /** Quiet time after the last change before the draft is saved. */
  quietMs: number;
  /** While changes keep coming, the draft is still saved at least this often. */
  maxWaitMs: number;
  /** Stops saving (while the content is being signed: it is about to freeze). */
  paused: boolean;
  /** Whose draft this is (its version id): a new one gives a new `flush`, which saves the old first. */
  draftKey: string;
}

/**
 * Saves a draft in main: a moment after typing stops, at least every `maxWaitMs` while it goes on,
 * and when the editor goes away (or `draftKey` changes) with anything unsaved. Content the schema refuses is not sent (its
 * problems are in `state`); a failed save is tried again at the next change. `saveNow` saves given
 * content at once (signing saves the checked content first) and throws a failure.
 */
export function useDebouncedDraftSave<T>(options: DebouncedDraftSaveOptions<T>) {
  const { values, initial, parse, save, quietMs, maxWaitMs, paused, draftKey } = options;
  const [state, setState] = useState<DraftSaveState>({ kind: 'idle' });
  // As the schema gives it back (defaults filled), so an untouched draft is not saved again.
  const saved = useRef(
    (() => {
      const parsed = parse(initial);
      return JSON.stringify(parsed.success ? parsed.data : initial);
    })(),
  );
  /** When the content in `saved` was saved (null: as it came, never saved here). */
  const savedAt = useRef<string | null>(null);
  const latest = useRef(values);
  const firstUnsavedAt = useRef<number | null>(null);
  const send = useRef(save);
  const parseRef = useRef(parse);
  const isPaused = useRef(paused);
  useEffect(() => {
    latest.current = values;
    send.current = save;
    parseRef.current = parse;
    isPaused.current = paused;
  });

  /** Whether these values are the content saved as `text`. */
  const isSaved = (content: unknown, text: string) => {
    const parsed = parseRef.current(content);
    return parsed.success && JSON.stringify(parsed.data) === text;
  };

  const saveNow = useCallback(
    async (content: T) => {
      const text = JSON.stringify(content);
      setState({ kind: 'saving' });
      try {
        const result = await send.current(content);
        saved.current = text;
        savedAt.current = result.updatedAt;
        firstUnsavedAt.current = null;
        // "Saved" only while it is true: typing went on during the save, so that is not saved yet.
        setState(isSaved(latest.current, text) ? { kind: 'saved', at: result.updatedAt } : { kind: 'idle' });
      } catch (thrown) {
        setState({ kind: 'failed', error: toAppError(thrown) });
        throw thrown;
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new draft gives a new saveNow (and flush)
    [draftKey],
  );

  const flush = useCallback(async () => {
    if (isPaused.current) return;
    // Not kept (over its length, half entered): said at its box; the next change that parses is saved.
    const parsed = parseRef.current(latest.current);
    if (!parsed.success) {
      setState({
        kind: 'invalid',
        fields: Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message])),
      });
      return;
    }
    if (JSON.stringify(parsed.data) === saved.current) {
      firstUnsavedAt.current = null;
      // Typed back to what is saved after a refusal: that refusal is over, and the draft is saved.
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
    // A change after a save: the status no longer says "saved" until this one is.
    if (!isSaved(latest.current, saved.current))
      setState((current) => (current.kind === 'saved' ? { kind: 'idle' } : current));
    const now = Date.now();
    firstUnsavedAt.current ??= now;
    const waited = now - firstUnsavedAt.current;
    const delay = Math.max(0, Math.min(quietMs, maxWaitMs - waited));
    const timer = window.setTimeout(() => void flush(), delay);
    return () => window.clearTimeout(timer);
  }, [text, paused, flush, quietMs, maxWaitMs]);

  // The editor going away (the app locking, another note or tab) saves what is not saved yet.
  useEffect(() => () => void flush(), [flush]);

  return { state, flush, saveNow };
}
