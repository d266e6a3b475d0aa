import { DomainError } from '../errors';
import { KeyringError } from '../security/keyring';

/** The one message a failed sign-in gets: it never says which of the two was wrong. */
export const INCORRECT_CREDENTIALS = 'Incorrect username or password.';

export function incorrectCredentials(retryAfterSeconds: number): DomainError {
  return new DomainError('wrong_credentials', INCORRECT_CREDENTIALS, undefined, {
    retryAfterSeconds,
    messageKey: 'errors.wrong_credentials',
  });
}

export function throttled(retryAfterSeconds: number): DomainError {
  return new DomainError(
    'throttled',
    `Too many unsuccessful attempts. Please wait ${retryAfterSeconds} seconds before trying again.`,
    undefined,
    // The seconds are the screen's own live count (signIn.wait), not a number frozen in the sentence.
    { retryAfterSeconds, messageKey: 'errors.throttled' },
  );
}

export const isWrongCredentials = (error: unknown): boolean =>
  error instanceof KeyringError && error.code === 'wrong_credentials';
