import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientFile, ClientRecord } from '../../../../../shared/contracts/clients';
import { call, lanternKey, useLanternMutation } from '../../../lib/client';
import { formatDateTime } from '../../../lib/i18n';
import { ErrorAlert, StatusMessage } from '../../../ui/feedback';
import { useClientForm, valuesFromRecord } from '../form/clientForm';
import { ClientFormFields } from '../form/ClientFormFields';
import { DraftNotKept } from '../../../ui/DraftNotKept';

/**
 * The same form as "Add a client", saved with `clients:update` and the version it was opened
 * with: if someone saved in between, main refuses, the form keeps every change, and the person
 * chooses to reload theirs. Unsaved changes are kept as a draft in main (`client:edit:<id>`) with
 * the version they were typed over, so a draft restored after someone else saved meets that check.
 */
export function EditClientForm({
  record,
  onDone,
  onCancel,
}: {
  record: ClientRecord;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(record);
  const { form, error, setError, submit, draft } = useClientForm(valuesFromRecord(record), {
    key: `client:edit:${record.id}`,
    version: base.updatedAt,
    onRestoredVersion: (version) => setBase((current) => ({ ...current, updatedAt: version })),
  });
  const update = useLanternMutation('clients:update');
  const stale = error?.code === 'conflict' && Boolean(error.details?.staleEdit);

  // The saved record goes straight into the open file; history and the caseload are made stale.
  const onSubmit = submit(async (values) => {
    const saved = await update.mutateAsync({
      id: base.id,
      client: values,
      expectedUpdatedAt: base.updatedAt,
    });
    void draft.discard();
    queryClient.setQueryData(lanternKey('clients:get', { id: saved.id }), (old: ClientFile | undefined) =>
      old && old.access === 'full' ? { ...old, client: saved } : old,
    );
    onDone();
  });

  /** Throws away this person's changes and starts again from what is saved now. */
  const reloadTheirs = async () => {
    const latest = await queryClient.fetchQuery({
      queryKey: lanternKey('clients:get', { id: base.id }),
      queryFn: () => call('clients:get', { id: base.id }),
      staleTime: 0,
    });
    if (latest.access === 'full') {
      setBase(latest.client);
      form.reset(valuesFromRecord(latest.client));
      setError(null);
    }
  };

  return (
    <Form
      className="form client-form"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-label={t('clients.edit.title')}
    >
      <h2 className="tab-heading">{t('clients.edit.title')}</h2>
      <DraftNotKept reason={draft.notKept} />
      {draft.restoredAt ? (
        <StatusMessage tone="info">
          {t('clients.draft.restored', { time: formatDateTime(draft.restoredAt) })}{' '}
          <Button
            className="button button-quiet button-small"
            onPress={() => {
              setBase(record); // back to the version the form was opened with
              void draft.discardAndReset();
            }}
          >
            {t('clients.draft.discard')}
          </Button>
        </StatusMessage>
      ) : null}
      <ClientFormFields form={form} currentRisk={{ clientId: record.id, level: record.riskLevel }} />
      <ErrorAlert error={error} />
      {stale ? (
        <div className="form-actions">
          <Button className="button button-small" onPress={() => void reloadTheirs()}>
            {t('clients.edit.reloadTheirs')}
          </Button>
        </div>
      ) : null}
      <div className="form-footer">
        <Button
          className="button"
          onPress={() => {
            void draft.discard();
            onCancel();
          }}
        >
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={update.isPending}>
          {update.isPending ? t('common.saving') : t('clients.edit.submit')}
        </Button>
      </div>
    </Form>
  );
}
