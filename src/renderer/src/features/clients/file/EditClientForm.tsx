import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientFile, ClientRecord } from '../../../../../shared/contracts/clients';
import type { AppError } from '../../../../../shared/result';
import { call, lanternKey, toAppError, useLanternMutation } from '../../../lib/client';
import { ErrorAlert } from '../../../ui/feedback';
import { placeServerErrors, useClientForm, valuesFromRecord } from '../form/clientForm';
import { ClientFormFields } from '../form/ClientFormFields';

/**
 * The same form as "Add a client", saved with `clients:update` and the version it was opened
 * with: if someone saved in between, main refuses, the form keeps every change, and the person
 * chooses to reload theirs.
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
  const form = useClientForm(valuesFromRecord(record));
  const update = useLanternMutation('clients:update');
  const [error, setError] = useState<AppError | null>(null);
  const stale = error?.code === 'conflict' && Boolean(error.details?.staleEdit);

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const saved = await update.mutateAsync({
        id: base.id,
        client: values,
        expectedUpdatedAt: base.updatedAt,
      });
      queryClient.setQueryData(lanternKey('clients:get', { id: saved.id }), (old: ClientFile | undefined) =>
        old && old.access === 'full' ? { ...old, client: saved } : old,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: lanternKey('clients:history', { clientId: saved.id }) }),
        queryClient.invalidateQueries({ queryKey: lanternKey('caseload:list') }),
        queryClient.invalidateQueries({ queryKey: lanternKey('caseload:search') }),
      ]);
      onDone();
    } catch (thrown) {
      const appError = toAppError(thrown);
      if (!placeServerErrors(appError, form, 'client')) setError(appError);
    }
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
      <ClientFormFields form={form} />
      <ErrorAlert error={error} />
      {stale ? (
        <div className="form-actions">
          <Button className="button button-small" onPress={() => void reloadTheirs()}>
            {t('clients.edit.reloadTheirs')}
          </Button>
        </div>
      ) : null}
      <div className="form-footer">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={update.isPending}>
          {update.isPending ? t('common.saving') : t('clients.edit.submit')}
        </Button>
      </div>
    </Form>
  );
}
