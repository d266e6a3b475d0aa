import { useEffect } from 'react';
import type { Path, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import {
  clientFormFieldsSchema,
  type ClientFormFields,
  type ClientRecord,
} from '../../../../../shared/contracts/clients';
import { useContractForm, type ContractForm } from '../../../lib/useContractForm';
import type { FormDraftOptions } from '../../../lib/useFormDraft';
import { schemaDefaults } from '../../../lib/schemaDefaults';

/**
 * The client form: every field of `clientFormFieldsSchema` (all but the risk level, which changes
 * only through its history), checked by that same schema as you type.
 */
export type ClientFormValues = z.input<typeof clientFormFieldsSchema>;
export type ClientForm = UseFormReturn<ClientFormValues, unknown, ClientFormFields>;

/** A new client: the schema's defaults, names and birth date empty. */
export const EMPTY_CLIENT: ClientFormValues = schemaDefaults(clientFormFieldsSchema);

/** A saved client as form values (only the fields the form edits). */
export function valuesFromRecord(record: ClientRecord): ClientFormValues {
  const values = {} as Record<string, unknown>;
  for (const key of Object.keys(EMPTY_CLIENT)) values[key] = record[key as keyof ClientRecord];
  return structuredClone(values) as ClientFormValues;
}

/**
 * The client form, kept as a draft in main under `draft.key`. Checked when a field is left ('onBlur', so a newly added phone or program row is not shown as
 * wrong before anything is typed in it), then again at every keystroke once a field shows a
 * problem, so the message goes away as soon as it is fixed.
 */
export function useClientForm(
  defaultValues: ClientFormValues,
  draft: { key: string } & FormDraftOptions,
): ContractForm<ClientFormValues, ClientFormFields> {
  // `client` is where the form's values sit in `clients:create`/`clients:update`.
  const contractForm = useContractForm({
    schema: clientFormFieldsSchema,
    root: 'client',
    defaultValues,
    mode: 'onBlur',
    draft,
  });
  const { form } = contractForm;
  const { subscribe, getFieldState, trigger } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name, type }) => {
          if (type === 'change' && name && getFieldState(name as Path<ClientFormValues>).invalid) {
            void trigger(name as Path<ClientFormValues>);
          }
        },
      }),
    [subscribe, getFieldState, trigger],
  );
  return contractForm;
}
