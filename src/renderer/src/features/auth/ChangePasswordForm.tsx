import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { changePasswordInputSchema } from '../../../../shared/contracts/auth';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation } from '../../lib/client';
import { applyFieldErrors } from '../../lib/errors';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';

const FIELDS = ['currentPassword', 'password', 'passwordConfirm'] as const;

/** Current password, new password, and the new one again (`changePasswordInputSchema`). */
export function ChangePasswordForm({
  temporary,
  onChanged,
}: {
  temporary: boolean;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const change = useLanternMutation('auth:changePassword');
  const form = useForm({
    resolver: zodResolver(changePasswordInputSchema),
    defaultValues: { currentPassword: '', password: '', passwordConfirm: '' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await change.mutateAsync(values);
      form.reset();
      await onChanged();
    } catch (thrown) {
      const appError = toAppError(thrown);
      if (!applyFieldErrors(appError, form.setError, FIELDS)) setError(appError);
    }
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <FormTextField
        control={form.control}
        name="currentPassword"
        type="password"
        label={temporary ? t('changePassword.gateCurrentPassword') : t('changePassword.currentPassword')}
        autoComplete="current-password"
        autoFocus
        isRequired
      />
      <FormTextField
        control={form.control}
        name="password"
        type="password"
        label={t('changePassword.password')}
        description={t('changePassword.passwordHelp')}
        autoComplete="new-password"
        isRequired
      />
      <FormTextField
        control={form.control}
        name="passwordConfirm"
        type="password"
        label={t('changePassword.passwordConfirm')}
        autoComplete="new-password"
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={change.isPending}>
          {change.isPending ? t('changePassword.submitting') : t('changePassword.submit')}
        </Button>
      </div>
    </Form>
  );
}
