import { useTranslation } from 'react-i18next';
import { CLIENT_FLAGS, RISK_LEVELS } from '../../../../../shared/domain/clients';
import { FormSelectField } from '../../../ui/fields';
import { FormCheckBox } from '../../../ui/CheckBox';
import type { ClientForm } from './clientForm';

/** Risk level and flags, each flag with what it means in plain words. */
export function RiskSection({ form }: { form: ClientForm }) {
  const { t } = useTranslation();
  const { control } = form;
  return (
    <fieldset className="fieldset form-section">
      <legend>{t('clients.form.sections.risk')}</legend>
      <div className="form-grid">
        <FormSelectField
          control={control}
          name="riskLevel"
          label={t('clients.fields.riskLevel')}
          description={t('clients.form.riskHelp')}
          options={RISK_LEVELS.map((level) => ({ id: level, label: t(`clients.risk.${level}`) }))}
        />
      </div>
      <div className="flag-checks">
        {CLIENT_FLAGS.map((flag) => (
          <FormCheckBox
            key={flag}
            control={control}
            name={`flags.${flag}`}
            label={t(`clients.flags.${flag}`)}
            description={t(`clients.flagHelp.${flag}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}
