import { useCallback, useEffect, useRef, useState } from 'react';
import type { CarePlanContent } from '../../../../shared/contracts/care-plans';
import { carePlanDraftSchema } from '../../../../shared/contracts/care-plans';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation } from '../../lib/client';

/** Quiet time after the last change before the draft is saved. */
export const PLAN_AUTOSAVE_QUIET_MS = 1_000;
/** While changes keep coming, the draft is still saved at least this often. */
export const PLAN_AUTOSAVE_MAX_WAIT_MS = 3_000;

/** Whether these form values are the content saved as `savedText`. */
function isSaved(values: unknown, savedText: string): boolean {
  const parsed = carePlanDraftSchema.safeParse(values);
  return parsed.success && JSON.stringify(parsed.data) === savedText;
}

export type PlanSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; error: AppError }
  /** The draft as it stands fails the draft schema (a box over its length): not sent, not kept. */
  | { kind: 'invalid'; fields: Record<string, string> };

/**
 * Saves the plan draft in main (the signed-record primitive's draft, so it survives a lock or a
 * crash): a moment after typing stops, at least every few seconds while it goes on, and when the
 * editor goes away (a lock, another tab) with anything unsaved. A failed save is tried again at
 * the next change. `paused` stops it while the content is being signed (it is about to freeze).
 */
export function usePlanAutosave(
  values: unknown,
  versionId: string,
  initial: CarePlanContent,
  paused: boolean,
) {
  const save = useLanternMutation('carePlans:saveDraft');
  const [state, setState] = useState<PlanSaveState>({ kind: 'idle' });
  // As the schema gives it back (defaults filled), so an untouched draft is not saved again.
  const saved = useRef(JSON.stringify(carePlanDraftSchema.safeParse(initial).data ?? initial));
  const latest = useRef(values);
  const firstUnsavedAt = useRef<number | null>(null);
  const mutate = useRef(save.mutateAsync);
  const isPaused = useRef(paused);
  /** When the content in `saved` was saved (null: as it came, never saved here). */
  const savedAt = useRef<string | null>(null);
  useEffect(() => {
    latest.current = values;
    mutate.current = save.mutateAsync;
    isPaused.current = paused;
  });

  /** Saves this content now (signing saves the checked content first); a failure is thrown. */
  const saveNow = useCallback(
    async (content: CarePlanContent) => {
      const text = JSON.stringify(content);
      setState({ kind: 'saving' });
      try {
        const result = await mutate.current({ versionId, content });
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
    [versionId],
  );

  const flush = useCallback(async () => {
    if (isPaused.current) return;
    // Not kept (an objective over its length, a number half-entered): said at its box; the next
    // change that parses is saved.
    const parsed = carePlanDraftSchema.safeParse(latest.current);
    if (!parsed.success) {
      setState({
        kind: 'invalid',
        fields: Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message])),
      });
      return;
    }
    if (isSaved(parsed.data, saved.current)) {
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
    const delay = Math.max(0, Math.min(PLAN_AUTOSAVE_QUIET_MS, PLAN_AUTOSAVE_MAX_WAIT_MS - waited));
    const timer = window.setTimeout(() => void flush(), delay);
    return () => window.clearTimeout(timer);
  }, [text, paused, flush]);

  // The editor going away (the app locking, another tab) saves what is not saved yet.
  useEffect(() => () => void flush(), [flush]);

  return { state, flush, saveNow };
}
