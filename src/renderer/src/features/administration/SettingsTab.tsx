import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  IDLE_LOCK_MINUTES,
  MAX_SESSION_HOURS,
  PLAN_REVIEW_DAYS,
  updateSettingsInputSchema,
  type Settings,
} from '../../../../shared/contracts/settings';
import { REASSESSMENT_INTERVAL_DAYS } from '../../../../shared/domain/reassessment';
import { lanternKey, useLanternMutation, useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { FormNumberField, FormTextField } from '../../ui/fields';
import { CheckBox } from '../../ui/CheckBox';

/**
 * Clinic name, auto-lock minutes, the maximum session length, how often clients are reassessed
 * and the care plan rules (`updateSettingsInputSchema`).
 */
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
  const [saved, setSaved] = useState(false);
  // The header shows the clinic name and the idle limit drives activity reports: `app:status`
  // is made stale by the call.
  const update = useLanternMutation('settings:update');
  const { form, error, submit } = useContractForm({
    schema: updateSettingsInputSchema,
    fields: [
      'clinicName',
      'idleLockMinutes',
      'maxSessionHours',
      'reassessmentIntervalDays',
      'planReviewDays',
      'planSupervisorApproval',
    ],
    defaultValues: {
      clinicName: settings.clinicName,
      idleLockMinutes: settings.idleLockMinutes,
      maxSessionHours: settings.maxSessionHours,
      reassessmentIntervalDays: settings.reassessmentIntervalDays,
      planReviewDays: settings.planReviewDays,
      planSupervisorApproval: settings.planSupervisorApproval,
    },
  });
  const planApproval = useWatch({ control: form.control, name: 'planSupervisorApproval' });
  const maxSessionHours = useWatch({ control: form.control, name: 'maxSessionHours' });

  const onSubmit = submit(async (values) => {
    setSaved(false);
    const next = await update.mutateAsync(values);
    queryClient.setQueryData(lanternKey('settings:get', {}), next);
    setSaved(true);
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
        <CheckBox
          isSelected={maxSessionHours !== null && maxSessionHours !== undefined}
          onChange={(selected) =>
            form.setValue('maxSessionHours', selected ? MAX_SESSION_HOURS.suggested : null, {
              shouldDirty: true,
            })
          }
          description={t('admin.settings.maxSessionHelp')}
        >
          {t('admin.settings.maxSessionEnabled')}
        </CheckBox>
        {maxSessionHours !== null && maxSessionHours !== undefined ? (
          <FormNumberField
            control={form.control}
            name="maxSessionHours"
            label={t('admin.settings.maxSessionHours')}
            description={t('admin.settings.maxSessionHoursHelp')}
            min={MAX_SESSION_HOURS.min}
            max={MAX_SESSION_HOURS.max}
            isRequired
          />
        ) : null}
        <FormNumberField
          control={form.control}
          name="reassessmentIntervalDays"
          label={t('admin.settings.reassessmentIntervalDays')}
          description={t('admin.settings.reassessmentIntervalHelp')}
          min={REASSESSMENT_INTERVAL_DAYS.min}
          max={REASSESSMENT_INTERVAL_DAYS.max}
          isRequired
        />
        <FormNumberField
          control={form.control}
          name="planReviewDays"
          label={t('admin.settings.planReviewDays')}
          description={t('admin.settings.planReviewDaysHelp')}
          min={PLAN_REVIEW_DAYS.min}
          max={PLAN_REVIEW_DAYS.max}
          isRequired
        />
        <CheckBox
          isSelected={Boolean(planApproval)}
          onChange={(selected) => form.setValue('planSupervisorApproval', selected, { shouldDirty: true })}
          description={t('admin.settings.planSupervisorApprovalHelp')}
        >
          {t('admin.settings.planSupervisorApproval')}
        </CheckBox>
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
