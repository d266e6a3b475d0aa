import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { reenrollInputSchema } from '../../../../shared/contracts/discharge';
import { localToday } from '../../../../shared/domain/clients';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormDateField, FormSelectField } from '../../ui/fields';
import { ModalDialog } from '../../ui/ModalDialog';

const schema = reenrollInputSchema.omit({ clientId: true });

/** A new enrollment in a program the client left: the old one and its discharge stay as they are. */
export function ReenrollDialog(props: {
  isOpen: boolean;
  onClose(): void;
  clientId: string;
  programs: readonly string[];
  onDone(program: string, startDate: string): void;
}) {
  return (
    <ModalDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={useTranslation().t('discharge.reenroll.title')}
    >
      {(close) => <ReenrollForm {...props} close={close} />}
    </ModalDialog>
  );
}

function ReenrollForm(props: {
  clientId: string;
  programs: readonly string[];
  onDone(program: string, startDate: string): void;
  close(): void;
}) {
  const { t } = useTranslation();
  const reenroll = useLanternMutation('discharge:reenroll');
  const { form, error, submit } = useContractForm({
    schema,
    defaultValues: { program: props.programs[0] ?? '', startDate: localToday() },
  });
  const onSubmit = submit(async (values) => {
    await reenroll.mutateAsync({ clientId: props.clientId, ...values });
    props.onDone(values.program, values.startDate);
  });
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('discharge.reenroll.intro')}</p>
      <FormSelectField
        control={form.control}
        name="program"
        label={t('discharge.reenroll.program')}
        isRequired
        options={props.programs.map((program) => ({ id: program, label: program }))}
      />
      <FormDateField control={form.control} name="startDate" label={t('discharge.reenroll.startDate')} />
      <ErrorAlert error={error} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={reenroll.isPending}>
          {t('discharge.reenroll.submit')}
        </Button>
        <Button className="button" onPress={props.close}>
          {t('discharge.reenroll.cancel')}
        </Button>
      </div>
    </Form>
  );
}
