import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MeasureResultView } from '../../../../shared/contracts/measures';
import { markEnteredInErrorInputSchema } from '../../../../shared/contracts/measures';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { ModalDialog } from '../../ui/ModalDialog';

const reasonSchema = markEnteredInErrorInputSchema.pick({ reason: true });

/** A mistyped or wrong-client result is not edited: it is marked entered in error, with a reason. */
export function EnteredInErrorDialog(props: {
  result: MeasureResultView | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      isOpen={props.result !== null}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={t('measures.enteredInError.title')}
    >
      {(close) =>
        props.result ? <ReasonForm result={props.result} onClose={close} onDone={props.onDone} /> : null
      }
    </ModalDialog>
  );
}

function ReasonForm(props: { result: MeasureResultView; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const mark = useLanternMutation('measures:markEnteredInError');
  const { form, error, submit } = useContractForm({
    schema: reasonSchema,
    defaultValues: { reason: '' },
    fields: ['reason'],
  });
  const onSubmit = submit(async ({ reason }) => {
    await mark.mutateAsync({ resultId: props.result.id, reason });
    props.onDone();
    props.onClose();
  });
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('measures.enteredInError.intro')}</p>
      <FormTextField
        control={form.control}
        name="reason"
        label={t('measures.enteredInError.reason')}
        description={t('measures.enteredInError.reasonHelp')}
        multiline
        autoFocus
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={mark.isPending}>
          {t('measures.enteredInError.submit')}
        </Button>
      </div>
    </Form>
  );
}
