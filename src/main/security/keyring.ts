import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { FileExistsError, writeFileAtomicallyAsync } from '../files/atomic-file';
import { assertKdfParamsAcceptable, DEFAULT_KDF, deriveKey, KDF_SALT_BYTES, type KdfParams } from './kdf';
import {
  accountSlotUnder,
  databaseKeyCheck,
  findSlotByLookup,
  lookupFor,
  matchesDatabaseKeyCheck,
  openSlot,
  recoveryWrappingKey,
  sealAccountSlot,
  rewrapSlot,
  sealRecoverySlot,
  type SlotIdentity,
} from './keyring-crypto';
import {
  DATABASE_KEY_BYTES,
  FORMAT,
  isLegacySlot,
  MAX_FILE_BYTES,
  parseClinicName,
  parseDocument,
  serialize,
  VERSION,
  withChecksum,
  type KeyringBody,
  type KeyringDocument,
} from './keyring-format';
import { alreadyExists, corrupt, KeyringError, OutdatedSlotsError, wrongCredentials } from './keyring-errors';
import { RECOVERY_KEY_BYTES } from './recovery-key';

export { KeyringError, OutdatedSlotsError, type KeyringErrorCode } from './keyring-errors';

/**
 * The keyring: a small JSON file beside the database that holds the random database key wrapped
 * (AES-256-GCM) once per staff account, through that account's slot key under a key derived from
 * its password, and once through the printed recovery key. Changing a password gives its slot a
 * fresh slot key; deactivating an account removes its slot. Neither changes the database key:
 * "Change the database key" (workstation/rotate-database-key.ts) does, and seals the new key into every slot
 * that remains (`rotated`), so old copies of this file stop opening today's database.
 *
 * The file format (and why it carries a checksum) is described in keyring-format.ts; sealing and
 * opening slots is in keyring-crypto.ts; writing the file goes through files/atomic-file.ts.
 */

export interface AccountCredentials {
  accountId: string;
  username: string;
  password: string;
}

export interface CreateKeyringOptions {
  clinicName: string;
  databaseKey: Buffer;
  account: AccountCredentials;
  recoveryKey: Buffer;
  kdf?: KdfParams;
}

// ---- the keyring --------------------------------------------------------------------------------

export class Keyring {
  /** Mutations run one at a time so two concurrent changes cannot overwrite each other's slot. */
  private pending: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly file: string,
    private document: KeyringDocument,
  ) {}

  static exists(file: string): boolean {
    return fs.existsSync(file);
  }

  static async create(file: string, options: CreateKeyringOptions): Promise<Keyring> {
    assertKeyLength(options.databaseKey, DATABASE_KEY_BYTES, 'database key');
    assertKeyLength(options.recoveryKey, RECOVERY_KEY_BYTES, 'recovery key');
    const kdf = options.kdf ?? DEFAULT_KDF;
    assertKdfParamsAcceptable(kdf);
    if (Keyring.exists(file)) throw alreadyExists(file);

    const lookupSalt = randomBytes(32).toString('base64');
    const document = withChecksum({
      format: FORMAT,
      version: VERSION,
      clinicName: parseClinicName(options.clinicName),
      lookupSalt,
      databaseKeyCheck: databaseKeyCheck(options.databaseKey).toString('base64'),
      accounts: [await sealAccountSlot(lookupSalt, options.account, options.databaseKey, kdf)],
      recovery: sealRecoverySlot(options.recoveryKey, options.databaseKey),
    });
    try {
      await writeFileAtomicallyAsync(file, serialize(document), 'create');
    } catch (error) {
      if (error instanceof FileExistsError) throw alreadyExists(file);
      throw error;
    }
    return new Keyring(file, document);
  }

  /** Reads and validates the keyring. Never writes, renames or deletes anything. */
  static async load(file: string): Promise<Keyring> {
    let raw: Buffer;
    try {
      const stat = await fs.promises.stat(file);
      if (!stat.isFile()) throw corrupt(file, 'it is not a regular file');
      if (stat.size > MAX_FILE_BYTES) throw corrupt(file, 'it is far larger than a keyring can be');
      raw = await fs.promises.readFile(file);
    } catch (error) {
      if (isErrnoCode(error, 'ENOENT')) {
        throw new KeyringError(
          'keyring_missing',
          `Lantern's key file was not found at ${file}. If this is a new installation, run setup; ` +
            'otherwise restore the key file from a backup.',
        );
      }
      throw error;
    }
    const parsed = parseDocument(raw);
    if (!parsed.ok) throw corrupt(file, parsed.reason);
    return new Keyring(file, parsed.document);
  }

  get clinicName(): string {
    return this.document.clinicName;
  }

  async setClinicName(name: string): Promise<void> {
    const clinicName = parseClinicName(name);
    await this.change((current) => ({ ...current, clinicName }));
  }

  hasAccount(accountId: string): boolean {
    return this.document.accounts.some((slot) => slot.accountId === accountId);
  }

  accountIds(): string[] {
    return this.document.accounts.map((slot) => slot.accountId);
  }

  async unlockWithPassword(
    username: string,
    password: string,
  ): Promise<{ accountId: string; databaseKey: Buffer }> {
    const { document } = this;
    const lookup = lookupFor(document.lookupSalt, username);
    const slot = findSlotByLookup(document.accounts, lookup);
    if (!slot) {
      // Spend the same time an existing username would, so timing does not reveal who has an account.
      const decoyKdf = document.accounts[0]?.kdf ?? DEFAULT_KDF;
      (await deriveKey(password, randomBytes(KDF_SALT_BYTES), decoyKdf)).fill(0);
      throw wrongCredentials();
    }
    const wrappingKey = await deriveKey(password, Buffer.from(slot.salt, 'base64'), slot.kdf);
    try {
      const identity: SlotIdentity = { kind: 'account', accountId: slot.accountId, lookup: slot.lookup };
      const databaseKey = openSlot(wrappingKey, slot, identity);
      if (!databaseKey) throw wrongCredentials();
      this.assertMatchesCheck(databaseKey);
      if (isLegacySlot(slot)) {
        const salt = Buffer.from(slot.salt, 'base64');
        const upgraded = accountSlotUnder(wrappingKey, { ...slot, salt }, databaseKey);
        await this.upgradeSlot((current) => ({
          ...current,
          accounts: current.accounts.map((each) => (each.accountId === slot.accountId ? upgraded : each)),
        }));
      }
      return { accountId: slot.accountId, databaseKey };
    } finally {
      // Key material is zeroed as soon as it is spent so it does not linger in the heap, where a
      // crash dump or swap file could carry it off. JavaScript cannot promise this for every copy
      // (strings such as the password cannot be wiped), so it is best effort, not a guarantee.
      wrappingKey.fill(0);
    }
  }

  async unlockWithRecoveryKey(recoveryKey: Buffer): Promise<Buffer> {
    const { recovery } = this.document;
    if (recoveryKey.length !== RECOVERY_KEY_BYTES) throw wrongCredentials('recovery');
    const wrappingKey = recoveryWrappingKey(recoveryKey, Buffer.from(recovery.hkdfSalt, 'base64'));
    try {
      const databaseKey = openSlot(wrappingKey, recovery, { kind: 'recovery' });
      if (!databaseKey) throw wrongCredentials('recovery');
      this.assertMatchesCheck(databaseKey);
      if (isLegacySlot(recovery)) {
        const upgraded = sealRecoverySlot(recoveryKey, databaseKey);
        await this.upgradeSlot((current) => ({ ...current, recovery: upgraded }));
      }
      return databaseKey;
    } finally {
      wrappingKey.fill(0); // see unlockWithPassword
    }
  }

  /** Adds the account's slot or replaces it (password change, username change). */
  async setAccountPassword(
    credentials: AccountCredentials & { databaseKey: Buffer },
    kdf: KdfParams = DEFAULT_KDF,
  ): Promise<void> {
    assertKdfParamsAcceptable(kdf);
    this.assertIsOurDatabaseKey(credentials.databaseKey);
    await this.change(async (current) => {
      const lookup = lookupFor(current.lookupSalt, credentials.username);
      const holder = findSlotByLookup(current.accounts, lookup);
      if (holder && holder.accountId !== credentials.accountId) {
        throw new KeyringError('already_exists', 'Another account already signs in with that username.');
      }
      const slot = await sealAccountSlot(current.lookupSalt, credentials, credentials.databaseKey, kdf);
      const others = current.accounts.filter((existing) => existing.accountId !== credentials.accountId);
      return { ...current, accounts: [...others, slot] };
    });
  }

  /** Deactivation: once the slot is gone, that person's password opens nothing. */
  async removeAccount(accountId: string): Promise<void> {
    await this.change((current) => {
      if (!current.accounts.some((slot) => slot.accountId === accountId)) {
        throw new KeyringError('slot_not_found', 'That account has no key slot in this keyring.');
      }
      return { ...current, accounts: current.accounts.filter((slot) => slot.accountId !== accountId) };
    });
  }

  async replaceRecoveryKey(recoveryKey: Buffer, databaseKey: Buffer): Promise<void> {
    assertKeyLength(recoveryKey, RECOVERY_KEY_BYTES, 'recovery key');
    this.assertIsOurDatabaseKey(databaseKey);
    await this.change((current) => ({ ...current, recovery: sealRecoverySlot(recoveryKey, databaseKey) }));
  }

  /**
   * The keyring as it must be once the database is re-encrypted under `nextDatabaseKey`: every
   * slot's slot key unchanged, the new key sealed under each, and the new key's check. With
   * `nextRecoveryKey` the recovery slot is made afresh for that key instead. Nothing is written:
   * the caller stages the text beside the re-keyed database and swaps both in together.
   */
  rotated(
    currentDatabaseKey: Buffer,
    nextDatabaseKey: Buffer,
    nextRecoveryKey?: Buffer,
  ): { text: string; document: KeyringDocument } {
    this.assertIsOurDatabaseKey(currentDatabaseKey);
    assertKeyLength(nextDatabaseKey, DATABASE_KEY_BYTES, 'database key');
    if (nextRecoveryKey) assertKeyLength(nextRecoveryKey, RECOVERY_KEY_BYTES, 'recovery key');
    const current = this.document;
    const outdated: string[] = [];
    const accounts = current.accounts.map((slot) => {
      const identity: SlotIdentity = { kind: 'account', accountId: slot.accountId, lookup: slot.lookup };
      const next = rewrapSlot(slot, identity, currentDatabaseKey, nextDatabaseKey);
      if (!next) outdated.push(slot.accountId);
      return next ?? slot;
    });
    const recovery = nextRecoveryKey
      ? sealRecoverySlot(nextRecoveryKey, nextDatabaseKey)
      : rewrapSlot(current.recovery, { kind: 'recovery' }, currentDatabaseKey, nextDatabaseKey);
    if (outdated.length > 0 || !recovery) throw new OutdatedSlotsError(outdated, !recovery);
    const document = withChecksum({
      ...current,
      version: VERSION,
      databaseKeyCheck: databaseKeyCheck(nextDatabaseKey).toString('base64'),
      accounts,
      recovery,
    });
    return { text: serialize(document), document };
  }

  /**
   * Resolves once every change already started has been written (or has failed). A key change
   * waits for this before it reads the document, so no slower write built from the old document
   * can land on the file after the swap.
   */
  async settled(): Promise<void> {
    await this.pending;
  }

  /** Accounts whose slots are version 1, and whether the recovery slot is. */
  outdatedSlots(): { accountIds: string[]; recovery: boolean } {
    return {
      accountIds: this.document.accounts.filter(isLegacySlot).map((slot) => slot.accountId),
      recovery: isLegacySlot(this.document.recovery),
    };
  }

  /**
   * Rewrites a version 1 slot in the version 2 shape at the moment its key is at hand. A disk that
   * refuses the write must not stop the sign-in itself: the slot stays version 1 until next time.
   */
  private async upgradeSlot(build: (current: KeyringDocument) => KeyringBody): Promise<void> {
    try {
      await this.change(build);
    } catch {
      // see above
    }
  }

  /**
   * Applies one change: build the next document from the latest one, write it atomically, and
   * only then adopt it, so memory never claims something the disk does not hold.
   */
  private change(build: (current: KeyringDocument) => KeyringBody | Promise<KeyringBody>): Promise<void> {
    const run = this.pending.then(async () => {
      const next = withChecksum({ ...(await build(this.document)), version: VERSION });
      await writeFileAtomicallyAsync(this.file, serialize(next), 'replace');
      this.document = next;
    });
    this.pending = run.catch(() => undefined); // one failed change must not block the next
    return run;
  }

  /** Wrapping the wrong key would lock that person out for good, so refuse loudly instead. */
  private assertIsOurDatabaseKey(databaseKey: Buffer): void {
    assertKeyLength(databaseKey, DATABASE_KEY_BYTES, 'database key');
    if (!this.matchesCheck(databaseKey)) {
      throw new Error('The database key given does not belong to this keyring; refusing to wrap it.');
    }
  }

  /** An authentic slot holding a different key means slots were transplanted between keyrings. */
  private assertMatchesCheck(databaseKey: Buffer): void {
    if (databaseKey.length === DATABASE_KEY_BYTES && this.matchesCheck(databaseKey)) return;
    databaseKey.fill(0);
    throw corrupt(this.file, 'its key slots do not agree with each other');
  }

  private matchesCheck(databaseKey: Buffer): boolean {
    return matchesDatabaseKeyCheck(databaseKey, this.document.databaseKeyCheck);
  }
}

// ---- small helpers ------------------------------------------------------------------------------

function assertKeyLength(key: Buffer, length: number, what: string): void {
  if (key.length !== length) throw new RangeError(`The ${what} must be ${length} bytes.`);
}

function isErrnoCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
