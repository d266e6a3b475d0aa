import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { useLockControls, useSession } from '../../app/session';
import { useLanternMutation } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { useContractForm } from '../../lib/useContractForm';
import { restoreInputSchema } from '../../../../shared/contracts/backup';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { restoreResolver, type RestoreMethod as Method } from '../../lib/restoreCredentials';

/**
 * The credentials of the backup (not of today's clinic): an administrator's username and
 * password from when it was made, or its recovery key. Success signs everyone out, so the
 * sign-in screen follows; the restored clinic opens with its own passwords.
 */
export function RestoreForm({ path, onCancel }: { path: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const { signOut } = useLockControls();
  const restore = useLanternMutation('backup:restore');
  const { form, error, setError, submit } = useContractForm({
    schema: restoreInputSchema,
    resolver: restoreResolver,
    defaultValues: { method: 'password', path, username: session.username, password: '', recoveryKey: '' },
    fieldFor: (appError, values) => credentialField(appError, values.method),
    // Only the boxes `credentialField` names; any other refusal is one alert.
    fields: [],
  });
  const method = useWatch({ control: form.control, name: 'method' });

  const chooseMethod = (next: Method) => {
    // What was typed for the other way stays, in case the person switches back.
    form.setValue('method', next);
    form.clearErrors();
    setError(null);
  };

  const onSubmit = submit(async ({ method: _chosen, ...input }) => {
    await restore.mutateAsync(input);
    // Main has signed everyone out; this makes sure the screen follows even if its event is late.
    await signOut();
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('backup.restore.credentialsIntro')}</p>
      <RadioGroup
        className="backup-method"
        value={method}
        onChange={(value) => chooseMethod(value as Method)}
        orientation="horizontal"
      >
        <Label className="field-label">{t('backup.restore.method')}</Label>
        <div className="backup-method-options">
          <Radio value="password" className="backup-radio">
            {t('backup.restore.methodPassword')}
          </Radio>
          <Radio value="recoveryKey" className="backup-radio">
            {t('backup.restore.methodKey')}
          </Radio>
        </div>
      </RadioGroup>
      {method === 'password' ? (
        <>
          <FormTextField
            control={form.control}
            name="username"
            label={t('backup.restore.username')}
            autoComplete="off"
            isRequired
          />
          <FormTextField
            control={form.control}
            name="password"
            type="password"
            label={t('backup.restore.password')}
            description={t('backup.restore.passwordHelp')}
            autoComplete="off"
            isRequired
          />
        </>
      ) : (
        <FormTextField
          control={form.control}
          name="recoveryKey"
          label={t('backup.restore.recoveryKey')}
          description={t('backup.restore.recoveryKeyHelp')}
          autoComplete="off"
          mono
          isRequired
        />
      )}
      <ErrorAlert>{error ? errorMessage(t, error) : null}</ErrorAlert>
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel} isDisabled={restore.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={restore.isPending}>
          {restore.isPending ? t('backup.restore.submitting') : t('backup.restore.submit')}
        </Button>
      </div>
    </Form>
  );
}

/** The credential box a refusal is about, if main named one. */
function credentialField(
  error: AppError,
  method: Method,
): { name: 'password' | 'recoveryKey' | 'username'; message: string } | null {
  const fields = error.fields ?? {};
  // Main names the password; with the recovery key, that is the box that was wrong.
  if (fields.password)
    return { name: method === 'recoveryKey' ? 'recoveryKey' : 'password', message: fields.password };
  if (fields.username && method === 'password') return { name: 'username', message: fields.username };
  return null;
}
