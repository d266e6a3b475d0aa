import { Button } from 'react-aria-components';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INSURANCE_TYPES } from '../../../../../shared/domain/clients';
import { FormSelectField, FormTextField } from '../../../ui/fields';
import type { ClientForm } from './clientForm';

const MAX_INSURANCE = 10;

export function InsuranceSection({ form }: { form: ClientForm }) {
  const { t } = useTranslation();
  const { control } = form;
  const insurance = useFieldArray({ control, name: 'insurance' });
  const types = INSURANCE_TYPES.map((type) => ({ id: type, label: t(`clients.insurance.${type}`) }));
  return (
    <fieldset className="fieldset form-section">
      <legend>{t('clients.form.sections.insurance')}</legend>
      <div className="repeat-list">
        {insurance.fields.map((item, index) => (
          <div
            key={item.id}
            className="repeat-item"
            role="group"
            aria-label={t('clients.form.insuranceN', { n: index + 1 })}
          >
            <FormSelectField
              control={control}
              name={`insurance.${index}.type`}
              label={t('clients.fields.insuranceType')}
              options={types}
              isRequired
            />
            <FormTextField
              control={control}
              name={`insurance.${index}.memberId`}
              label={t('clients.fields.memberId')}
              autoComplete="off"
            />
            <Button
              className="button button-small button-danger repeat-remove"
              aria-label={t('clients.form.removeInsuranceN', { n: index + 1 })}
              onPress={() => insurance.remove(index)}
            >
              {t('clients.form.remove')}
            </Button>
          </div>
        ))}
      </div>
      {insurance.fields.length < MAX_INSURANCE ? (
        <Button
          className="button button-small"
          onPress={() => insurance.append({ type: 'medicaid', memberId: '' })}
        >
          <span aria-hidden="true">+</span> {t('clients.form.addInsurance')}
        </Button>
      ) : null}
    </fieldset>
  );
}
