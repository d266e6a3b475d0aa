import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { deactivateAccountInputSchema, type Account } from '../../../../shared/contracts/accounts';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { AccountFormDialog } from './AccountFormDialog';

export function DeactivateDialog(props: {
  account: Account | null;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <AccountFormDialog
      {...props}
      role="alertdialog"
      title={(account) => t('admin.deactivate.title', { name: account?.fullName ?? '' })}
      form={(args) => <DeactivateForm {...args} />}
    />
  );
}

/** `deactivateAccountInputSchema`: a reason is required; it goes into the audit trail. */
function DeactivateForm({
  account,
  onCancel,
  onDone,
}: {
  account: Account;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const deactivate = useLanternMutation('accounts:deactivate');
  const { form, error, submit } = useContractForm({
    schema: deactivateAccountInputSchema,
    defaultValues: { accountId: account.id, reason: '' },
    fields: ['reason'],
  });

  const onSubmit = submit(async (values) => {
    await deactivate.mutateAsync(values);
    onDone();
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('admin.deactivate.intro', { name: account.fullName })}</p>
      <FormTextField
        control={form.control}
        name="reason"
        label={t('admin.deactivate.reason')}
        description={t('admin.deactivate.reasonHelp')}
        multiline
        autoFocus
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-danger" isPending={deactivate.isPending}>
          {t('admin.deactivate.submit')}
        </Button>
      </div>
    </Form>
  );
}
