import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { AppError } from '../../../shared/result';

/** Which of main's field keys (`"a.b": "validation.key"`) a form can show, and under what name. */
export interface FieldPlacement {
  /**
   * Where the form's values sit in the channel's input (`client` for `{ client, … }`): main keys
   * fields from the input's root (`client.birthDate`), the form from its own (`birthDate`).
   */
  root?: string;
  /** The fields the form shows; without it, any path that holds a value in the form. */
  fields?: readonly string[];
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
 * Puts main's field errors next to the fields (`setError`, type `server`), focusing the first.
 * Returns true when every problem found its field, so no separate alert is needed; otherwise
 * false, and the caller shows the error in an alert. Values the person typed are never touched.
 */
export function placeFieldErrors<T extends FieldValues>(
  error: AppError,
  form: Pick<UseFormReturn<T, unknown, unknown>, 'setError' | 'getValues'>,
  placement: FieldPlacement = {},
): boolean {
  const entries = Object.entries(error.fields ?? {});
  if (entries.length === 0) return false;
  const { root, fields } = placement;
  const values = form.getValues();
  let allPlaced = true;
  let first = true;
  for (const [key, message] of entries) {
    const path = root && key.startsWith(`${root}.`) ? key.slice(root.length + 1) : key;
    const shown = fields ? fields.includes(path) : valueAt(values, path) !== undefined;
    if (!shown) {
      allPlaced = false;
      continue;
    }
    form.setError(path as Path<T>, { type: 'server', message }, { shouldFocus: first });
    first = false;
  }
  return allPlaced;
}
