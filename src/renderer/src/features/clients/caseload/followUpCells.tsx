import type { TFunction } from 'i18next';
import type { CaseloadRow } from '../../../../../shared/contracts/caseload';
import { formatCalendarDate } from '../../../lib/format';

/**
 * The caseload's clinical follow-up cells. Main sends null where this person may not see the
 * client's clinical record, and the cell is then empty. "Overdue" is written, not only coloured.
 */

/** "PHQ-9 item 9": the instrument's id as it is printed, and the item's number. */
function alertName(alert: { instrumentId: string; itemId: string }, t: TFunction): string {
  const number = /^q(\d+)$/.exec(alert.itemId)?.[1];
  const item = number ? t('clients.followUps.item', { number }) : alert.itemId;
  return `${alert.instrumentId.toUpperCase()} ${item}`;
}

/** An open critical-item alert: the most prominent cell of the row, named "Safety alert: …". */
export function SafetyAlertCell({ alerts, t }: { alerts: CaseloadRow['safetyAlerts']; t: TFunction }) {
  if (!alerts || alerts.length === 0) return null;
  const names = [...new Set(alerts.map((alert) => alertName(alert, t)))].join(', ');
  return (
    <span className="badge badge-safety-alert">
      <span aria-hidden="true" className="badge-icon">
        ⚠
      </span>
      <span className="visually-hidden">{t('clients.followUps.safetyAlertPrefix')}</span>
      {names}
    </span>
  );
}

/** A date that can be past due: the date, and "Overdue" beside it when it has passed. */
export function DueDateCell({
  value,
  t,
}: {
  value: { date: string; overdue: boolean } | null;
  t: TFunction;
}) {
  if (!value) return null;
  return (
    <span className={value.overdue ? 'follow-up-overdue' : undefined}>
      {formatCalendarDate(value.date)}
      {value.overdue ? (
        <>
          {' '}
          <span className="badge badge-overdue">{t('clients.followUps.overdue')}</span>
        </>
      ) : null}
    </span>
  );
}

/** Scheduled measures: how many are overdue and how many due soon. */
export function MeasuresCell({ measures, t }: { measures: CaseloadRow['measures']; t: TFunction }) {
  if (!measures || measures.due + measures.overdue === 0) return null;
  return (
    <span className="badge-list">
      {measures.overdue > 0 ? (
        <span className="badge badge-overdue">
          {t('clients.followUps.measuresOverdue', { count: measures.overdue })}
        </span>
      ) : null}
      {measures.due > 0 ? (
        <span className="badge badge-due">{t('clients.followUps.measuresDue', { count: measures.due })}</span>
      ) : null}
    </span>
  );
}
