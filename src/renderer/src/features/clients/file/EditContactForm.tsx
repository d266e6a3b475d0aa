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
import { useLanternMutation } from '../../../lib/client';
import { ClientFormFields } from '../form/ClientFormFields';
import { EMPTY_CLIENT, type ClientFormValues } from '../form/clientForm';
import { EditFormFrame, useClientEdit } from './EditFormFrame';

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
  const { form, error, submit, draft, base, backToOpened, reloadTheirs } = useClientEdit({
    record,
    draftKey: `client:contact:${record.id}`,
    toValues: valuesFromContact,
    fromFile: (file) => (file.access === 'contact' ? file.client : null),
  });
  const update = useLanternMutation('clients:updateDetails');

  const onSubmit = submit(async (values) => {
    await update.mutateAsync({
      id: base.id,
      client: contactPatch(values),
      expectedUpdatedAt: base.updatedAt,
    });
    void draft.discard();
    onDone();
  });

  return (
    <EditFormFrame
      title={t('clients.edit.titleContact')}
      intro={t('clients.edit.contactIntro')}
      draft={draft}
      onDiscardDraft={backToOpened}
      error={error}
      onReloadTheirs={reloadTheirs}
      isPending={update.isPending}
      onCancel={onCancel}
      onSubmit={onSubmit}
    >
      <ClientFormFields form={form} kinds={CONTACT} />
    </EditFormFrame>
  );
}
