import type { TFunction } from 'i18next';
import type { AppError } from '../../../shared/result';
import { isCatalogueKey } from './catalogue';

/**
 * The plain-language message for an error from main, always from the catalogue, in the reader's
 * language: the sentence main names (`details.messageKey`, which every refusal main throws has;
 * tests/unit/i18n-main-keys.test.ts), else the general sentence for the code. Main's English
 * `message` is for its log; it is never shown.
 */
export function errorMessage(t: TFunction, error: AppError): string {
  // Filled in with the other details (`folder`, `icdCode`, `retryAfterSeconds`): main sends the
  // values its sentences name beside the key.
  const key = error.details?.messageKey;
  if (typeof key === 'string' && key.startsWith('errors.') && isCatalogueKey(key)) {
    return t(key, { ...error.details });
  }
  const gate = error.details?.gate;
  const gateKey = `errors.gate_${String(gate)}`;
  if (error.code === 'forbidden' && typeof gate === 'string' && isCatalogueKey(gateKey)) {
    return t(gateKey);
  }
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

/** Why the last backup failed, as Backups and the Today warning show it. */
export function lastAttemptMessage(
  t: TFunction,
  attempt: { messageKey: string | null; folder: string },
): string {
  return errorMessage(t, {
    code: 'backup_failed',
    message: '',
    ...(attempt.messageKey ? { details: { messageKey: attempt.messageKey, folder: attempt.folder } } : {}),
  });
}
