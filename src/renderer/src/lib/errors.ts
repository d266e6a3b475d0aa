import type { TFunction } from 'i18next';
import type { AppError } from '../../../shared/result';

/**
 * The plain-language message for an error from main: `errors.<code>` from the catalogue, with
 * main's own English message as the fallback (main's messages are already written for people,
 * and some codes, such as `conflict`, carry a specific message that no generic text could match).
 */
export function errorMessage(t: TFunction, error: AppError): string {
  // A specific sentence main names by catalogue key (`details.messageKey`), filled in with the
  // other details (e.g. `folder`).
  const key = error.details?.messageKey;
  if (typeof key === 'string' && key.startsWith('errors.')) {
    return t(key, { ...error.details, defaultValue: error.message });
  }
  const gate = error.details?.gate;
  if (error.code === 'forbidden' && typeof gate === 'string') {
    return t(`errors.gate_${gate}`, { defaultValue: error.message });
  }
  return t(`errors.${error.code}`, { defaultValue: error.message });
}

/** A field message key (`validation.*`) as text; anything else reads as "not valid". */
export function fieldMessage(t: TFunction, key: string | undefined): string | undefined {
  if (!key) return undefined;
  // Usually a `validation.*` key (schemas, main); a screen may set its own catalogue key. Anything
  // that is not in the catalogue reads "This is not valid.", never the raw text.
  return t(key, { defaultValue: t('validation.invalid') });
}

/** Seconds main asked us to wait before the next sign-in attempt (0 when none). */
export function retryAfterSeconds(error: AppError | null | undefined): number {
  const value = error?.details?.retryAfterSeconds;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.ceil(value) : 0;
}
