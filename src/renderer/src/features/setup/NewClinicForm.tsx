import { useEffect } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { setupInputSchema } from '../../../../shared/contracts/setup';
import type { IssuedRecoveryKey } from '../../app/session';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';

const FIELDS = ['clinicName', 'fullName', 'username', 'password', 'passwordConfirm'] as const;

/**
 * The new clinic's form state. Held by the first-run screen, so what was typed survives a look
 * at "Bring a clinic from another computer" and back.
 */
export function useNewClinicForm() {
  return useContractForm({
    schema: setupInputSchema,
    mode: 'onChange',
    defaultValues: { clinicName: '', fullName: '', username: '', password: '', passwordConfirm: '' },
    fields: FIELDS,
  });
}

/**
 * "Set up a new clinic": the clinic's name and the first administrator, validated as the person
 * types with the contract's `setupInputSchema`. Step 2 (the recovery key) follows as a session gate.
 */
export function NewClinicForm({
  form: { form, error, setError, submit },
  onIssued,
}: {
  form: ReturnType<typeof useNewClinicForm>;
  onIssued: (key: IssuedRecoveryKey) => void;
}) {
  const { t } = useTranslation();
  // The key is handed over before `app:status` is refreshed (which opens the screen showing it).
  const create = useLanternMutation('setup:create', {
    onSuccess: (issued, values) =>
      onIssued({
        recoveryKey: issued.recoveryKey,
        clinicName: values.clinicName,
        issuedAt: new Date(),
        origin: 'setup',
      }),
  });
  // A refusal belongs to this visit of the screen: gone after a look at the other way and back.
  useEffect(() => () => setError(null), [setError]);

  const onSubmit = submit((values) => create.mutateAsync(values));

  return (
    <>
      <p className="step">
        {t('app.stepOf', { step: 1, total: 2 })} · {t('setup.step1')}
      </p>
      <p>{t('setup.intro')}</p>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <fieldset className="fieldset">
          <legend>{t('setup.clinicSection')}</legend>
          <FormTextField
            control={form.control}
            name="clinicName"
            label={t('setup.clinicName')}
            description={t('setup.clinicNameHelp')}
            autoComplete="organization"
            isRequired
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('setup.adminSection')}</legend>
          <FormTextField
            control={form.control}
            name="fullName"
            label={t('setup.fullName')}
            autoComplete="name"
            isRequired
          />
          <FormTextField
            control={form.control}
            name="username"
            label={t('setup.username')}
            description={t('setup.usernameHelp')}
            autoComplete="username"
            isRequired
          />
          <FormTextField
            control={form.control}
            name="password"
            type="password"
            label={t('setup.password')}
            description={t('setup.passwordHelp')}
            autoComplete="new-password"
            isRequired
          />
          <FormTextField
            control={form.control}
            name="passwordConfirm"
            type="password"
            label={t('setup.passwordConfirm')}
            autoComplete="new-password"
            isRequired
          />
        </fieldset>
        <section className="backup-warning" aria-labelledby="setup-backups-title">
          <h2 id="setup-backups-title" className="backup-warning-title">
            {t('setup.backupsTitle')}
          </h2>
          <p>{t('setup.backups')}</p>
        </section>
        <ErrorAlert error={error} />
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isPending={create.isPending}>
            {create.isPending ? t('setup.submitting') : t('setup.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
