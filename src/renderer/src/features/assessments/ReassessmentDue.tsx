import { useTranslation } from 'react-i18next';
import { useLanternQuery } from '../../lib/client';
import { formatCalendarDate } from '../../lib/format';

/** "Reassessment due 12 Jun 2026" or, once past, "Reassessment overdue since …" (in words, not colour). */
export function ReassessmentDue({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const due = useLanternQuery('assessments:due', { clientId });
  if (!due.data) return null;
  if (!due.data.nextDueDate) return <p className="reassessment-due">{t('assessments.due.intakeNeeded')}</p>;
  const date = formatCalendarDate(due.data.nextDueDate);
  return due.data.overdue ? (
    <p className="reassessment-due reassessment-overdue" role="note">
      <span aria-hidden="true">⚠ </span>
      {t('assessments.due.overdue', { date, days: due.data.intervalDays })}
    </p>
  ) : (
    <p className="reassessment-due">{t('assessments.due.next', { date, days: due.data.intervalDays })}</p>
  );
}
