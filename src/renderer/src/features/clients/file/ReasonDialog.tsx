import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { careTeamContract } from '../../../../../shared/contracts/care-team';
import { useContractForm } from '../../../lib/useContractForm';
import { ErrorAlert } from '../../../ui/feedback';
import { FormTextField } from '../../../ui/fields';
import { ModalDialog } from '../../../ui/ModalDialog';

/** Contacts and diagnoses share the same rule for a removal reason: required, at most 300. */
const reasonSchema = careTeamContract['careTeam:remove'].input.pick({ reason: true });

/**
 * Nothing in the file is deleted: removing asks why, and the reason goes into the history.
 */
export function ReasonDialog(props: {
  isOpen: boolean;
  title: string;
  intro: string;
  label: string;
  help: string;
  submit: string;
  onClose(): void;
  onConfirm(reason: string): Promise<unknown>;
}) {
  return (
    <ModalDialog
      role="alertdialog"
      isOpen={props.isOpen}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={props.title}
    >
      {(close) => <ReasonForm {...props} onClose={close} />}
    </ModalDialog>
  );
}

function ReasonForm(props: {
  intro: string;
  label: string;
  help: string;
  submit: string;
  onClose(): void;
  onConfirm(reason: string): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const { form, error, submit } = useContractForm({
    schema: reasonSchema,
    defaultValues: { reason: '' },
    fields: ['reason'],
  });
  const onSubmit = submit(async ({ reason }) => {
    setPending(true);
    try {
      await props.onConfirm(reason);
      props.onClose();
    } finally {
      setPending(false);
    }
  });
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{props.intro}</p>
      <FormTextField
        control={form.control}
        name="reason"
        label={props.label}
        description={props.help}
        multiline
        autoFocus
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-danger" isPending={pending}>
          {props.submit}
        </Button>
      </div>
    </Form>
  );
}
