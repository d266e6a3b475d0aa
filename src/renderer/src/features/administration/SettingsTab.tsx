import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  IDLE_LOCK_MINUTES,
  updateSettingsInputSchema,
  type Settings,
} from '../../../../shared/contracts/settings';
import type { AppError } from '../../../../shared/result';
import { lanternKey, toAppError, useLanternMutation, useLanternQuery } from '../../lib/client';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { FormNumberField, FormTextField } from '../../ui/fields';

/** Clinic name and auto-lock minutes (`updateSettingsInputSchema`). */
export function SettingsTab() {
  const { t } = useTranslation();
  const settings = useLanternQuery('settings:get', {});
  if (settings.isPending) return <LoadingMessage />;
  if (settings.isError) {
    return (
      <ErrorAlert>
        {t('admin.settings.loadFailed')} {errorMessage(t, settings.error.error)}
      </ErrorAlert>
    );
  }
  return <SettingsForm settings={settings.data} />;
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useLanternMutation('settings:update');
  const form = useForm({
    resolver: zodResolver(updateSettingsInputSchema),
    defaultValues: { clinicName: settings.clinicName, idleLockMinutes: settings.idleLockMinutes },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    setSaved(false);
    try {
      const next = await update.mutateAsync(values);
      queryClient.setQueryData(lanternKey('settings:get', {}), next);
      // The header shows the clinic name and the idle limit drives activity reports.
      await queryClient.invalidateQueries({ queryKey: lanternKey('app:status') });
      setSaved(true);
    } catch (thrown) {
      const appError = toAppError(thrown);
      if (!applyFieldErrors(appError, form.setError, ['clinicName', 'idleLockMinutes'])) setError(appError);
    }
  });

  return (
    <div className="panel panel-form">
      <h2>{t('admin.settings.title')}</h2>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField
          control={form.control}
          name="clinicName"
          label={t('admin.settings.clinicName')}
          isRequired
        />
        <FormNumberField
          control={form.control}
          name="idleLockMinutes"
          label={t('admin.settings.idleLockMinutes')}
          description={t('admin.settings.idleLockHelp')}
          min={IDLE_LOCK_MINUTES.min}
          max={IDLE_LOCK_MINUTES.max}
          isRequired
        />
        <ErrorAlert error={error} />
        <StatusMessage>{saved ? t('admin.settings.saved') : null}</StatusMessage>
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isPending={update.isPending}>
            {update.isPending ? t('common.saving') : t('admin.settings.submit')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
