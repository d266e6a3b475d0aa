import { useTranslation } from 'react-i18next';
import type { AutosaveState } from './useAutosave';

/** "Draft saved at 10:42", quietly (a polite live region, never an alert unless saving failed). */
export function AutosaveStatus({ state }: { state: AutosaveState }) {
  const { t, i18n } = useTranslation();
  const text =
    state.kind === 'saving'
      ? t('assessments.autosave.saving')
      : state.kind === 'saved'
        ? t('assessments.autosave.saved', {
            time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(state.at)),
          })
        : state.kind === 'failed'
          ? t('assessments.autosave.failed')
          : t('assessments.autosave.idle');
  return (
    <p role="status" className={`autosave-status autosave-${state.kind}`}>
      {text}
    </p>
  );
}
