import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { restoreInputSchema } from '../../../shared/contracts/backup';

/**
 * The credentials that open a backup or a clinic file (`restoreInputSchema`): an administrator's
 * username and password from that clinic, or its recovery key. Shared by "Restore" here and by
 * "Bring a clinic from another computer" in the first-run setup.
 */
export type RestoreMethod = 'password' | 'recoveryKey';

export interface RestoreValues {
  method: RestoreMethod;
  path: string;
  username: string;
  password: string;
  recoveryKey: string;
}

const zod = zodResolver(restoreInputSchema);

/**
 * `restoreInputSchema`, with the part of it that is not in use blanked: whichever way the person
 * chose (password or recovery key), an empty box gets "This is required." next to it.
 */
export const restoreResolver: Resolver<RestoreValues> = async (values, context, options) => {
  const { method, ...input } = values;
  const required = { type: 'required', message: 'validation.required' } as const;
  const errors: FieldErrors<RestoreValues> = {};
  if (input.path.trim() === '') errors.path = required;
  if (method === 'recoveryKey') {
    if (values.recoveryKey.trim() === '') errors.recoveryKey = required;
  } else {
    if (values.username.trim() === '') errors.username = required;
    if (values.password === '') errors.password = required;
  }
  if (Object.keys(errors).length > 0) return { values: {}, errors };
  const used =
    method === 'recoveryKey' ? { ...input, username: '', password: '' } : { ...input, recoveryKey: '' };
  const result = await zod(used, context, options as never);
  // Trimmed by the schema; the chosen way is kept so the form knows which box to mark.
  return Object.keys(result.errors).length > 0
    ? { values: {}, errors: result.errors as FieldErrors<RestoreValues> }
    : { values: { ...(result.values as Omit<RestoreValues, 'method'>), method }, errors: {} };
};
