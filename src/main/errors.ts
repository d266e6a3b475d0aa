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

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found.`);
export const forbidden = (message = 'Your role does not allow this.') =>
  new DomainError('forbidden', message);
export const wrongState = (message: string) => new DomainError('wrong_state', message);
