import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AttachmentSettings } from '../../../../../shared/contracts/attachments';
import {
  ATTACHMENT_SIZE_MB,
  saveAttachmentSettingsInputSchema,
} from '../../../../../shared/contracts/attachments';
import { lanternKey, useLanternMutation, useLanternQuery } from '../../../lib/client';
import { errorMessage } from '../../../lib/errors';
import { useContractForm } from '../../../lib/useContractForm';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../../ui/feedback';
import { FormNumberField } from '../../../ui/fields';

/** Administration → Attachments: the largest file a person may add. */
export function AttachmentSettingsSection() {
  const { t } = useTranslation();
  const settings = useLanternQuery('attachments:settings', {});
  if (settings.error)
    return (
      <ErrorAlert>
        {t('attachments.admin.loadFailed')} {errorMessage(t, settings.error.error)}
      </ErrorAlert>
    );
  if (!settings.data) return <LoadingMessage />;
  return <SettingsForm settings={settings.data} />;
}

function SettingsForm({ settings }: { settings: AttachmentSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const save = useLanternMutation('attachments:saveSettings');
  const { form, error, submit } = useContractForm({
    schema: saveAttachmentSettingsInputSchema,
    fields: ['maxSizeMb'],
    defaultValues: settings,
  });
  const onSubmit = submit(async (values) => {
    setSaved(false);
    queryClient.setQueryData(lanternKey('attachments:settings', {}), await save.mutateAsync(values));
    setSaved(true);
  });
  return (
    <div className="panel panel-form">
      <h2>{t('attachments.admin.heading')}</h2>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormNumberField
          control={form.control}
          name="maxSizeMb"
          label={t('attachments.admin.maxSize')}
          description={t('attachments.admin.maxSizeHelp')}
          min={ATTACHMENT_SIZE_MB.min}
          max={ATTACHMENT_SIZE_MB.max}
          isRequired
        />
        <ErrorAlert error={error} />
        <StatusMessage>{saved ? t('attachments.admin.saved') : null}</StatusMessage>
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
            {t('attachments.admin.save')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
