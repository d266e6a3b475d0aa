import type { z } from 'zod';
import type en from '../renderer/src/locales/en.json';
import type { AppError, ErrorCode } from '../shared/result';

/**
 * A sentence of the catalogue's `errors` section, typed from en.json (a type-only import: nothing
 * of the renderer is bundled into main). A misspelled or missing key fails `npm run typecheck`;
 * tests/unit/i18n-main-keys.test.ts checks that every refusal names one and that es has it too.
 */
export type ErrorMessageKey = `errors.${keyof typeof en.errors}`;

/**
 * What a refusal tells the screen: `messageKey` names the sentence the person reads, and the other
 * details fill its `{{placeholders}}` (the renderer passes them all to `t`), or are facts the
 * screen acts on (`retryAfterSeconds`, `needsReason`). Flat, so they cross IPC as plain values.
 */
export type ErrorDetails = { messageKey?: ErrorMessageKey } & Record<string, string | number | boolean>;

/**
 * A failure a person can understand and act on. Services throw these; the router turns them into
 * `{ ok: false, error }`. Anything else that is thrown becomes a generic `internal` error and its
 * details stay in main. `message` is English for the log and for tests; what a person reads is
 * the catalogue's sentence named by `details.messageKey`, in their language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toAppError(): AppError {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

/**
 * What could not be found, each with its sentence in the catalogue (`errors.not_found_<thing>`,
 * in every language) and the English one main sends along as a fallback.
 */
const NOT_FOUND = {
  account: { messageKey: 'errors.not_found_account', sentence: 'That account was not found.' },
  client: { messageKey: 'errors.not_found_client', sentence: 'That client was not found.' },
  contact: { messageKey: 'errors.not_found_contact', sentence: 'That contact was not found.' },
  diagnosis: { messageKey: 'errors.not_found_diagnosis', sentence: 'That diagnosis was not found.' },
  team: { messageKey: 'errors.not_found_team', sentence: 'That team was not found.' },
  record: { messageKey: 'errors.not_found_record', sentence: 'That record was not found.' },
  view: { messageKey: 'errors.not_found_view', sentence: 'That saved view was not found.' },
  client_to_keep: {
    messageKey: 'errors.not_found_client_to_keep',
    sentence: 'The client to keep was not found.',
  },
  duplicate_client: {
    messageKey: 'errors.not_found_duplicate_client',
    sentence: 'The duplicate client was not found.',
  },
} as const satisfies Record<string, { messageKey: ErrorMessageKey; sentence: string }>;
export type NotFoundThing = keyof typeof NOT_FOUND;

export const notFound = (thing: NotFoundThing) =>
  new DomainError('not_found', NOT_FOUND[thing].sentence, undefined, {
    messageKey: NOT_FOUND[thing].messageKey,
  });

/** A refusal by role or rule; without a specific sentence, the general one for the code. */
export const forbidden = (
  messageKey: ErrorMessageKey = 'errors.forbidden',
  message = 'Your role does not allow this.',
  params: Record<string, string | number | boolean> = {},
) => new DomainError('forbidden', message, undefined, { ...params, messageKey });

/** Not now: the workstation or the record is in a state where this cannot be done. */
export const wrongState = (
  messageKey: ErrorMessageKey,
  message: string,
  params: Record<string, string | number | boolean> = {},
) => new DomainError('wrong_state', message, undefined, { ...params, messageKey });

/** zod issues → `{ "field.path": "validation.key" }`, the shape forms show next to fields. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join('.') : '_';
    if (fields[path]) continue;
    fields[path] = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
  }
  return fields;
}
