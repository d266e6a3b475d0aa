import { Button, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { signInInputSchema } from '../../../../shared/contracts/auth';
import type { AppStatus } from '../../../../shared/contracts/session';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { retryAfterSeconds } from '../../lib/errors';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { useCountdown } from './useCountdown';

export function SignInForm({ status, onForgot }: { status: AppStatus; onForgot: () => void }) {
  const { t } = useTranslation();
  const wait = useCountdown(status.signInDelaySeconds);
  const signIn = useLanternMutation('auth:signIn');
  const prefilled = status.lastUsername ?? '';
  const { form, error, submit } = useContractForm({
    schema: signInInputSchema,
    defaultValues: { username: prefilled, password: '' },
    fields: ['username', 'password'],
    onRefused: (appError) => wait.start(retryAfterSeconds(appError)),
  });

  // A successful sign-in makes `app:status` stale: the signed-in screens follow from it.
  const onSubmit = submit((values) => signIn.mutateAsync(values));

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
