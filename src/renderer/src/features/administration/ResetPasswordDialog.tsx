import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { resetPasswordInputSchema, type Account } from '../../../../shared/contracts/accounts';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { AccountFormDialog } from './AccountFormDialog';

const FIELDS = ['password', 'passwordConfirm'] as const;

export function ResetPasswordDialog(props: {
  account: Account | null;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <AccountFormDialog
      {...props}
      title={(account) => t('admin.resetPassword.title', { name: account?.fullName ?? '' })}
      form={(args) => <ResetPasswordForm {...args} />}
    />
  );
}

/** `resetPasswordInputSchema`: a temporary password the person must replace at next sign-in. */
function ResetPasswordForm({
  account,
  onCancel,
  onDone,
}: {
  account: Account;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const reset = useLanternMutation('accounts:resetPassword');
  const { form, error, submit } = useContractForm({
    schema: resetPasswordInputSchema,
    defaultValues: { accountId: account.id, password: '', passwordConfirm: '' },
    fields: FIELDS,
  });

  const onSubmit = submit(async (values) => {
    await reset.mutateAsync(values);
    onDone();
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('admin.resetPassword.intro', { name: account.fullName })}</p>
      <FormTextField
        control={form.control}
        name="password"
        type="password"
        label={t('admin.resetPassword.password')}
        description={t('admin.addStaff.passwordHelp')}
        autoComplete="new-password"
        autoFocus
        isRequired
      />
      <FormTextField
        control={form.control}
        name="passwordConfirm"
        type="password"
        label={t('admin.resetPassword.passwordConfirm')}
        autoComplete="new-password"
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={reset.isPending}>
          {t('admin.resetPassword.submit')}
        </Button>
      </div>
    </Form>
  );
}
