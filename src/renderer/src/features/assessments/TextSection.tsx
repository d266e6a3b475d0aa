import { useId } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AssessmentDraft, TextSection as Section } from '../../../../shared/contracts/assessments';
import { OPTIONAL_SECTIONS, SECTION_MAX } from '../../../../shared/contracts/assessments';
import { sectionChange } from '../../../../shared/domain/assessment-diff';
import { FormTextField } from '../../ui/fields';
import { ChangeMark, PreviousAnswer } from './ChangeMark';

/** One written section: a labelled group with its box, and in a reassessment the previous answer beside it. */
export function TextSection(props: {
  control: Control<AssessmentDraft>;
  section: Section;
  /** The previous assessment's answer (undefined when this is not a reassessment). */
  previous?: string | null;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const value = useWatch({ control: props.control, name: props.section });
  const reassessing = props.previous !== undefined;
  const optional = (OPTIONAL_SECTIONS as readonly Section[]).includes(props.section);
  return (
    <fieldset className="assessment-section" aria-labelledby={headingId}>
      <legend id={headingId} className="assessment-section-title">
        {t(`assessments.sections.${props.section}`)}
        {optional ? <span className="field-optional"> {t('assessments.form.optional')}</span> : null}{' '}
        {reassessing ? <ChangeMark change={sectionChange(props.previous ?? undefined, value)} /> : null}
      </legend>
      <div className={reassessing ? 'section-compare' : undefined}>
        {reassessing ? (
          <PreviousAnswer>
            <p className="pre-wrap">{props.previous || t('assessments.form.nothing')}</p>
          </PreviousAnswer>
        ) : null}
        <FormTextField
          control={props.control}
          name={props.section}
          label={
            reassessing
              ? t('assessments.form.now', { section: t(`assessments.sections.${props.section}`) })
              : t(`assessments.sections.${props.section}`)
          }
          description={t(`assessments.help.${props.section}`)}
          multiline
          wide
          maxLength={SECTION_MAX}
        />
      </div>
    </fieldset>
  );
}
