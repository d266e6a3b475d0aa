/**
 * The one shape every IPC answer takes. Errors are values: the router turns a thrown
 * domain error into `{ ok: false, error }`, and no stack trace ever crosses to the renderer.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_signed_in',
  'forbidden',
  'not_found',
  'conflict',
  'wrong_credentials',
  'throttled',
  'wrong_state',
  'keyring_corrupt',
  'database_from_future',
  'database_unreadable',
  'weak_password',
  'unknown_channel',
  'backup_failed',
  'backup_invalid',
  'key_change_blocked',
  'key_change_failed',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** Plain-language English fallback; the renderer shows `errors.<code>` from its catalogue. */
  message: string;
  /** Field path -> message key, so forms can show the problem next to the field. */
  fields?: Record<string, string>;
  /** Extra facts the UI may need, e.g. how many seconds until the next sign-in attempt. */
  details?: Record<string, string | number | boolean>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
