import { useState } from 'react';
import { Button, Form, Switch } from 'react-aria-components';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { backupSettingsSchema, type BackupSettings } from '../../../../shared/contracts/backup';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { BrowseButton } from '../../ui/BrowseButton';
import { FormNumberField, FormTextField } from '../../ui/fields';

const FIELDS = ['folder', 'automatic', 'keepDaily', 'keepMonthly'] as const;
// The limits come from the contract's schema, so the boxes and main agree.
const { keepDaily, keepMonthly } = backupSettingsSchema.shape;
const DAILY = { min: keepDaily.minValue ?? 1, max: keepDaily.maxValue ?? 60 };
const MONTHLY = { min: keepMonthly.minValue ?? 0, max: keepMonthly.maxValue ?? 120 };

/** Folder, automatic on/off and how many backups to keep (`backupSettingsSchema`). */
export function BackupSettingsForm({ settings }: { settings: BackupSettings }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  // A new folder means a new list, and possibly a new warning (`backup:status` is made stale).
  const update = useLanternMutation('backup:updateSettings');
  // Loaded once: a later status refresh never overwrites what the person is typing.
  const { form, error, submit, refuse } = useContractForm({
    schema: backupSettingsSchema,
    defaultValues: settings,
    fields: FIELDS,
  });

  const onSubmit = submit(async (values) => {
    setSaved(false);
    await update.mutateAsync(values);
    setSaved(true);
  });

  return (
    <section className="panel panel-form" aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">{t('backup.settings.title')}</h2>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <div className="path-row">
          <FormTextField
            control={form.control}
            name="folder"
            label={t('backup.settings.folder')}
            description={t('backup.settings.folderHelp')}
            isRequired
          />
          <BrowseButton
            pick={{ kind: 'folder', purpose: 'backup_folder' }}
            label={t('backup.settings.browse')}
            onPicked={(path) => form.setValue('folder', path, { shouldDirty: true, shouldValidate: true })}
            onError={(appError) => void refuse(appError)}
          />
        </div>
        <Controller
          control={form.control}
          name="automatic"
          render={({ field }) => (
            <div className="field">
              <Switch
                className="backup-switch"
                name={field.name}
                isSelected={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                aria-describedby="backup-automatic-help"
              >
                <span className="backup-switch-track" aria-hidden="true">
                  <span className="backup-switch-thumb" />
                </span>
                {t('backup.settings.automatic')}
              </Switch>
              <p id="backup-automatic-help" className="field-help">
                {t('backup.settings.automaticHelp')}
              </p>
            </div>
          )}
        />
        <FormNumberField
          control={form.control}
          name="keepDaily"
          label={t('backup.settings.keepDaily')}
          description={t('backup.settings.keepDailyHelp', DAILY)}
          min={DAILY.min}
          max={DAILY.max}
          isRequired
        />
        <FormNumberField
          control={form.control}
          name="keepMonthly"
          label={t('backup.settings.keepMonthly')}
          description={t('backup.settings.keepMonthlyHelp', MONTHLY)}
          min={MONTHLY.min}
          max={MONTHLY.max}
          isRequired
        />
        <ErrorAlert error={error} />
        <StatusMessage>{saved ? t('backup.settings.saved') : null}</StatusMessage>
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isPending={update.isPending}>
            {update.isPending ? t('common.saving') : t('backup.settings.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
