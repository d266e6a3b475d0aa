import type { ClientDetailsPatch, ClientFormFields } from '../../shared/contracts/clients';
import { clientFormFieldsSchema, kindOfClientField } from '../../shared/contracts/clients';
import type { RecordKind } from '../../shared/domain/access';
import { CLIENT_FLAGS } from '../../shared/domain/clients';

/**
 * Which fields of a client a change touches, named as the form and the history name them
 * (`phones`, `address`, `flags.householdUnaware`), each with its kind of record — what the
 * access policy's change rules are asked about before anything is written.
 */
export interface TouchedField {
  field: string;
  kind: RecordKind;
}

const withKind = (field: string): TouchedField => ({ field, kind: kindOfClientField(field) });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const FORM_FIELDS = Object.keys(clientFormFieldsSchema.shape).filter((key) => key !== 'flags') as Exclude<
  keyof ClientFormFields,
  'flags'
>[];

/** A field's value when the form leaves it alone; `undefined` for fields that have none (names, birth date). */
function defaultOf(field: (typeof FORM_FIELDS)[number]): unknown {
  const parsed = clientFormFieldsSchema.shape[field].safeParse(undefined);
  return parsed.success ? parsed.data : undefined;
}

/** The fields a change from `before` to `after` alters; a new client is compared with an empty form. */
export function changedFields(before: ClientFormFields | null, after: ClientFormFields): TouchedField[] {
  const touched = FORM_FIELDS.filter((field) =>
    before ? !same(before[field], after[field]) : !same(defaultOf(field), after[field]),
  ).map(withKind);
  for (const flag of CLIENT_FLAGS)
    if ((before?.flags[flag] ?? false) !== after.flags[flag]) touched.push(withKind(`flags.${flag}`));
  return touched;
}

/**
 * The fields a patch names, whatever their values: naming a field one may not change is refused
 * even when the value sent equals the stored one, or the answer would tell a person who cannot
 * see a field (a flag, a programme) what it holds.
 */
export function patchedFields(patch: ClientDetailsPatch): TouchedField[] {
  const touched = FORM_FIELDS.filter((field) => patch[field] !== undefined).map(withKind);
  for (const flag of CLIENT_FLAGS)
    if (patch.flags?.[flag] !== undefined) touched.push(withKind(`flags.${flag}`));
  return touched;
}

/** The stored fields with a patch laid over them (flags one by one). */
export function applyPatch(stored: ClientFormFields, patch: ClientDetailsPatch): ClientFormFields {
  const fields = { ...stored, flags: { ...stored.flags } } as Record<string, unknown>;
  for (const field of FORM_FIELDS) if (patch[field] !== undefined) fields[field] = patch[field];
  const flags = fields.flags as Record<string, boolean>;
  for (const flag of CLIENT_FLAGS) if (patch.flags?.[flag] !== undefined) flags[flag] = patch.flags[flag];
  return fields as ClientFormFields;
}
