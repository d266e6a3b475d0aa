import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { AppError } from '../../../shared/result';
import type { DraftSaveState } from './useDebouncedDraftSave';

/**
 * An autosave's refusals shown at their boxes, those of the previous try cleared. Main names
 * fields inside the content, or (its input check) under `content.`; a refusal naming no field
 * goes to the form's alert (`refuse`).
 */
export function useDraftSaveErrors<T extends FieldValues>(
  form: UseFormReturn<T>,
  state: DraftSaveState,
  refuse: (error: AppError) => void,
): void {
  const shown = useRef<string[]>([]);
  useEffect(() => {
    if (state.kind === 'saving') return;
    let fields: Record<string, string> = {};
    if (state.kind === 'invalid') fields = state.fields;
    if (state.kind === 'failed') {
      if (!state.error.fields) return refuse(state.error);
      fields = Object.fromEntries(
        Object.entries(state.error.fields).map(([name, key]) => [name.replace(/^content\./, ''), key]),
      );
    }
    for (const name of shown.current) form.clearErrors(name as never);
    shown.current = Object.keys(fields);
    for (const [name, message] of Object.entries(fields))
      form.setError(name as never, { type: 'autosave', message });
    // `refuse` and `form` are stable for the editor's life; the state is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
}
