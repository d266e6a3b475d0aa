import { FormTextField } from '../../ui/fields';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useContractForm } from '../../lib/useContractForm';
import { backupContract } from '../../../../shared/contracts/backup';
import type { AppStatus } from '../../../../shared/contracts/session';
import type { AppError } from '../../../../shared/result';
import { useLanternMutation } from '../../lib/client';
import { formatDateTime } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/feedback';
import { ModalDialog } from '../../ui/ModalDialog';

type Interrupted = NonNullable<AppStatus['interruptedUpgrade']>;

/**
 * On the sign-in screen after an update of the clinic's data was cut short (power loss): a calm
 * word that the data is safe, and the way back to the copy taken before the update.
 */
export function InterruptedUpgradeNotice({
  upgrade,
  onRestored,
}: {
  upgrade: Interrupted;
  /** Called after the copy is back; the caller says so and refreshes the status. */
  onRestored: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const date = formatDateTime(upgrade.startedAt);
  return (
    <section className="backup-warning" aria-label={t('upgrade.title')}>
      <p>{t('upgrade.notice', { date })}</p>
      <div className="form-actions">
        <Button className="button" onPress={() => setOpen(true)}>
          {t('upgrade.open')}
        </Button>
      </div>
      <ModalDialog isOpen={open} onOpenChange={setOpen} title={t('upgrade.title')}>
        {(close) => (
          <RestorePreUpgradeForm
            date={date}
            onCancel={close}
            onRestored={async () => {
              close();
              await onRestored();
            }}
          />
        )}
      </ModalDialog>
    </section>
  );
}

const FIELDS = ['username', 'password'] as const;

/** An administrator's username and password → `backup:restorePreUpgrade`. */
function RestorePreUpgradeForm(props: {
  date: string;
  onCancel: () => void;
  onRestored: () => Promise<void>;
}) {
  const { date, onCancel, onRestored } = props;
  const { t } = useTranslation();
  // Restoring makes `app:status` stale; `onRestored` runs once it is fetched again.
  const restore = useLanternMutation('backup:restorePreUpgrade');
  const { form, error, submit } = useContractForm({
    schema: backupContract['backup:restorePreUpgrade'].input,
    defaultValues: { username: '', password: '' },
    fieldFor: (appError) =>
      appError.code === 'wrong_credentials'
        ? { name: 'password', message: 'upgrade.wrongCredentials' }
        : appError.code === 'forbidden'
          ? { name: 'username', message: 'upgrade.notAdministrator' }
          : fieldOf(appError),
  });

  const onSubmit = submit(async (values) => {
    await restore.mutateAsync(values);
    await onRestored();
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('upgrade.explain', { date })}</p>
      <p>{t('upgrade.credentials')}</p>
      <FormTextField
        control={form.control}
        name="username"
        label={t('upgrade.username')}
        autoComplete="off"
        autoFocus
        isRequired
      />
      <FormTextField
        control={form.control}
        name="password"
        type="password"
        label={t('upgrade.password')}
        autoComplete="off"
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel} isDisabled={restore.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={restore.isPending}>
          {restore.isPending ? t('upgrade.submitting') : t('upgrade.submit')}
        </Button>
      </div>
    </Form>
  );
}

/** A field problem main named (e.g. too long), if it is one of this form's boxes. */
function fieldOf(error: AppError): { name: (typeof FIELDS)[number]; message: string } | null {
  for (const [name, message] of Object.entries(error.fields ?? {})) {
    const field = FIELDS.find((candidate) => candidate === name);
    if (field) return { name: field, message };
  }
  return null;
}
