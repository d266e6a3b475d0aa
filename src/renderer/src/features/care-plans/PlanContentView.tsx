import { useTranslation } from 'react-i18next';
import type { CarePlanContent, LatestScores, PlanGoal } from '../../../../shared/contracts/care-plans';
import { measureTargetMet } from '../../../../shared/domain/care-plan-measures';
import { formatCalendarDate } from '../../lib/format';
import { measureText, whoOptions } from './labels';
import { useInstruments } from './useInstruments';

/** "Part 2": a need or goal about substance use (42 CFR Part 2), marked wherever it is shown. */
function Part2Mark() {
  const { t } = useTranslation();
  return <span className="badge badge-part2">{t('carePlans.part2.badge')}</span>;
}

/**
 * A signed (or superseded) version, read-only, in the plan's nesting. `latestScores` (from
 * carePlans:get) puts each linked goal's latest score beside its target.
 */
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
              {t('carePlans.item.need', { n: ni + 1 })}: {need.text} {need.part2 ? <Part2Mark /> : null}
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
  const { nameOf } = useInstruments();
  const latest = goal.measure ? latestScores[goal.measure.instrumentId] : undefined;
  return (
    <li className="plan-view-goal">
      <h5>
        {t('carePlans.item.goal', { n })}: {goal.statement}{' '}
        <StatusBadge status={goal.status} date={goal.statusDate} /> {goal.part2 ? <Part2Mark /> : null}
      </h5>
      {goal.clientWords ? <blockquote>“{goal.clientWords}”</blockquote> : null}
      {goal.measure ? (
        <p className="plan-measure-line" data-testid="goal-measure">
          {measureText(t, goal.measure, nameOf)}
          {' — '}
          {latest ? (
            <>
              {t('carePlans.measure.latest', {
                score: latest.score,
                date: formatCalendarDate(latest.date),
              })}{' '}
              {measureTargetMet(goal.measure, latest.score) ? (
                <span className="badge plan-target-met">{t('carePlans.measure.met')}</span>
              ) : (
                <span className="badge plan-target-not-met">{t('carePlans.measure.notMet')}</span>
              )}
            </>
          ) : (
            t('carePlans.measure.noScore')
          )}
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
