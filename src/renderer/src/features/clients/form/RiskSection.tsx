import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../../../../shared/domain/clients';
import { CLIENT_FLAGS } from '../../../../../shared/domain/clients';
import { FormCheckBox } from '../../../ui/CheckBox';
import { RiskBadge } from '../components/Badges';
import type { ClientForm } from './clientForm';

/**
 * Flags, each with what it means in plain words, and — when editing — the current risk level,
 * read-only: it changes only with a reason, through its history (the Assessments tab's "Set the
 * risk level"), never from this form.
 */
export function RiskSection({
  form,
  currentRisk,
}: {
  form: ClientForm;
  currentRisk?: { clientId: string; level: RiskLevel };
}) {
  const { t } = useTranslation();
  const { control } = form;
  return (
    <fieldset className="fieldset form-section">
      <legend>{t('clients.form.sections.risk')}</legend>
      {currentRisk ? (
        <div className="form-risk-current" data-testid="form-risk-current">
          <p>
            {t('clients.fields.riskLevel')}: <RiskBadge level={currentRisk.level} />
          </p>
          <p className="field-help">
            {t('clients.form.riskHelp')}{' '}
            <Link href={`/clients/${currentRisk.clientId}/assessments`} className="text-link">
              {t('clients.form.riskChange')}
            </Link>
          </p>
        </div>
      ) : null}
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
