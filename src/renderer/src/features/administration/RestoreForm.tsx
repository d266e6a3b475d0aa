import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { useLockControls, useSession } from '../../app/session';
import { toAppError, useLanternMutation } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import {
  restoreResolver,
  type RestoreMethod as Method,
  type RestoreValues as Values,
} from '../../lib/restoreCredentials';

/**
 * The credentials of the backup (not of today's clinic): an administrator's username and
 * password from when it was made, or its recovery key. Success signs everyone out, so the
 * sign-in screen follows; the restored clinic opens with its own passwords.
 */
export function RestoreForm({ path, onCancel }: { path: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const { signOut } = useLockControls();
  const [error, setError] = useState<AppError | null>(null);
  const restore = useLanternMutation('backup:restore');
  const form = useForm<Values>({
    resolver: restoreResolver,
    defaultValues: { method: 'password', path, username: session.username, password: '', recoveryKey: '' },
  });
  const method = useWatch({ control: form.control, name: 'method' });

  const chooseMethod = (next: Method) => {
    // What was typed for the other way stays, in case the person switches back.
    form.setValue('method', next);
    form.clearErrors();
    setError(null);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const { method: chosen, ...input } = values;
    try {
      await restore.mutateAsync(input);
      // Main has signed everyone out; this makes sure the screen follows even if its event is late.
      await signOut();
    } catch (thrown) {
      const appError = toAppError(thrown);
      const fields = appError.fields ?? {};
      if (fields.password) {
        // Main names the password; with the recovery key, that is the box that was wrong.
        const field = chosen === 'recoveryKey' ? 'recoveryKey' : 'password';
        form.setError(field, { type: 'server', message: fields.password }, { shouldFocus: true });
      } else if (fields.username && chosen === 'password') {
        form.setError('username', { type: 'server', message: fields.username }, { shouldFocus: true });
      } else {
        setError(appError);
      }
    }
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
