import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ClientFile, ClientRecord } from '../../../../../shared/contracts/clients';
import { lanternKey, useLanternMutation } from '../../../lib/client';
import { valuesFromRecord } from '../form/clientForm';
import { ClientFormFields } from '../form/ClientFormFields';
import { EditFormFrame, useClientEdit } from './EditFormFrame';

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
  const { form, error, submit, draft, base, backToOpened, reloadTheirs } = useClientEdit({
    record,
    draftKey: `client:edit:${record.id}`,
    toValues: valuesFromRecord,
    fromFile: (file) => (file.access === 'full' ? file.client : null),
  });
  const update = useLanternMutation('clients:update');

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

  return (
    <EditFormFrame
      title={t('clients.edit.title')}
      draft={draft}
      onDiscardDraft={backToOpened}
      error={error}
      onReloadTheirs={reloadTheirs}
      isPending={update.isPending}
      onCancel={onCancel}
      onSubmit={onSubmit}
    >
      <ClientFormFields form={form} currentRisk={{ clientId: record.id, level: record.riskLevel }} />
    </EditFormFrame>
  );
}
