import { Button, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { recoverInputSchema } from '../../../../shared/contracts/auth';
import type { AppStatus } from '../../../../shared/contracts/session';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { errorMessage, retryAfterSeconds } from '../../lib/errors';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { useCountdown } from './useCountdown';

const FIELDS = ['recoveryKey', 'username', 'password', 'passwordConfirm'] as const;

/** Forgotten administrator password: the printed recovery key sets a new one and signs in. */
export function RecoverForm({ status, onBack }: { status: AppStatus; onBack: () => void }) {
  const { t } = useTranslation();
  const wait = useCountdown(status.signInDelaySeconds);
  const recover = useLanternMutation('auth:recover');
  const { form, error, submit } = useContractForm({
    schema: recoverInputSchema,
    fields: FIELDS,
    onRefused: (appError) => wait.start(retryAfterSeconds(appError)),
    defaultValues: {
      recoveryKey: '',
      username: status.lastUsername ?? '',
      password: '',
      passwordConfirm: '',
    },
  });

  const onSubmit = submit((values) => recover.mutateAsync(values));

  // A wrong key gets its own words: "incorrect username or password" would mislead here.
  const alertText =
    error?.code === 'wrong_credentials' ? t('recover.wrongKey') : error ? errorMessage(t, error) : null;

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <FormTextField
        control={form.control}
        name="recoveryKey"
        label={t('recover.recoveryKey')}
        description={t('recover.recoveryKeyHelp')}
        autoComplete="off"
        mono
        autoFocus
        isRequired
      />
      <FormTextField
        control={form.control}
        name="username"
        label={t('recover.username')}
        autoComplete="username"
        isRequired
      />
      <FormTextField
        control={form.control}
        name="password"
        type="password"
        label={t('recover.password')}
        description={t('recover.passwordHelp')}
        autoComplete="new-password"
        isRequired
      />
      <FormTextField
        control={form.control}
        name="passwordConfirm"
        type="password"
        label={t('recover.passwordConfirm')}
        autoComplete="new-password"
        isRequired
      />
      <ErrorAlert>{alertText}</ErrorAlert>
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
          isPending={recover.isPending}
        >
          {recover.isPending ? t('recover.submitting') : t('recover.submit')}
        </Button>
        <Link className="text-link" onPress={onBack}>
          {t('recover.back')}
        </Link>
      </div>
    </Form>
  );
}
