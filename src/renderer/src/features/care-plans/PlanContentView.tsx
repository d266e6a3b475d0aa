import { useTranslation } from 'react-i18next';
import type { CarePlanContent, PlanGoal } from '../../../../shared/contracts/care-plans';
import { measureTargetMet } from '../../../../shared/domain/care-plan-measures';
import { formatCalendarDate } from '../../lib/format';
import { measureText, whoOptions } from './labels';

/**
 * The latest score of an instrument for this client, when the caller knows it. The measures
 * feature owns scores: the lead wires them in (CarePlanTab's `latestScores`); without one the
 * plan shows the target alone.
 */
export type LatestScores = Readonly<Record<string, { score: number; date: string } | undefined>>;

/** A signed (or superseded) version, read-only, in the plan's nesting. */
export function PlanContentView({
  content,
  latestScores = {},
}: {
  content: CarePlanContent;
  latestScores?: LatestScores;
}) {
  const { t } = useTranslation();
  return (
    <div className="plan-view">
      <p className="facts">
        <span>
          {t('carePlans.fields.startDate')}: {formatCalendarDate(content.startDate)}
        </span>{' '}
        <span>
          {t('carePlans.fields.reviewDate')}: {formatCalendarDate(content.reviewDate)}
        </span>
      </p>
      <ol className="plan-view-needs">
        {content.needs.map((need, ni) => (
          <li key={need.id}>
            <h4>
              {t('carePlans.item.need', { n: ni + 1 })}: {need.text}
            </h4>
            {need.fromAssessment ? <p className="field-help">{t('carePlans.fromAssessment')}</p> : null}
            <ol>
              {need.goals.map((goal, gi) => (
                <GoalView key={goal.id} goal={goal} n={`${ni + 1}.${gi + 1}`} latestScores={latestScores} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}

function StatusBadge({ status, date }: { status: PlanGoal['status']; date: string | null }) {
  const { t } = useTranslation();
  return (
    <span className={`badge plan-status plan-status-${status}`}>
      {t(`carePlans.status.${status}`)}
      {date ? ` · ${formatCalendarDate(date)}` : ''}
    </span>
  );
}

function GoalView({ goal, n, latestScores }: { goal: PlanGoal; n: string; latestScores: LatestScores }) {
  const { t } = useTranslation();
  const who = Object.fromEntries(whoOptions(t).map((o) => [o.id, o.label]));
  const latest = goal.measure ? latestScores[goal.measure.instrumentId] : undefined;
  return (
    <li className="plan-view-goal">
      <h5>
        {t('carePlans.item.goal', { n })}: {goal.statement}{' '}
        <StatusBadge status={goal.status} date={goal.statusDate} />
      </h5>
      {goal.clientWords ? <blockquote>“{goal.clientWords}”</blockquote> : null}
      {goal.measure ? (
        <p className="plan-measure-line" data-testid="goal-measure">
          {measureText(t, goal.measure)}
          {latest ? (
            <>
              {' — '}
              {t('carePlans.measure.latest', {
                score: latest.score,
                date: formatCalendarDate(latest.date),
              })}{' '}
              {measureTargetMet(goal.measure, latest.score)
                ? t('carePlans.measure.met')
                : t('carePlans.measure.notMet')}
            </>
          ) : null}
        </p>
      ) : null}
      <ul>
        {goal.objectives.map((o) => (
          <li key={o.id}>
            {o.text} — {t('carePlans.fields.targetDate')}: {formatCalendarDate(o.targetDate)}{' '}
            <StatusBadge status={o.status} date={o.statusDate} />
            <ul>
              {o.interventions.map((iv) => (
                <li key={iv.id}>
                  {iv.what} (
                  {[who[iv.who], iv.whoName, iv.frequency, iv.serviceType].filter(Boolean).join(', ')}){' '}
                  <StatusBadge status={iv.status} date={iv.statusDate} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </li>
  );
}
