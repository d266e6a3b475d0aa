import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MeasureAlert } from '../../../../shared/contracts/measures';
import { acknowledgeAlertInputSchema } from '../../../../shared/contracts/measures';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { ModalDialog } from '../../ui/ModalDialog';

const noteSchema = acknowledgeAlertInputSchema.pick({ note: true });

/** Closing an alert takes a note of what was done (safety reviewed, crisis plan, referral). */
export function AcknowledgeAlertDialog(props: {
  alert: MeasureAlert | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      role="alertdialog"
      isOpen={props.alert !== null}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={t('measures.alert.dialogTitle')}
    >
      {(close) =>
        props.alert ? <AcknowledgeForm alert={props.alert} onClose={close} onDone={props.onDone} /> : null
      }
    </ModalDialog>
  );
}

function AcknowledgeForm({
  alert,
  onClose,
  onDone,
}: {
  alert: MeasureAlert;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const acknowledge = useLanternMutation('measures:acknowledgeAlert');
  const { form, error, submit } = useContractForm({
    schema: noteSchema,
    defaultValues: { note: '' },
    fields: ['note'],
  });
  const onSubmit = submit(async ({ note }) => {
    await acknowledge.mutateAsync({ alertId: alert.id, note });
    onDone();
    onClose();
  });
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('measures.alert.dialogIntro')}</p>
      <FormTextField
        control={form.control}
        name="note"
        label={t('measures.alert.note')}
        description={t('measures.alert.noteHelp')}
        multiline
        autoFocus
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={acknowledge.isPending}>
          {t('measures.alert.submit')}
        </Button>
      </div>
    </Form>
  );
}
