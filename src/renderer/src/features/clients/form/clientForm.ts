import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import {
  clientFieldsSchema,
  type ClientFields,
  type ClientRecord,
} from '../../../../../shared/contracts/clients';
import type { AppError } from '../../../../../shared/result';

/** The client form: every field of `clientFieldsSchema`, checked by that same schema as you type. */
export type ClientFormValues = z.input<typeof clientFieldsSchema>;
export type ClientForm = UseFormReturn<ClientFormValues, unknown, ClientFields>;

export const EMPTY_CLIENT: ClientFormValues = {
  clientNumber: '',
  legalFirstName: '',
  legalLastName: '',
  preferredName: '',
  pronouns: '',
  birthDate: '',
  sexAtBirth: 'unknown',
  genderIdentity: '',
  preferredLanguage: 'English',
  interpreterNeeded: false,
  phones: [],
  email: '',
  address: { line1: '', line2: '', city: '', region: '', postalCode: '' },
  livingSituation: 'unknown',
  enrollments: [],
  assignedCaseManagerIds: [],
  insurance: [],
  riskLevel: 'unknown',
  flags: {
    safetyConcern: false,
    financialConcern: false,
    legalInvolvement: false,
    part2Protected: false,
    householdUnaware: false,
  },
};

/** A saved client as form values (only the fields the form edits). */
export function valuesFromRecord(record: ClientRecord): ClientFormValues {
  const values = {} as Record<string, unknown>;
  for (const key of Object.keys(EMPTY_CLIENT)) values[key] = record[key as keyof ClientRecord];
  return structuredClone(values) as ClientFormValues;
}

/**
 * Checked when a field is left ('onBlur', so a newly added phone or program row is not shown as
 * wrong before anything is typed in it), then again at every keystroke once a field shows a
 * problem, so the message goes away as soon as it is fixed.
 */
export function useClientForm(defaultValues: ClientFormValues): ClientForm {
  const form = useForm<ClientFormValues, unknown, ClientFields>({
    resolver: zodResolver(clientFieldsSchema),
    defaultValues,
    mode: 'onBlur',
  });
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
  return form;
}

/** Reads a dotted path (`phones.0.number`) out of form values. */
function valueAt(values: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node === null || typeof node !== 'object' ? undefined : (node as Record<string, unknown>)[part],
      values,
    );
}

/**
 * Puts main's field errors next to the fields. Main keys them from its input's root
 * (`client.birthDate`, `contact.careRole`), so the prefix is dropped for a form whose root is
 * that object. Returns true when every problem found its field (no separate alert needed).
 */
export function placeServerErrors<T extends FieldValues>(
  error: AppError,
  form: Pick<UseFormReturn<T, unknown, unknown>, 'setError' | 'getValues'>,
  prefix: string,
): boolean {
  const entries = Object.entries(error.fields ?? {});
  if (entries.length === 0) return false;
  const values = form.getValues();
  let allPlaced = true;
  let first = true;
  for (const [key, message] of entries) {
    const path = key.startsWith(`${prefix}.`) ? key.slice(prefix.length + 1) : key;
    if (valueAt(values, path) === undefined) {
      allPlaced = false;
      continue;
    }
    form.setError(path as Path<T>, { type: 'server', message }, { shouldFocus: first });
    first = false;
  }
  return allPlaced;
}
