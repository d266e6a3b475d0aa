/** The keyring's typed failures, in words a person can act on (keyring.ts throws them). */

export type KeyringErrorCode =
  | 'keyring_missing'
  | 'keyring_corrupt'
  | 'wrong_credentials'
  | 'slot_not_found'
  | 'already_exists'
  | 'slots_outdated';

export class KeyringError extends Error {
  constructor(
    public readonly code: KeyringErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KeyringError';
  }
}

/** Version 1 slots cannot follow a new database key; these must be upgraded first. */
export class OutdatedSlotsError extends KeyringError {
  constructor(
    public readonly accountIds: readonly string[],
    public readonly recovery: boolean,
  ) {
    super(
      'slots_outdated',
      'Some key slots are from an older Lantern and cannot follow a new database key until their owner signs in once.',
    );
    this.name = 'OutdatedSlotsError';
  }
}

export function corrupt(file: string, reason: string): KeyringError {
  return new KeyringError(
    'keyring_corrupt',
    `Lantern's key file (${file}) is damaged or is not a Lantern key file: ${reason}. ` +
      'Restore it from a backup; the database cannot be opened without it.',
  );
}

export function alreadyExists(file: string): KeyringError {
  return new KeyringError('already_exists', `A key file already exists at ${file}; it was left untouched.`);
}

export function wrongCredentials(kind: 'password' | 'recovery' = 'password'): KeyringError {
  return new KeyringError(
    'wrong_credentials',
    kind === 'password'
      ? 'The username or password is not right.'
      : 'That recovery key does not open this keyring.',
  );
}
