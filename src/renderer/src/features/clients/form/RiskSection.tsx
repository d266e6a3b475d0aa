import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../../shared/domain/access';
import type { RiskLevel } from '../../../../../shared/domain/clients';
import { flagsOfKinds } from '../../../../../shared/domain/clients';
import { FormCheckBox } from '../../../ui/CheckBox';
import { RiskBadge } from '../components/Badges';
import type { ClientForm } from './clientForm';

/**
 * Flags, each with what it means in plain words, and — when editing — the current risk level,
 * read-only: it changes only with a reason, through its history (the Assessments tab's "Set the
 * risk level"), never from this form. Only the flags of `kinds` are shown: without clinical
 * ones (front desk) the section is the caution before contacting the client.
 */
export function RiskSection({
  form,
  currentRisk,
  kinds,
}: {
  form: ClientForm;
  currentRisk?: { clientId: string; level: RiskLevel };
  kinds: ReadonlySet<RecordKind>;
}) {
  const { t } = useTranslation();
  const { control } = form;
  const flags = flagsOfKinds([...kinds]);
  return (
    <fieldset className="fieldset form-section">
      <legend>
        {kinds.has('clinical') ? t('clients.form.sections.risk') : t('clients.overview.contactCaution')}
      </legend>
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
        {flags.map((flag) => (
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
