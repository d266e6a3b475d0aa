import { FormTextField } from '../../ui/fields';
import { useEffect } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { restoreInputSchema } from '../../../../shared/contracts/backup';
import { useContractForm, type ContractForm } from '../../lib/useContractForm';
import { restoreResolver, type RestoreMethod, type RestoreValues } from '../../lib/restoreCredentials';
import { useLanternMutation } from '../../lib/client';
import { ErrorAlert } from '../../ui/feedback';
import { BrowseButton } from '../../ui/BrowseButton';

type ImportForm = ContractForm<RestoreValues, RestoreValues>;

/**
 * The import's form state. Held by the first-run screen, so what was typed survives a look at
 * "Set up a new clinic" and back.
 */
export function useImportClinicForm(): ImportForm {
  return useContractForm({
    schema: restoreInputSchema,
    resolver: restoreResolver,
    defaultValues: { method: 'password', path: '', username: '', password: '', recoveryKey: '' },
    // Only the boxes `fieldFor` names; any other refusal is one alert.
    fieldFor: (error, values) => fieldFor(error, values.method),
    fields: [],
  });
}

/** Windows' "Copy as path" puts the path in double quotes; a path never starts and ends with one. */
const unquoted = (path: string) => path.replace(/^"(.*)"$/, '$1').trim();

/**
 * "Bring a clinic from another computer": the clinic file from "Export clinic" (or a backup
 * folder), opened with an administrator's username and password of that clinic or its recovery
 * key (`setup:importClinic`, `restoreInputSchema`). On success Lantern is locked with the
 * clinic in place, so the sign-in screen follows.
 */
export function ImportClinicForm({ form: { form, error, setError, submit, refuse } }: { form: ImportForm }) {
  const { t } = useTranslation();
  // A refusal belongs to this visit of the screen: gone after a look at the other way and back.
  useEffect(() => () => setError(null), [setError]);
  // Success, or "already set up" (this screen is out of date): `app:status` says what to show.
  const importClinic = useLanternMutation('setup:importClinic');
  const method = useWatch({ control: form.control, name: 'method' });

  const chooseMethod = (next: RestoreMethod) => {
    // What was typed for the other way stays, in case the person switches back.
    form.setValue('method', next);
    form.clearErrors(['username', 'password', 'recoveryKey']);
    setError(null);
  };

  const onSubmit = submit(({ method: _chosen, ...input }) =>
    importClinic.mutateAsync({ ...input, path: unquoted(input.path) }),
  );

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('setup.import.intro')}</p>
      <div className="path-row">
        <FormTextField
          control={form.control}
          name="path"
          label={t('setup.import.path')}
          description={t('setup.import.pathHelp')}
          autoComplete="off"
          wide
          isRequired
        />
        {(['file', 'folder'] as const).map((kind) => (
          <BrowseButton
            key={kind}
            pick={kind === 'file' ? { kind, purpose: 'clinic_file' } : { kind, purpose: 'backup_to_restore' }}
            label={t(kind === 'file' ? 'setup.import.browseFile' : 'setup.import.browseFolder')}
            onPicked={(path) => form.setValue('path', path, { shouldValidate: true })}
            onError={refuse}
          />
        ))}
      </div>
      <p>{t('setup.import.credentialsIntro')}</p>
      <RadioGroup
        className="backup-method"
        value={method}
        onChange={(value) => chooseMethod(value as RestoreMethod)}
        orientation="horizontal"
      >
        <Label className="field-label">{t('setup.import.method')}</Label>
        <div className="backup-method-options">
          <Radio value="password" className="backup-radio">
            {t('setup.import.methodPassword')}
          </Radio>
          <Radio value="recoveryKey" className="backup-radio">
            {t('setup.import.methodKey')}
          </Radio>
        </div>
      </RadioGroup>
      {method === 'password' ? (
        <>
          <FormTextField
            control={form.control}
            name="username"
            label={t('setup.import.username')}
            autoComplete="off"
            isRequired
          />
          <FormTextField
            control={form.control}
            name="password"
            type="password"
            label={t('setup.import.password')}
            description={t('setup.import.passwordHelp')}
            autoComplete="off"
            isRequired
          />
        </>
      ) : (
        <FormTextField
          control={form.control}
          name="recoveryKey"
          label={t('setup.import.recoveryKey')}
          description={t('setup.import.recoveryKeyHelp')}
          autoComplete="off"
          mono
          wide
          isRequired
        />
      )}
      <p className="muted">{t('setup.import.after')}</p>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={importClinic.isPending}>
          {importClinic.isPending ? t('setup.import.submitting') : t('setup.import.submit')}
        </Button>
      </div>
    </Form>
  );
}

/** Which box a refusal from main is about, and what to say there; null for a general alert. */
function fieldFor(
  error: AppError,
  method: RestoreMethod,
): { name: keyof Omit<RestoreValues, 'method'>; message: string } | null {
  const fields = error.fields ?? {};
  switch (error.code) {
    case 'wrong_credentials':
      // Main names the password; with the recovery key, that is the box that was wrong.
      return method === 'recoveryKey'
        ? { name: 'recoveryKey', message: 'setup.import.wrongKey' }
        : { name: 'password', message: 'setup.import.wrongPassword' };
    case 'forbidden':
      return method === 'password'
        ? { name: 'username', message: fields.username ?? 'validation.not_an_administrator' }
        : null;
    case 'backup_invalid':
      return { name: 'path', message: 'setup.import.fileInvalid' };
    case 'database_from_future':
      return { name: 'path', message: 'setup.import.fromFuture' };
    case 'invalid_input': {
      const [name, message] = Object.entries(fields)[0] ?? [];
      const known = ['path', 'username', 'password', 'recoveryKey'] as const;
      const field = known.find((candidate) => candidate === name);
      if (!field || !message) return null;
      return { name: field === 'password' && method === 'recoveryKey' ? 'recoveryKey' : field, message };
    }
    default:
      return null;
  }
}
