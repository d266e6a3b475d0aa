import { useTranslation } from 'react-i18next';
import type { DischargeContent } from '../../../../shared/contracts/discharge';
import { formatCalendarDate } from '../../lib/format';

/** A discharge's content, read only: for the review before signing, and the signed discharge. */
export function DischargeView({ content }: { content: DischargeContent }) {
  const { t } = useTranslation();
  const none = t('discharge.reader.none');
  const reason = content.reason
    ? content.reason === 'other'
      ? `${t('discharge.reason.other')}: ${content.reasonOther}`
      : t(`discharge.reason.${content.reason}`)
    : none;
  return (
    <dl className="discharge-review">
      <dt>{t('discharge.reader.enrollment')}</dt>
      <dd>
        {content.program} ·{' '}
        {t('discharge.reader.enrolled', {
          start: formatCalendarDate(content.enrollmentStartDate),
          end: formatCalendarDate(content.dischargeDate),
        })}
      </dd>
      <dt>{t('discharge.fields.reason')}</dt>
      <dd>{reason}</dd>
      <dt>{t('discharge.fields.dischargeDate')}</dt>
      <dd>{formatCalendarDate(content.dischargeDate) || none}</dd>
      <dt>{t('discharge.fields.summaryOfServices')}</dt>
      <dd>{content.summaryOfServices || none}</dd>
      <dt>{t('discharge.fields.goals')}</dt>
      <dd>
        {content.goals.length === 0 ? (
          t('discharge.fields.noGoals')
        ) : (
          <ul className="plain-list">
            {content.goals.map((goal, i) => (
              <li key={goal.goalId}>
                <strong>{t('discharge.fields.goalN', { n: i + 1, goal: goal.goal })}</strong> —{' '}
                {t(`carePlans.status.${goal.status}`)}
                {goal.progress ? <div>{goal.progress}</div> : null}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('discharge.fields.aftercarePlan')}</dt>
      <dd>{content.aftercarePlan || none}</dd>
      <dt>{t('discharge.fields.referrals')}</dt>
      <dd>
        {content.referrals.length === 0 ? (
          t('discharge.fields.noReferrals')
        ) : (
          <ul className="plain-list">
            {content.referrals.map((r, i) => (
              <li key={i}>
                {r.to}
                {r.for ? ` — ${r.for}` : ''}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('discharge.fields.contact')}</dt>
      <dd>{[content.contact.name, content.contact.phoneOrRole].filter(Boolean).join(' · ') || none}</dd>
    </dl>
  );
}
