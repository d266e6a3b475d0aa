import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  assertKdfParamsAcceptable,
  DEFAULT_KDF,
  deriveKey,
  KDF_SALT_BYTES,
  kdfParamsProblem,
  type KdfParams,
} from './kdf';
import { RECOVERY_KEY_BYTES } from './recovery-key';

/**
 * The keyring: a small JSON file beside the database that holds the random database key wrapped
 * (AES-256-GCM) once per staff account, under a key derived from that person's password, and once
 * under the printed recovery key. Changing a password rewraps one slot; deactivating an account
 * removes its slot; the database itself is never rekeyed for either.
 *
 * On-disk format (version 1), all binary values base64:
 *   format, version, clinicName (shown on the lock screen; not secret),
 *   lookupSalt — HMAC key that turns usernames into slot lookups, so usernames are not stored,
 *   databaseKeyCheck — HMAC-SHA256(databaseKey, label): lets us refuse to wrap the wrong key,
 *   accounts[] — { accountId, lookup, kdf, salt, sealed: { iv, ciphertext, tag } },
 *   recovery — { hkdfSalt, sealed },
 *   checksum — SHA-256 (hex) of the rest of the document as canonical JSON (sorted keys).
 * The checksum is not a defence against a deliberate attacker (who could recompute it, and who
 * gains nothing but denial of service); it makes accidental damage read as "keyring damaged"
 * instead of as "wrong password" forever.
 */

export type KeyringErrorCode =
  'keyring_missing' | 'keyring_corrupt' | 'wrong_credentials' | 'slot_not_found' | 'already_exists';

export class KeyringError extends Error {
  constructor(
    public readonly code: KeyringErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KeyringError';
  }
}

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

const FORMAT = 'lantern-keyring';
const VERSION = 1;
const DATABASE_KEY_BYTES = 32;
const MAX_FILE_BYTES = 1024 * 1024; // thousands of slots fit; anything bigger is not ours
const TEMP_SUFFIX = '.tmp';
const STALE_TEMP_AGE_MS = 60_000;
// Labels for domain separation. They deliberately omit the format version: a later format must be
// able to carry existing slots over unchanged, because nobody can rewrap a slot without its password.
const ACCOUNT_SLOT_LABEL = 'lantern-keyring/account-slot';
const RECOVERY_SLOT_LABEL = 'lantern-keyring/recovery-slot';
const DATABASE_KEY_CHECK_LABEL = 'lantern-keyring/database-key-check';

// ---- file schema --------------------------------------------------------------------------------

const bytes = (length: number) =>
  z.base64().refine((text) => Buffer.from(text, 'base64').length === length, `must be ${length} bytes`);

const kdfSchema = z
  .strictObject({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number(),
    iterations: z.number(),
    parallelism: z.number(),
  })
  .superRefine((params, ctx) => {
    const problem = kdfParamsProblem(params);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const sealedSchema = z.strictObject({ iv: bytes(12), ciphertext: bytes(DATABASE_KEY_BYTES), tag: bytes(16) });
const accountSlotSchema = z.strictObject({
  accountId: z.string().min(1).max(200),
  lookup: bytes(32),
  kdf: kdfSchema,
  salt: bytes(KDF_SALT_BYTES),
  sealed: sealedSchema,
});
const clinicNameSchema = z.string().trim().min(1).max(200);

const documentSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  clinicName: clinicNameSchema,
  lookupSalt: bytes(32),
  databaseKeyCheck: bytes(32),
  accounts: z.array(accountSlotSchema).superRefine((slots, ctx) => {
    if (new Set(slots.map((slot) => slot.accountId)).size !== slots.length) {
      ctx.addIssue({ code: 'custom', message: 'two slots belong to the same account' });
    }
    if (new Set(slots.map((slot) => slot.lookup)).size !== slots.length) {
      ctx.addIssue({ code: 'custom', message: 'two slots share one username' });
    }
  }),
  recovery: z.strictObject({ hkdfSalt: bytes(32), sealed: sealedSchema }),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});

type KeyringDocument = z.infer<typeof documentSchema>;
type KeyringBody = Omit<KeyringDocument, 'checksum'>;
type AccountSlot = KeyringDocument['accounts'][number];
type Sealed = AccountSlot['sealed'];

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
    await writeFileAtomically(file, serialize(document), 'create');
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
    return new Keyring(file, parseDocument(raw, file));
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
      const databaseKey = openSealed(wrappingKey, slot.sealed, accountSlotAad(slot.accountId, slot.lookup));
      if (!databaseKey) throw wrongCredentials();
      this.assertMatchesCheck(databaseKey);
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
      const databaseKey = openSealed(wrappingKey, recovery.sealed, recoverySlotAad());
      if (!databaseKey) throw wrongCredentials('recovery');
      this.assertMatchesCheck(databaseKey);
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
   * Applies one change: build the next document from the latest one, write it atomically, and
   * only then adopt it, so memory never claims something the disk does not hold.
   */
  private change(build: (current: KeyringDocument) => KeyringBody | Promise<KeyringBody>): Promise<void> {
    const run = this.pending.then(async () => {
      const next = withChecksum(await build(this.document));
      await writeFileAtomically(this.file, serialize(next), 'replace');
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
    return timingSafeEqual(
      databaseKeyCheck(databaseKey),
      Buffer.from(this.document.databaseKeyCheck, 'base64'),
    );
  }
}

// ---- slots --------------------------------------------------------------------------------------

async function sealAccountSlot(
  lookupSalt: string,
  account: AccountCredentials,
  databaseKey: Buffer,
  kdf: KdfParams,
): Promise<AccountSlot> {
  if (!account.accountId || account.accountId.length > 200) throw new RangeError('Invalid accountId.');
  if (!account.username.trim()) throw new RangeError('A username is required.');
  if (!account.password) throw new RangeError('A password is required.');
  const salt = randomBytes(KDF_SALT_BYTES);
  const lookup = lookupFor(lookupSalt, account.username);
  const wrappingKey = await deriveKey(account.password, salt, kdf);
  try {
    const sealed = seal(wrappingKey, databaseKey, accountSlotAad(account.accountId, lookup));
    return { accountId: account.accountId, lookup, kdf: { ...kdf }, salt: salt.toString('base64'), sealed };
  } finally {
    wrappingKey.fill(0); // see Keyring.unlockWithPassword
  }
}

function sealRecoverySlot(recoveryKey: Buffer, databaseKey: Buffer): KeyringDocument['recovery'] {
  const hkdfSalt = randomBytes(32);
  const wrappingKey = recoveryWrappingKey(recoveryKey, hkdfSalt);
  try {
    return {
      hkdfSalt: hkdfSalt.toString('base64'),
      sealed: seal(wrappingKey, databaseKey, recoverySlotAad()),
    };
  } finally {
    wrappingKey.fill(0); // see Keyring.unlockWithPassword
  }
}

/** The recovery key is already 256 random bits, so HKDF (not a slow password hash) is enough. */
function recoveryWrappingKey(recoveryKey: Buffer, hkdfSalt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, hkdfSalt, RECOVERY_SLOT_LABEL, 32));
}

/** Binds a slot to its account and username, so a slot copied onto another account fails to open. */
function accountSlotAad(accountId: string, lookup: string): Buffer {
  return Buffer.from(JSON.stringify([ACCOUNT_SLOT_LABEL, accountId, lookup]), 'utf8');
}

function recoverySlotAad(): Buffer {
  return Buffer.from(JSON.stringify([RECOVERY_SLOT_LABEL]), 'utf8');
}

function lookupFor(lookupSalt: string, username: string): string {
  return createHmac('sha256', Buffer.from(lookupSalt, 'base64'))
    .update(username.trim().toLowerCase(), 'utf8')
    .digest('base64');
}

function findSlotByLookup(slots: readonly AccountSlot[], lookup: string): AccountSlot | undefined {
  const wanted = Buffer.from(lookup, 'base64');
  return slots.find((slot) => timingSafeEqual(Buffer.from(slot.lookup, 'base64'), wanted));
}

function databaseKeyCheck(databaseKey: Buffer): Buffer {
  return createHmac('sha256', databaseKey).update(DATABASE_KEY_CHECK_LABEL, 'utf8').digest();
}

function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Sealed {
  const iv = randomBytes(12); // a fresh random IV for every seal; each key seals only a few times
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** The plaintext, or null when the key is wrong or anything sealed was altered. */
function openSealed(key: Buffer, sealed: Sealed, aad: Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'), {
    authTagLength: 16,
  });
  decipher.setAAD(aad);
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const head = decipher.update(Buffer.from(sealed.ciphertext, 'base64'));
  try {
    const tail = decipher.final();
    const plaintext = Buffer.concat([head, tail]);
    tail.fill(0);
    return plaintext;
  } catch {
    return null;
  } finally {
    head.fill(0); // unauthenticated or copied-out bytes; either way no longer needed
  }
}

// ---- reading and writing the file ---------------------------------------------------------------

function parseDocument(raw: Buffer, file: string): KeyringDocument {
  let json: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw).replace(/^\uFEFF/, '');
    json = JSON.parse(text);
  } catch {
    throw corrupt(
      file,
      raw.length === 0 ? 'the file is empty' : 'it is not valid JSON (it may be cut short)',
    );
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== FORMAT) {
    throw corrupt(file, 'it is not a Lantern keyring');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > VERSION) {
    throw corrupt(file, `it was written by a newer version of Lantern (format ${version}); update Lantern`);
  }
  if (version !== VERSION) throw corrupt(file, `its format version (${String(version)}) is not supported`);

  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
    throw corrupt(file, `${where}${issue?.message ?? 'invalid contents'}`);
  }
  // Checked over the JSON exactly as read, so no schema normalisation can mask a change.
  if (checksumOf(json as KeyringDocument) !== parsed.data.checksum) {
    throw corrupt(file, 'its checksum does not match, so it was changed or damaged after it was written');
  }
  return parsed.data;
}

function withChecksum(body: KeyringBody): KeyringDocument {
  return { ...body, checksum: checksumOf(body) };
}

function checksumOf(document: KeyringBody | KeyringDocument): string {
  const { checksum: _ignored, ...body } = document as KeyringDocument;
  return createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
}

/** JSON with object keys sorted, so the checksum does not depend on key order in the file. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

function serialize(document: KeyringDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Write to a temp file in the same folder, fsync it, then move it into place (rename replaces in
 * one step; `create` uses a hard link, which fails instead of overwriting), then fsync the folder
 * so the rename itself survives a power cut. A crash at any point leaves the old keyring or the
 * new one, never a mixture.
 */
async function writeFileAtomically(
  target: string,
  contents: string,
  mode: 'create' | 'replace',
): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, `${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const handle = await fs.promises.open(temp, 'wx', 0o600); // 0o600: only this OS user may read it
  try {
    try {
      await handle.writeFile(contents, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (mode === 'create') await linkIntoPlace(temp, target);
    else await renameIntoPlace(temp, target);
  } finally {
    await fs.promises.rm(temp, { force: true });
  }
  await syncFolder(folder);
  await removeStaleTempFiles(target);
}

async function linkIntoPlace(temp: string, target: string): Promise<void> {
  try {
    await fs.promises.link(temp, target);
  } catch (error) {
    if (isErrnoCode(error, 'EEXIST')) throw alreadyExists(target);
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (fs.existsSync(target)) throw alreadyExists(target);
    await renameIntoPlace(temp, target);
  }
}

async function renameIntoPlace(temp: string, target: string): Promise<void> {
  // On Windows an antivirus or indexer briefly holding the target makes rename fail with
  // EPERM/EACCES/EBUSY; a few short retries ride that out.
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.promises.rename(temp, target);
      return;
    } catch (error) {
      const transient = ['EPERM', 'EACCES', 'EBUSY'].some((code) => isErrnoCode(error, code));
      if (process.platform !== 'win32' || !transient || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
    }
  }
}

async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync on Windows
  const handle = await fs.promises.open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems do not support fsync on a folder; the data itself is already synced.
    if (!['EINVAL', 'ENOTSUP', 'EPERM', 'EISDIR', 'EBADF'].some((code) => isErrnoCode(error, code)))
      throw error;
  } finally {
    await handle.close();
  }
}

/**
 * A crash between writing a temp file and moving it into place leaves the temp file behind. It
 * holds an old copy of the slots (perhaps one of a since-deactivated account), so it goes too.
 * Only files untouched for a minute count as stale: a write takes milliseconds, and a younger temp
 * file may belong to a write still in flight.
 */
async function removeStaleTempFiles(target: string): Promise<void> {
  const base = path.basename(target);
  const isOurTemp = (name: string) =>
    name.startsWith(`${base}.`) &&
    name.endsWith(TEMP_SUFFIX) &&
    /^[0-9a-f]{12}$/.test(name.slice(base.length + 1, -TEMP_SUFFIX.length));
  const folder = path.dirname(target);
  for (const name of (await fs.promises.readdir(folder)).filter(isOurTemp)) {
    const stale = path.join(folder, name);
    try {
      if (Date.now() - (await fs.promises.stat(stale)).mtimeMs > STALE_TEMP_AGE_MS)
        await fs.promises.rm(stale);
    } catch {
      // Gone already, or not ours to remove: neither stops the write that just succeeded.
    }
  }
}

// ---- small helpers ------------------------------------------------------------------------------

function parseClinicName(name: string): string {
  const parsed = clinicNameSchema.safeParse(name);
  if (!parsed.success) throw new RangeError('The clinic name must be 1 to 200 characters.');
  return parsed.data;
}

function assertKeyLength(key: Buffer, length: number, what: string): void {
  if (key.length !== length) throw new RangeError(`The ${what} must be ${length} bytes.`);
}

function isErrnoCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

function corrupt(file: string, reason: string): KeyringError {
  return new KeyringError(
    'keyring_corrupt',
    `Lantern's key file (${file}) is damaged or is not a Lantern key file: ${reason}. ` +
      'Restore it from a backup; the database cannot be opened without it.',
  );
}

function alreadyExists(file: string): KeyringError {
  return new KeyringError('already_exists', `A key file already exists at ${file}; it was left untouched.`);
}

function wrongCredentials(kind: 'password' | 'recovery' = 'password'): KeyringError {
  return new KeyringError(
    'wrong_credentials',
    kind === 'password'
      ? 'The username or password is not right.'
      : 'That recovery key does not open this keyring.',
  );
}
