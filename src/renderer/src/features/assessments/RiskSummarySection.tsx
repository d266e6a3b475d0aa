import { useId } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AssessmentDraft } from '../../../../shared/contracts/assessments';
import { sectionChange } from '../../../../shared/domain/assessment-diff';
import { ASSESSED_RISK_LEVELS } from '../../../../shared/domain/risk';
import { FormSelectField, FormTextField } from '../../ui/fields';
import { ChangeMark, PreviousAnswer } from './ChangeMark';

/** The risk summary: a level and why. Signing makes it the client's risk level. */
export function RiskSummarySection(props: {
  control: Control<AssessmentDraft>;
  previous?: AssessmentDraft['risk'] | null;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const value = useWatch({ control: props.control, name: 'risk' });
  const reassessing = props.previous !== undefined;
  return (
    <fieldset className="assessment-section" aria-labelledby={headingId}>
      <legend id={headingId} className="assessment-section-title">
        {t('assessments.sections.risk')}{' '}
        {reassessing ? <ChangeMark change={sectionChange(props.previous ?? undefined, value)} /> : null}
      </legend>
      <p className="field-description">{t('assessments.help.risk')}</p>
      <div className={reassessing ? 'section-compare' : undefined}>
        {reassessing ? (
          <PreviousAnswer>
            {props.previous?.level ? <p>{t(`clients.risk.${props.previous.level}`)}</p> : null}
            <p className="pre-wrap">
              {props.previous?.reason || (props.previous?.level ? '' : t('assessments.form.nothing'))}
            </p>
          </PreviousAnswer>
        ) : null}
        <div className="stack">
          <FormSelectField
            control={props.control}
            name="risk.level"
            label={t('assessments.form.riskLevel')}
            placeholder={t('assessments.form.chooseLevel')}
            options={ASSESSED_RISK_LEVELS.map((level) => ({ id: level, label: t(`clients.risk.${level}`) }))}
          />
          <FormTextField
            control={props.control}
            name="risk.reason"
            label={t('assessments.form.riskReason')}
            multiline
            wide
          />
        </div>
      </div>
    </fieldset>
  );
}
