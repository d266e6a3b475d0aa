import Database from 'better-sqlite3-multiple-ciphers';
import { DatabaseUnreadableError } from './errors';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better-sqlite3 binding built for the running runtime (Electron vs Node). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Create the file if missing (only setup and backups should). */
  create?: boolean;
}

/**
 * Opens a SQLCipher v4 database with a raw 256-bit key. The standard SQLCipher 4 settings
 * (`cipher=sqlcipher`, `legacy=4`) keep the file readable by any SQLCipher 4 tool given the key.
 */
export function openEncrypted(file: string, keyHex: string, options: OpenOptions = {}): Db {
  if (!/^[0-9a-f]{64}$/i.test(keyHex)) throw new Error('A database key is 64 hexadecimal characters.');
  let db: Db;
  try {
    db = new Database(file, {
      fileMustExist: !options.create,
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw new DatabaseUnreadableError(`The clinic database could not be opened: ${(error as Error).message}`);
  }
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${keyHex}'"`);
    // Reading the schema is the first moment a wrong key or a damaged file shows itself.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    db.close();
    throw new DatabaseUnreadableError(
      'The clinic database could not be read with this key. It may be damaged or belong to another installation.',
    );
  }
  return db;
}

/** The settings every connection to the live database uses (DESIGN.md, security model). */
export function applyLivePragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  // Deleted content is overwritten, so freed pages carry no old client data.
  db.pragma('secure_delete = ON');
}
