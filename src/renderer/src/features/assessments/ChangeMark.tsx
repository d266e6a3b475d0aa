import { useTranslation } from 'react-i18next';
import type { SectionChange } from '../../../../shared/domain/assessment-diff';

/** "Changed", "New", "Cleared" in words beside a section of a reassessment (colour only repeats it). */
export function ChangeMark({ change }: { change: SectionChange }) {
  const { t } = useTranslation();
  if (change === 'unchanged')
    return <span className="change-mark change-mark-unchanged">{t('assessments.change.unchanged')}</span>;
  return (
    <span className={`change-mark change-mark-${change}`}>
      <span aria-hidden="true">● </span>
      {t(`assessments.change.${change}`)}
    </span>
  );
}

/** The previous assessment's answer, shown beside the new one. */
export function PreviousAnswer({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="previous-answer">
      <p className="previous-answer-label">{t('assessments.form.previous')}</p>
      <div className="previous-answer-text">{children}</div>
    </div>
  );
}
