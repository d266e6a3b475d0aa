import { useCallback, useEffect, useRef, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { AssessmentDraft } from '../../../../shared/contracts/assessments';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation } from '../../lib/client';

export type AutosaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed' };

/** Seconds of quiet typing after which the draft is saved in main (it survives a lock or a crash). */
export const AUTOSAVE_DELAY_MS = 2_000;

export interface AutosaveEvents {
  /** Main refused the draft: its field errors belong at the sections (the form places them). */
  onRefused?(error: AppError): void;
  /** A save went through: refusals of an earlier save no longer stand. */
  onSaved?(): void;
}

/**
 * Saves the assessment draft through the signed-record primitive a moment after the person stops
 * typing, and on demand (`flush`, before signing or leaving). Only what changed since the last
 * save is sent; a failure is shown — at its section when main named one — and retried at the
 * next change.
 */
export function useAutosave(
  control: Control<AssessmentDraft>,
  versionId: string,
  events: AutosaveEvents = {},
) {
  const save = useLanternMutation('assessments:saveDraft');
  const values = useWatch({ control }) as AssessmentDraft;
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const lastSaved = useRef(JSON.stringify(values));
  const latest = useRef(values);
  const saveDraft = useRef(save.mutateAsync);
  const told = useRef(events);
  useEffect(() => {
    latest.current = values;
    saveDraft.current = save.mutateAsync;
    told.current = events;
  });

  const flush = useCallback(async () => {
    const content = latest.current;
    const text = JSON.stringify(content);
    if (text === lastSaved.current) return true;
    setState({ kind: 'saving' });
    try {
      const saved = await saveDraft.current({ versionId, content });
      lastSaved.current = text;
      setState({ kind: 'saved', at: saved.updatedAt });
      told.current.onSaved?.();
      return true;
    } catch (thrown) {
      setState({ kind: 'failed' });
      told.current.onRefused?.(toAppError(thrown));
      return false;
    }
  }, [versionId]);

  useEffect(() => {
    if (JSON.stringify(values) === lastSaved.current) return undefined;
    const timer = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [values, flush]);

  // Leaving the form (another tab, another assessment) saves what is not saved yet.
  useEffect(() => () => void flush(), [flush]);

  return { state, flush };
}
