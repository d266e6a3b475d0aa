import { existsSync } from 'node:fs';
import { openClinicDatabase } from '../db/clinic-database';
import type { Migration } from '../db/migrate';
import type { Db } from '../db/open';
import { DomainError, wrongState } from '../errors';
import type { dataFiles } from '../paths';
import type { KdfParams } from '../security/kdf';
import { Keyring, KeyringError } from '../security/keyring';
import { completeKeyChange } from '../security/rotate-files';

export interface VaultOptions {
  nativeBinding?: string;
  /** Tests only: the schema migrations to apply (default: all of Lantern's). */
  migrations?: readonly Migration[];
}

/**
 * What holds the clinic's secrets in this process: the keyring (read once, cached), the open
 * database and the raw database key that opened it. Only the vault opens and closes the database
 * and owns the key buffer; it overwrites the key when the database closes.
 */
export class Vault {
  private db: Db | null = null;
  private databaseKey: Buffer | null = null;
  private keyringCache: Keyring | null = null;

  constructor(
    readonly files: ReturnType<typeof dataFiles>,
    readonly kdf: KdfParams,
    private readonly options: VaultOptions,
    /** Called when a key change committed but the database could not be reopened: the session ends. */
    private readonly onLost: () => void,
  ) {}

  get nativeBinding(): string | undefined {
    return this.options.nativeBinding;
  }

  get isOpen(): boolean {
    return this.db !== null;
  }

  // ---- keyring -------------------------------------------------------------------------------

  async keyring(): Promise<Keyring> {
    // A key change whose swap failed in this run is put in place before the keyring is used.
    if (!this.db && existsSync(this.files.keyChangeMarker)) {
      completeKeyChange(this.files);
      this.keyringCache = null;
    }
    if (this.keyringCache) return this.keyringCache;
    if (!existsSync(this.files.keyring)) {
      throw new DomainError(
        'keyring_corrupt',
        'The keyring file (lantern.keyring) is missing beside the clinic database. Restore it from a backup; without it the data cannot be opened.',
        undefined,
        { messageKey: 'errors.keyring_missing' },
      );
    }
    try {
      this.keyringCache = await Keyring.load(this.files.keyring);
      return this.keyringCache;
    } catch (error) {
      if (error instanceof KeyringError)
        throw new DomainError('keyring_corrupt', error.message, undefined, {
          messageKey: 'errors.keyring_damaged',
        });
      throw error;
    }
  }

  adoptKeyring(keyring: Keyring): void {
    this.keyringCache = keyring;
  }

  /** After the keyring file was replaced (restore), read it afresh next time. */
  forgetKeyring(): void {
    this.keyringCache = null;
  }

  // ---- database ------------------------------------------------------------------------------

  /** Opens the database with an unwrapped key. The vault now owns the key buffer. */
  openDatabase(databaseKey: Buffer, file = this.files.database, create = false): Db {
    let db: Db;
    try {
      ({ db } = openClinicDatabase(file, databaseKey, {
        preMigrationDir: this.files.preMigrationDir,
        create,
        ...(this.options.migrations ? { migrations: this.options.migrations } : {}),
        ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
      }));
    } catch (error) {
      databaseKey.fill(0);
      throw error;
    }
    this.db = db;
    this.databaseKey = databaseKey;
    return db;
  }

  /** Closes the database and overwrites the key buffer: nothing here can read client data now. */
  closeDatabase(): void {
    this.db?.close();
    this.db = null;
    this.databaseKey?.fill(0);
    this.databaseKey = null;
  }

  /**
   * Database key change (workstation/rotate-database-key.ts): `swap` puts the re-keyed files in
   * place while the database is closed; then it is reopened under `nextKey` and the keyring read
   * afresh, and the session carries on. The vault owns `nextKey` from here.
   */
  replaceDatabaseKey(nextKey: Buffer, swap: () => void): void {
    this.closeDatabase();
    this.forgetKeyring();
    try {
      swap();
      this.openDatabase(nextKey);
    } catch (error) {
      // The change is committed; the next start finishes the swap. Until then nothing is open.
      nextKey.fill(0);
      this.onLost();
      throw error;
    }
  }

  database(): Db {
    if (!this.db) throw wrongState('errors.locked', 'Lantern is locked. Sign in first.');
    return this.db;
  }

  key(): Buffer {
    if (!this.databaseKey) throw wrongState('errors.locked', 'Lantern is locked. Sign in first.');
    return this.databaseKey;
  }
}
