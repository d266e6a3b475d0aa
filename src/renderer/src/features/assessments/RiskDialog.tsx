import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { setRiskInputSchema } from '../../../../shared/contracts/assessments';
import { ASSESSED_RISK_LEVELS } from '../../../../shared/domain/risk';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormSelectField, FormTextField } from '../../ui/fields';
import { ModalDialog } from '../../ui/ModalDialog';

const riskFormSchema = setRiskInputSchema.omit({ clientId: true });

/** Sets the client's risk level on its own (between assessments), always with a reason. */
export function RiskDialog(props: { clientId: string; isOpen: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={t('assessments.risk.dialogTitle')}
    >
      {(close) => <RiskForm clientId={props.clientId} onClose={close} onSaved={props.onSaved} />}
    </ModalDialog>
  );
}

function RiskForm(props: { clientId: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const setRisk = useLanternMutation('assessments:setRisk');
  const { form, error, submit } = useContractForm({
    schema: riskFormSchema,
    defaultValues: { reason: '' },
    fields: ['level', 'reason'],
  });
  const onSubmit = submit(async (values) => {
    await setRisk.mutateAsync({ clientId: props.clientId, ...values });
    props.onSaved();
    props.onClose();
  });
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('assessments.risk.dialogIntro')}</p>
      <FormSelectField
        control={form.control}
        name="level"
        label={t('assessments.form.riskLevel')}
        placeholder={t('assessments.form.chooseLevel')}
        options={ASSESSED_RISK_LEVELS.map((level) => ({ id: level, label: t(`clients.risk.${level}`) }))}
        isRequired
      />
      <FormTextField
        control={form.control}
        name="reason"
        label={t('assessments.form.riskReason')}
        multiline
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={setRisk.isPending}>
          {t('assessments.risk.save')}
        </Button>
      </div>
    </Form>
  );
}
