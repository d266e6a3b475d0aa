import { DomainError, type ErrorMessageKey } from '../errors';

/** The file was written by a newer Lantern; opening it here could damage it, so we refuse. */
export class DatabaseFromFutureError extends DomainError {
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      'database_from_future',
      `This clinic database was written by a newer version of Lantern (schema ${fileVersion}; this version knows up to ${supportedVersion}). Install the newer Lantern to open it. The file was not changed.`,
      undefined,
      { messageKey: 'errors.database_newer_schema', fileVersion, supportedVersion },
    );
  }
}

/** Wrong key, not a database, or damaged beyond reading. */
export class DatabaseUnreadableError extends DomainError {
  constructor(message: string, messageKey: ErrorMessageKey = 'errors.database_unreadable') {
    super('database_unreadable', message, undefined, { messageKey });
  }
}
