import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, CheckboxGroup, FieldError, Form, Label, Text } from 'react-aria-components';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/contracts/accounts';
import type { NoteSettings } from '../../../../shared/contracts/note-formats';
import { saveNoteSettingsInputSchema } from '../../../../shared/contracts/note-formats';
import type { NoteFormatEntry } from '../../../../shared/contracts/progress-notes';
import { LATE_ENTRY_DAYS } from '../../../../shared/contracts/progress-notes';
import { can, ROLES } from '../../../../shared/domain/roles';
import { lanternKey, useLanternMutation, useLanternQuery } from '../../lib/client';
import { errorMessage, fieldMessage } from '../../lib/errors';
import { useContractForm } from '../../lib/useContractForm';
import { CheckBox } from '../../ui/CheckBox';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { FormNumberField, FormSelectField } from '../../ui/fields';
import { useLocalString } from './localText';

/** Only roles that write notes can be asked for a co-signature. */
const WRITING_ROLES = ROLES.filter((role) => can(role, 'clients:edit'));

/** Administration → Note settings: the default format, late entries, who needs a co-signature. */
export function NoteSettingsSection() {
  const { t } = useTranslation();
  const settings = useLanternQuery('notes:settings', {});
  const formats = useLanternQuery('notes:formats', {});
  const accounts = useLanternQuery('accounts:list', {});
  const failed = settings.error ?? formats.error ?? accounts.error;
  if (failed)
    return (
      <ErrorAlert>
        {t('noteFormats.settings.loadFailed')} {errorMessage(t, failed.error)}
      </ErrorAlert>
    );
  if (!settings.data || !formats.data || !accounts.data) return <LoadingMessage />;
  return (
    <NoteSettingsForm settings={settings.data} formats={formats.data.formats} accounts={accounts.data} />
  );
}

function NoteSettingsForm(props: {
  settings: NoteSettings;
  formats: NoteFormatEntry[];
  accounts: Account[];
}) {
  const { t } = useTranslation();
  const text = useLocalString();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const save = useLanternMutation('notes:saveSettings');
  const { form, error, submit } = useContractForm({
    schema: saveNoteSettingsInputSchema,
    fields: ['defaultFormatId', 'lateEntryDays', 'cosignRoles', 'cosignAccountIds'],
    defaultValues: props.settings,
  });
  const writers = props.accounts.filter(
    (account) =>
      can(account.role, 'clients:edit') &&
      (account.status === 'active' || props.settings.cosignAccountIds.includes(account.id)),
  );
  const onSubmit = submit(async (values) => {
    setSaved(false);
    const next = await save.mutateAsync(values);
    queryClient.setQueryData(lanternKey('notes:settings', {}), next);
    setSaved(true);
  });
  return (
    <div className="panel panel-form">
      <h2>{t('noteFormats.settings.title')}</h2>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormSelectField
          control={form.control}
          name="defaultFormatId"
          label={t('noteFormats.settings.defaultFormat')}
          description={t('noteFormats.settings.defaultFormatHelp')}
          options={props.formats.map((entry) => ({ id: entry.format.id, label: text(entry.format.name) }))}
          isRequired
        />
        <FormNumberField
          control={form.control}
          name="lateEntryDays"
          label={t('noteFormats.settings.lateEntryDays')}
          description={t('noteFormats.settings.lateEntryHelp')}
          min={LATE_ENTRY_DAYS.min}
          max={LATE_ENTRY_DAYS.max}
          isRequired
        />
        <Controller
          control={form.control}
          name="cosignRoles"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              className="field"
              value={field.value}
              onChange={field.onChange}
              isInvalid={fieldState.invalid}
            >
              <Label className="field-label">{t('noteFormats.settings.cosignRoles')}</Label>
              <Text slot="description" className="field-help">
                {t('noteFormats.settings.cosignRolesHelp')}
              </Text>
              {WRITING_ROLES.map((role) => (
                <CheckBox key={role} value={role}>
                  {t(`roles.${role}`)}
                </CheckBox>
              ))}
              <FieldError className="field-error">{fieldMessage(t, fieldState.error?.message)}</FieldError>
            </CheckboxGroup>
          )}
        />
        <Controller
          control={form.control}
          name="cosignAccountIds"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              className="field"
              value={field.value}
              onChange={field.onChange}
              isInvalid={fieldState.invalid}
            >
              <Label className="field-label">{t('noteFormats.settings.cosignAccounts')}</Label>
              <Text slot="description" className="field-help">
                {t('noteFormats.settings.cosignAccountsHelp')}
              </Text>
              {writers.length === 0 ? <p className="muted">{t('noteFormats.settings.noAccounts')}</p> : null}
              {writers.map((account) => (
                <CheckBox key={account.id} value={account.id}>
                  {account.fullName} <span className="muted">({t(`roles.${account.role}`)})</span>
                </CheckBox>
              ))}
              <FieldError className="field-error">{fieldMessage(t, fieldState.error?.message)}</FieldError>
            </CheckboxGroup>
          )}
        />
        <ErrorAlert error={error} />
        <StatusMessage>{saved ? t('noteFormats.settings.saved') : null}</StatusMessage>
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isPending={save.isPending}>
            {t('noteFormats.settings.save')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
