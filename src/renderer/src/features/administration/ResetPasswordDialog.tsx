import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  reactivateAccountInputSchema,
  resetPasswordInputSchema,
  type Account,
} from '../../../../shared/contracts/accounts';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { AccountFormDialog } from './AccountFormDialog';

const FIELDS = ['password', 'passwordConfirm'] as const;

/**
 * A temporary password the person must replace at their next sign-in: a password reset, or —
 * for a deactivated account, whose key slot was removed — reactivation with a new slot.
 */
export function ResetPasswordDialog(props: {
  account: Account | null;
  reactivate?: boolean;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const texts = props.reactivate ? 'admin.reactivate' : 'admin.resetPassword';
  return (
    <AccountFormDialog
      {...props}
      title={(account) => t(`${texts}.title`, { name: account?.fullName ?? '' })}
      form={(args) => <ResetPasswordForm {...args} reactivate={props.reactivate ?? false} />}
    />
  );
}

/** `resetPasswordInputSchema` (the same shape as reactivation's): the temporary password twice. */
function ResetPasswordForm({
  account,
  reactivate,
  onCancel,
  onDone,
}: {
  account: Account;
  reactivate: boolean;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const reset = useLanternMutation('accounts:resetPassword');
  const bringBack = useLanternMutation('accounts:reactivate');
  const { form, error, submit } = useContractForm({
    schema: reactivate ? reactivateAccountInputSchema : resetPasswordInputSchema,
    defaultValues: { accountId: account.id, password: '', passwordConfirm: '' },
    fields: FIELDS,
  });
  const pending = reset.isPending || bringBack.isPending;

  const onSubmit = submit(async (values) => {
    await (reactivate ? bringBack : reset).mutateAsync(values);
    onDone();
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>
        {reactivate
          ? t('admin.reactivate.intro', { name: account.fullName, role: t(`roles.${account.role}`) })
          : t('admin.resetPassword.intro', { name: account.fullName })}
      </p>
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
        <Button type="submit" className="button button-primary" isPending={pending}>
          {reactivate ? t('admin.reactivate.submit') : t('admin.resetPassword.submit')}
        </Button>
      </div>
    </Form>
  );
}
