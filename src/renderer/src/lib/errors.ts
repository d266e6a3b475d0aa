import type { TFunction } from 'i18next';
import type { AppError } from '../../../shared/result';
import { isCatalogueKey } from './catalogue';
import { i18n } from './i18n';

/**
 * Codes whose English sentence from main says more than any generic text could (which username is
 * taken, which file is missing). In English that sentence is shown; in another language the
 * catalogue's general sentence is, until main names a message key for each case.
 */
const SPECIFIC_CODES: ReadonlySet<string> = new Set([
  'not_found',
  'conflict',
  'wrong_state',
  'keyring_corrupt',
  'database_from_future',
  'database_unreadable',
  'backup_failed',
  'backup_invalid',
]);

/**
 * The plain-language message for an error from main: `errors.<code>` from the catalogue, with
 * main's own English message as the fallback (main's messages are already written for people,
 * and some codes, such as `conflict`, carry a specific message that no generic text could match).
 */
export function errorMessage(t: TFunction, error: AppError): string {
  // A specific sentence main names by catalogue key (`details.messageKey`), filled in with the
  // other details (e.g. `folder`).
  const key = error.details?.messageKey;
  if (typeof key === 'string' && key.startsWith('errors.') && isCatalogueKey(key)) {
    return t(key, { ...error.details, defaultValue: error.message });
  }
  const gate = error.details?.gate;
  const gateKey = `errors.gate_${String(gate)}`;
  if (error.code === 'forbidden' && typeof gate === 'string' && isCatalogueKey(gateKey)) {
    return t(gateKey, { defaultValue: error.message });
  }
  if (SPECIFIC_CODES.has(error.code) && i18n.language === 'en' && error.message) return error.message;
  // Every code has a sentence in the catalogue (typed: a new code without one fails the typecheck).
  return t(`errors.${error.code}`);
}

/** A field message key (`validation.*`) as text; anything else reads as "not valid". */
export function fieldMessage(t: TFunction, key: string | undefined): string | undefined {
  if (!key) return undefined;
  // Usually a `validation.*` key (schemas, main); a screen may set its own catalogue key. Anything
  // that is not in the catalogue reads "This is not valid.", never the raw text.
  return isCatalogueKey(key) ? t(key) : t('validation.invalid');
}

/** Seconds main asked us to wait before the next sign-in attempt (0 when none). */
export function retryAfterSeconds(error: AppError | null | undefined): number {
  const value = error?.details?.retryAfterSeconds;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.ceil(value) : 0;
}
