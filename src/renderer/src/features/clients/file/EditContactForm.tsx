import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  ClientDetailsPatch,
  ClientFormFields as ClientFieldValues,
  clientContactSchema,
} from '../../../../../shared/contracts/clients';
import { kindOfClientField } from '../../../../../shared/contracts/clients';
import type { RecordKind } from '../../../../../shared/domain/access';
import { flagsOfKinds } from '../../../../../shared/domain/clients';
import { call, lanternKey, useLanternMutation } from '../../../lib/client';
import { formatDateTime } from '../../../lib/i18n';
import { DraftNotKept } from '../../../ui/DraftNotKept';
import { ErrorAlert, StatusMessage } from '../../../ui/feedback';
import { ClientFormFields } from '../form/ClientFormFields';
import { EMPTY_CLIENT, useClientForm, type ClientFormValues } from '../form/clientForm';

type ContactRecord = z.infer<typeof clientContactSchema>;

const CONTACT: ReadonlySet<RecordKind> = new Set(['contact']);
const CONTACT_FIELDS = Object.keys(EMPTY_CLIENT).filter(
  (key) => key !== 'flags' && kindOfClientField(key) === 'contact',
) as (keyof ClientFormValues)[];
const CONTACT_FLAGS = flagsOfKinds(['contact']);

/** The contact view as form values: what it has, and the form's defaults for the rest (never sent). */
function valuesFromContact(record: ContactRecord): ClientFormValues {
  const values = structuredClone(EMPTY_CLIENT) as Record<string, unknown>;
  for (const key of CONTACT_FIELDS) values[key] = structuredClone(record[key as keyof ContactRecord]);
  values.flags = { ...(EMPTY_CLIENT.flags ?? {}), ...record.flags };
  return values as ClientFormValues;
}

/** Only the contact details go to main: the fields this person cannot see are left as stored. */
function contactPatch(values: ClientFieldValues): ClientDetailsPatch {
  const patch = Object.fromEntries(
    CONTACT_FIELDS.map((key) => [key, values[key as keyof ClientFieldValues]]),
  );
  return { ...patch, flags: Object.fromEntries(CONTACT_FLAGS.map((flag) => [flag, values.flags[flag]])) };
}

/**
 * "Edit details" for the front desk: the client form with only the contact details (names, birth
 * date, client ID, phones, e-mail, address, language, interpreter, "household not aware"), saved
 * with `clients:updateDetails`, which changes those and leaves the rest of the file as it is.
 * Unsaved changes are kept as a draft in main (`client:contact:<id>`), like the full edit form.
 */
export function EditContactForm({
  record,
  onDone,
  onCancel,
}: {
  record: ContactRecord;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(record);
  const { form, error, setError, submit, draft } = useClientForm(valuesFromContact(record), {
    key: `client:contact:${record.id}`,
    version: base.updatedAt,
    onRestoredVersion: (version) => setBase((current) => ({ ...current, updatedAt: version })),
  });
  const update = useLanternMutation('clients:updateDetails');
  const stale = error?.code === 'conflict' && Boolean(error.details?.staleEdit);

  const onSubmit = submit(async (values) => {
    await update.mutateAsync({
      id: base.id,
      client: contactPatch(values),
      expectedUpdatedAt: base.updatedAt,
    });
    void draft.discard();
    onDone();
  });

  /** Throws away this person's changes and starts again from what is saved now. */
  const reloadTheirs = async () => {
    const latest = await queryClient.fetchQuery({
      queryKey: lanternKey('clients:get', { id: base.id }),
      queryFn: () => call('clients:get', { id: base.id }),
      staleTime: 0,
    });
    if (latest.access === 'contact') {
      setBase(latest.client);
      form.reset(valuesFromContact(latest.client));
      setError(null);
    }
  };

  return (
    <Form
      className="form client-form"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-label={t('clients.edit.titleContact')}
    >
      <h2 className="tab-heading">{t('clients.edit.titleContact')}</h2>
      <p className="lead">{t('clients.edit.contactIntro')}</p>
      <DraftNotKept reason={draft.notKept} />
      {draft.restoredAt ? (
        <StatusMessage tone="info">
          {t('clients.draft.restored', { time: formatDateTime(draft.restoredAt) })}{' '}
          <Button
            className="button button-quiet button-small"
            onPress={() => {
              setBase(record);
              void draft.discardAndReset();
            }}
          >
            {t('clients.draft.discard')}
          </Button>
        </StatusMessage>
      ) : null}
      <ClientFormFields form={form} kinds={CONTACT} />
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
