import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { signInInputSchema } from '../../../../shared/contracts/auth';
import type { AppStatus } from '../../../../shared/contracts/session';
import type { AppError } from '../../../../shared/result';
import { lanternKey, toAppError, useLanternMutation } from '../../lib/client';
import { applyFieldErrors, retryAfterSeconds } from '../../lib/errors';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { useCountdown } from './useCountdown';

export function SignInForm({ status, onForgot }: { status: AppStatus; onForgot: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<AppError | null>(null);
  const wait = useCountdown(status.signInDelaySeconds);
  const signIn = useLanternMutation('auth:signIn');
  const prefilled = status.lastUsername ?? '';
  const form = useForm({
    resolver: zodResolver(signInInputSchema),
    defaultValues: { username: prefilled, password: '' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await signIn.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: lanternKey('app:status') });
    } catch (thrown) {
      const appError = toAppError(thrown);
      wait.start(retryAfterSeconds(appError));
      if (!applyFieldErrors(appError, form.setError, ['username', 'password'])) setError(appError);
    }
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <FormTextField
        control={form.control}
        name="username"
        label={t('signIn.username')}
        autoComplete="username"
        autoFocus={!prefilled}
        isRequired
      />
      <FormTextField
        control={form.control}
        name="password"
        type="password"
        label={t('signIn.password')}
        autoComplete="current-password"
        autoFocus={Boolean(prefilled)}
        isRequired
      />
      <ErrorAlert error={error} />
      {wait.remaining > 0 ? (
        <p role="timer" className="wait-message">
          {t('signIn.wait', { count: wait.remaining })}
        </p>
      ) : null}
      <div className="form-actions">
        <Button
          type="submit"
          className="button button-primary"
          isDisabled={wait.remaining > 0}
          isPending={signIn.isPending}
        >
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
        <Link className="text-link" onPress={onForgot}>
          {t('signIn.forgot')}
        </Link>
      </div>
      <p className="muted small">{t('signIn.staffForgot')}</p>
    </Form>
  );
}
