import { Button } from 'react-aria-components';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ENROLLMENT_STATUSES } from '../../../../../shared/domain/clients';
import { useLanternQuery } from '../../../lib/client';
import { FormDateField, FormSelectField } from '../../../ui/fields';
import type { ClientForm } from './clientForm';

const MAX_ENROLLMENTS = 10;

/** One row per program the client is referred to, waiting for, in, or discharged from. */
export function ProgramsSection({ form }: { form: ClientForm }) {
  const { t } = useTranslation();
  const { control } = form;
  const enrollments = useFieldArray({ control, name: 'enrollments' });
  const programs = useLanternQuery('caseload:programs', {});
  const chosen = useWatch({ control, name: 'enrollments' }) ?? [];
  // Programs already on the client stay choosable even if the clinic's list changed.
  const names = [...new Set([...(programs.data ?? []), ...chosen.map((e) => e.program).filter(Boolean)])];
  const programOptions = names.map((name) => ({ id: name, label: name }));
  const statuses = ENROLLMENT_STATUSES.map((status) => ({
    id: status,
    label: t(`clients.status.${status}`),
  }));

  return (
    <fieldset className="fieldset form-section">
      <legend>{t('clients.form.sections.programs')}</legend>
      <p className="field-help">{t('clients.form.programsHelp')}</p>
      <div className="repeat-list">
        {enrollments.fields.map((enrollment, index) => (
          <div
            key={enrollment.id}
            className="repeat-item repeat-item-wide"
            role="group"
            aria-label={t('clients.form.enrollmentN', { n: index + 1 })}
          >
            <FormSelectField
              control={control}
              name={`enrollments.${index}.program`}
              label={t('clients.fields.program')}
              placeholder={t('clients.form.chooseProgram')}
              options={programOptions}
              isRequired
            />
            <FormSelectField
              control={control}
              name={`enrollments.${index}.status`}
              label={t('clients.fields.enrollmentStatus')}
              options={statuses}
              isRequired
            />
            <FormDateField
              control={control}
              name={`enrollments.${index}.startDate`}
              label={t('clients.fields.startDate')}
            />
            <FormDateField
              control={control}
              name={`enrollments.${index}.endDate`}
              label={t('clients.fields.endDate')}
            />
            <Button
              className="button button-small button-danger repeat-remove"
              aria-label={t('clients.form.removeEnrollmentN', { n: index + 1 })}
              onPress={() => enrollments.remove(index)}
            >
              {t('clients.form.remove')}
            </Button>
          </div>
        ))}
      </div>
      {enrollments.fields.length < MAX_ENROLLMENTS ? (
        <Button
          className="button button-small"
          onPress={() =>
            enrollments.append({ program: '', status: 'referred', startDate: null, endDate: null })
          }
        >
          <span aria-hidden="true">+</span> {t('clients.form.addEnrollment')}
        </Button>
      ) : null}
    </fieldset>
  );
}
