import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../../shared/domain/access';
import { SEX_AT_BIRTH } from '../../../../../shared/domain/clients';
import { FormDateField, FormSelectField, FormTextField } from '../../../ui/fields';
import { ageFromBirthDate } from '../../../lib/format';
import type { ClientForm } from './clientForm';

/** Names, birth date and client ID; sex and gender (demographics) only where `kinds` has them. */
export function IdentitySection({ form, kinds }: { form: ClientForm; kinds: ReadonlySet<RecordKind> }) {
  const { t } = useTranslation();
  const { control } = form;
  const birthDate = useWatch({ control, name: 'birthDate' });
  const age = ageFromBirthDate(birthDate);
  return (
    <fieldset className="fieldset form-section">
      <legend>{t('clients.form.sections.identity')}</legend>
      <div className="form-grid">
        <FormTextField
          control={control}
          name="legalFirstName"
          label={t('clients.fields.legalFirstName')}
          isRequired
          autoFocus
        />
        <FormTextField
          control={control}
          name="legalLastName"
          label={t('clients.fields.legalLastName')}
          isRequired
        />
        <FormTextField
          control={control}
          name="preferredName"
          label={t('clients.fields.preferredName')}
          description={t('clients.form.preferredNameHelp')}
        />
        <FormTextField
          control={control}
          name="pronouns"
          label={t('clients.fields.pronouns')}
          description={t('clients.form.pronounsHelp')}
        />
        <div className="field-with-aside">
          <FormDateField
            control={control}
            name="birthDate"
            label={t('clients.fields.birthDate')}
            isRequired
          />
          <p className="field-aside" aria-live="polite">
            {age === null ? '' : t('clients.form.age', { count: age })}
          </p>
        </div>
        <FormTextField
          control={control}
          name="clientNumber"
          label={t('clients.fields.clientNumber')}
          description={t('clients.form.clientNumberHelp')}
          autoComplete="off"
        />
        {kinds.has('demographics') ? (
          <>
            <FormSelectField
              control={control}
              name="sexAtBirth"
              label={t('clients.fields.sexAtBirth')}
              options={SEX_AT_BIRTH.map((value) => ({ id: value, label: t(`clients.sex.${value}`) }))}
            />
            <FormTextField
              control={control}
              name="genderIdentity"
              label={t('clients.fields.genderIdentity')}
            />
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
