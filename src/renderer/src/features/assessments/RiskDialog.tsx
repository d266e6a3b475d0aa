import { useTranslation } from 'react-i18next';
import { setRiskInputSchema } from '../../../../shared/contracts/assessments';
import { ASSESSED_RISK_LEVELS } from '../../../../shared/domain/risk';
import { useLanternMutation } from '../../lib/client';
import { FormSelectField } from '../../ui/fields';
import { ShortTextDialog } from '../../ui/ShortTextDialog';

const riskFormSchema = setRiskInputSchema.omit({ clientId: true });

/** Sets the client's risk level on its own (between assessments), always with a reason. */
export function RiskDialog(props: { clientId: string; isOpen: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const setRisk = useLanternMutation('assessments:setRisk');
  return (
    <ShortTextDialog
      isOpen={props.isOpen}
      onClose={props.onClose}
      title={t('assessments.risk.dialogTitle')}
      intro={t('assessments.risk.dialogIntro')}
      schema={riskFormSchema}
      defaultValues={{ reason: '' }}
      fields={['level', 'reason']}
      before={(control) => (
        <FormSelectField
          control={control}
          name="level"
          label={t('assessments.form.riskLevel')}
          placeholder={t('assessments.form.chooseLevel')}
          options={ASSESSED_RISK_LEVELS.map((level) => ({ id: level, label: t(`clients.risk.${level}`) }))}
          isRequired
        />
      )}
      name="reason"
      label={t('assessments.form.riskReason')}
      autoFocus={false}
      submitLabel={t('assessments.risk.save')}
      onSubmit={async (values) => {
        await setRisk.mutateAsync({ clientId: props.clientId, ...values });
        props.onSaved();
      }}
    />
  );
}
