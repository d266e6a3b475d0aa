import type { z } from 'zod';
import type { AppError, ErrorCode } from '../shared/result';

/**
 * A failure a person can understand and act on. Services throw these; the router turns them into
 * `{ ok: false, error }`. Anything else that is thrown becomes a generic `internal` error and its
 * details stay in main.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: Record<string, string | number | boolean>,
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
  view: { messageKey: 'errors.not_found_view', sentence: 'That saved view was not found.' },
  client_to_keep: {
    messageKey: 'errors.not_found_client_to_keep',
    sentence: 'The client to keep was not found.',
  },
  duplicate_client: {
    messageKey: 'errors.not_found_duplicate_client',
    sentence: 'The duplicate client was not found.',
  },
} as const;
export type NotFoundThing = keyof typeof NOT_FOUND;

export const notFound = (thing: NotFoundThing) =>
  new DomainError('not_found', NOT_FOUND[thing].sentence, undefined, {
    messageKey: NOT_FOUND[thing].messageKey,
  });
export const forbidden = (message = 'Your role does not allow this.') =>
  new DomainError('forbidden', message);
export const wrongState = (message: string) => new DomainError('wrong_state', message);

/**
 * zod issues → `{ "field.path": "validation.key" }`, the shape forms show next to fields.
 * Here, not in the router, so the signed-record primitive can use it without importing api/.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join('.') : '_';
    if (fields[path]) continue;
    fields[path] = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
  }
  return fields;
}
