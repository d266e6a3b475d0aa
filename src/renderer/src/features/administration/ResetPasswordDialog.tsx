import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { resetPasswordInputSchema, type Account } from '../../../../shared/contracts/accounts';
import type { AppError } from '../../../../shared/result';
import { lanternKey, toAppError, useLanternMutation } from '../../lib/client';
import { applyFieldErrors } from '../../lib/errors';
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
  const queryClient = useQueryClient();
  const [error, setError] = useState<AppError | null>(null);
  const reset = useLanternMutation('accounts:resetPassword');
  const form = useForm({
    resolver: zodResolver(resetPasswordInputSchema),
    defaultValues: { accountId: account.id, password: '', passwordConfirm: '' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await reset.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: lanternKey('accounts:list') });
      onDone();
    } catch (thrown) {
      const appError = toAppError(thrown);
      if (!applyFieldErrors(appError, form.setError, FIELDS)) setError(appError);
    }
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
