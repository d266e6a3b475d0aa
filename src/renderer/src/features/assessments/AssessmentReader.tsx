import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AssessmentDetail } from '../../../../shared/contracts/assessments';
import type { PlanNeedHandoff } from '../../lib/planNeedHandoff';
import { formatDay } from '../../lib/format';
import { SECTION_GROUPS } from './sections';

/**
 * A signed assessment, as signed (it cannot change). Each need can become a need of the care
 * plan in one step: the care-plan tab receives it through the router's state.
 */
export function AssessmentReader({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { content, summary } = detail;
  const toPlan = (text: string) => {
    const state: PlanNeedHandoff = { addNeed: { text, assessmentId: summary.id } };
    void navigate(`/clients/${summary.clientId}/care-plan`, { state });
  };
  const sections = SECTION_GROUPS.flatMap((group) => group.sections).filter(
    (s) => !detail.withheld.includes(s),
  );
  return (
    <article className="assessment-reader" aria-labelledby="assessment-reader-title">
      <h3 id="assessment-reader-title" className="tab-heading">
        {t(`assessments.type.${summary.type}`)}
      </h3>
      <p className="field-description">
        {t('assessments.reader.signedBy', {
          name: summary.signedByName ?? '',
          date: formatDay(summary.signedAt),
        })}
      </p>
      {detail.withheld.length ? <p className="alert alert-info">{t('assessments.form.withheld')}</p> : null}
      <dl className="assessment-answers">
        {sections.map((section) => (
          <div key={section} className="assessment-answer">
            <dt>{t(`assessments.sections.${section}`)}</dt>
            <dd className="pre-wrap">{content[section] || t('assessments.form.nothing')}</dd>
          </div>
        ))}
        <div className="assessment-answer">
          <dt>{t('assessments.sections.strengths')}</dt>
          <dd>
            <ul>
              {(content.strengths ?? []).map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="assessment-answer">
          <dt>{t('assessments.sections.needs')}</dt>
          <dd>
            <ul className="need-list">
              {(content.needs ?? []).map((need) => (
                <li key={need}>
                  <span>{need}</span>{' '}
                  <Button
                    className="button button-small"
                    aria-label={t('assessments.reader.addToPlanNamed', { need })}
                    onPress={() => toPlan(need)}
                  >
                    {t('assessments.reader.addToPlan')}
                  </Button>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="assessment-answer">
          <dt>{t('assessments.sections.clientGoals')}</dt>
          <dd className="pre-wrap">{content.clientGoals || t('assessments.form.nothing')}</dd>
        </div>
        <div className="assessment-answer">
          <dt>{t('assessments.sections.risk')}</dt>
          <dd>
            {content.risk?.level ? <strong>{t(`clients.risk.${content.risk.level}`)}</strong> : null}
            <p className="pre-wrap">{content.risk?.reason}</p>
          </dd>
        </div>
      </dl>
    </article>
  );
}
