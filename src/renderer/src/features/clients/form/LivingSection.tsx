import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../../shared/domain/access';
import { LIVING_SITUATIONS } from '../../../../../shared/domain/clients';
import { FormSelectField, FormTextField } from '../../../ui/fields';
import { FormCheckBox } from '../../../ui/CheckBox';
import type { ClientForm } from './clientForm';

/** Language and interpreter (contact details); the living situation where `kinds` has demographics. */
export function LivingSection({ form, kinds }: { form: ClientForm; kinds: ReadonlySet<RecordKind> }) {
  const { t } = useTranslation();
  const { control } = form;
  return (
    <fieldset className="fieldset form-section">
      <legend>
        {kinds.has('demographics') ? t('clients.form.sections.living') : t('clients.form.sections.language')}
      </legend>
      <div className="form-grid">
        {kinds.has('demographics') ? (
          <FormSelectField
            control={control}
            name="livingSituation"
            label={t('clients.fields.livingSituation')}
            options={LIVING_SITUATIONS.map((value) => ({ id: value, label: t(`clients.living.${value}`) }))}
          />
        ) : null}
        <FormTextField
          control={control}
          name="preferredLanguage"
          label={t('clients.fields.preferredLanguage')}
        />
      </div>
      <FormCheckBox
        control={control}
        name="interpreterNeeded"
        label={t('clients.fields.interpreterNeeded')}
        description={t('clients.form.interpreterHelp')}
      />
    </fieldset>
  );
}
