import { useTranslation } from 'react-i18next';
import { useWhen } from './labels';
import type { NoteSaveState } from './useNoteAutosave';

/** "Saved 14:32", quietly (a polite live region); a failure says the draft is not saved yet. */
export function NoteAutosaveStatus({ state }: { state: NoteSaveState }) {
  const { t } = useTranslation();
  const when = useWhen();
  const text =
    state.kind === 'saving'
      ? t('notes.autosave.saving')
      : state.kind === 'saved'
        ? t('notes.autosave.saved', { time: when(state.at, 'time') })
        : state.kind === 'failed' || state.kind === 'invalid'
          ? t('notes.autosave.failed')
          : t('notes.autosave.idle');
  return (
    <p role="status" className={`autosave-status autosave-${state.kind}`} data-testid="note-autosave">
      {text}
    </p>
  );
}
