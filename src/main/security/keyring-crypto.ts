import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { deriveKey, KDF_SALT_BYTES, type KdfParams } from './kdf';
import { isLegacySlot, type AccountSlot, type RecoverySlot, type Sealed } from './keyring-format';

/**
 * Sealing and opening the keyring's slots, plus the username lookup HMAC and the database key
 * check. The file format itself is in keyring-format.ts.
 *
 * Why two levels. A slot used to be "password key wraps the database key". Then the database key
 * could never change: re-sealing a new one for every account needs every password. Now each slot
 * has its own random 256-bit slot key:
 *
 *   password (Argon2id) or recovery key (HKDF)  ──seals──▶  slot key        (`sealed`)
 *   slot key                                    ──seals──▶  database key    (`sealedDatabaseKey`)
 *   database key                                ──seals──▶  slot key        (`sealedSlotKey`)
 *
 * Whoever holds today's database key (the signed-in administrator) can open every `sealedSlotKey`
 * and seal a new database key under each slot key without knowing a single password. The slot
 * keys themselves stay put, so everyone's password and the printed recovery key keep working.
 *
 * What an old copy of the keyring (in a backup, a clinic file, `replaced/`) still gives after the
 * database key changed: its slots open the OLD database key, and its `sealedSlotKey`s open only
 * under the OLD database key. Nothing in it unwraps the new key: the live keyring's inner seals
 * are under slot keys, and a slot key opens only from its own slot's password. A deactivated
 * account's slot is gone from the live keyring, so its old slot key (learnt from an old keyring
 * and the old password) matches no seal of the new database key. A password change gives the slot
 * a fresh slot key for the same reason: the old password's slot key must not follow a rotation.
 */

// Labels for domain separation. They deliberately omit the format version: a later format must be
// able to carry existing slots over unchanged, because nobody can rewrap a slot without its password.
const ACCOUNT_SLOT_LABEL = 'lantern-keyring/account-slot'; // version 1: sealed = database key
const RECOVERY_SLOT_LABEL = 'lantern-keyring/recovery-slot'; // version 1, and the HKDF info
const ACCOUNT_SLOT_KEY_LABEL = 'lantern-keyring/account-slot-key';
const RECOVERY_SLOT_KEY_LABEL = 'lantern-keyring/recovery-slot-key';
const DATABASE_KEY_UNDER_SLOT_LABEL = 'lantern-keyring/database-key-under-slot-key';
const SLOT_KEY_UNDER_DATABASE_LABEL = 'lantern-keyring/slot-key-under-database-key';
const DATABASE_KEY_CHECK_LABEL = 'lantern-keyring/database-key-check';
const SLOT_KEY_BYTES = 32;

/** Who an account slot is for; the Keyring's AccountCredentials has this shape. */
export interface SlotOwner {
  accountId: string;
  username: string;
  password: string;
}

/** Which slot a seal belongs to: its AAD binds every seal to its slot (and account, username). */
export type SlotIdentity = { kind: 'account'; accountId: string; lookup: string } | { kind: 'recovery' };

type InnerSeals = Required<Pick<AccountSlot, 'sealedDatabaseKey' | 'sealedSlotKey'>>;

// ---- slots --------------------------------------------------------------------------------------

export async function sealAccountSlot(
  lookupSalt: string,
  account: SlotOwner,
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
    return accountSlotUnder(wrappingKey, { accountId: account.accountId, lookup, kdf, salt }, databaseKey);
  } finally {
    wrappingKey.fill(0); // see Keyring.unlockWithPassword
  }
}

/** A version 2 account slot with a fresh slot key, sealed under an already derived password key. */
export function accountSlotUnder(
  wrappingKey: Buffer,
  slot: { accountId: string; lookup: string; kdf: KdfParams; salt: Buffer },
  databaseKey: Buffer,
): AccountSlot {
  const identity: SlotIdentity = { kind: 'account', accountId: slot.accountId, lookup: slot.lookup };
  const slotKey = randomBytes(SLOT_KEY_BYTES);
  try {
    return {
      accountId: slot.accountId,
      lookup: slot.lookup,
      kdf: { ...slot.kdf },
      salt: slot.salt.toString('base64'),
      sealed: seal(wrappingKey, slotKey, outerAad(identity)),
      ...innerSeals(identity, slotKey, databaseKey),
    };
  } finally {
    slotKey.fill(0);
  }
}

export function sealRecoverySlot(recoveryKey: Buffer, databaseKey: Buffer): RecoverySlot {
  const hkdfSalt = randomBytes(32);
  const wrappingKey = recoveryWrappingKey(recoveryKey, hkdfSalt);
  const slotKey = randomBytes(SLOT_KEY_BYTES);
  try {
    return {
      hkdfSalt: hkdfSalt.toString('base64'),
      sealed: seal(wrappingKey, slotKey, outerAad({ kind: 'recovery' })),
      ...innerSeals({ kind: 'recovery' }, slotKey, databaseKey),
    };
  } finally {
    wrappingKey.fill(0); // see Keyring.unlockWithPassword
    slotKey.fill(0);
  }
}

/**
 * The database key a slot holds, given the key that opens its outer seal; null when that key is
 * wrong or anything was altered. Version 1 slots hold the database key in `sealed` itself.
 */
export function openSlot(
  wrappingKey: Buffer,
  slot: AccountSlot | RecoverySlot,
  identity: SlotIdentity,
): Buffer | null {
  if (isLegacySlot(slot)) return openSealed(wrappingKey, slot.sealed, legacyAad(identity));
  const slotKey = openSealed(wrappingKey, slot.sealed, outerAad(identity));
  if (!slotKey) return null;
  try {
    return openSealed(slotKey, slot.sealedDatabaseKey as Sealed, innerAad(identity, 'database-key'));
  } finally {
    slotKey.fill(0);
  }
}

/**
 * The same slot with `nextDatabaseKey` sealed under its unchanged slot key, opened through the
 * current database key. Null when the slot is version 1 or its seals do not open (then nothing
 * can rewrap it: its owner must sign in once, or be given a new password).
 */
export function rewrapSlot<S extends AccountSlot | RecoverySlot>(
  slot: S,
  identity: SlotIdentity,
  currentDatabaseKey: Buffer,
  nextDatabaseKey: Buffer,
): S | null {
  if (isLegacySlot(slot)) return null;
  const slotKey = openSealed(
    currentDatabaseKey,
    slot.sealedSlotKey as Sealed,
    innerAad(identity, 'slot-key'),
  );
  if (!slotKey) return null;
  try {
    return { ...slot, ...innerSeals(identity, slotKey, nextDatabaseKey) };
  } finally {
    slotKey.fill(0);
  }
}

function innerSeals(identity: SlotIdentity, slotKey: Buffer, databaseKey: Buffer): InnerSeals {
  return {
    sealedDatabaseKey: seal(slotKey, databaseKey, innerAad(identity, 'database-key')),
    sealedSlotKey: seal(databaseKey, slotKey, innerAad(identity, 'slot-key')),
  };
}

/** The recovery key is already 256 random bits, so HKDF (not a slow password hash) is enough. */
export function recoveryWrappingKey(recoveryKey: Buffer, hkdfSalt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, hkdfSalt, RECOVERY_SLOT_LABEL, 32));
}

/**
 * Every seal is bound to its slot, its account and username, and its purpose, so a seal copied
 * onto another slot or account, or an inner seal stripped to pass for a version 1 slot, fails.
 */
function aad(...parts: string[]): Buffer {
  return Buffer.from(JSON.stringify(parts), 'utf8');
}

function slotParts(identity: SlotIdentity): string[] {
  return identity.kind === 'account' ? [identity.accountId, identity.lookup] : [];
}

function legacyAad(identity: SlotIdentity): Buffer {
  return aad(identity.kind === 'account' ? ACCOUNT_SLOT_LABEL : RECOVERY_SLOT_LABEL, ...slotParts(identity));
}

function outerAad(identity: SlotIdentity): Buffer {
  return aad(
    identity.kind === 'account' ? ACCOUNT_SLOT_KEY_LABEL : RECOVERY_SLOT_KEY_LABEL,
    ...slotParts(identity),
  );
}

function innerAad(identity: SlotIdentity, purpose: 'database-key' | 'slot-key'): Buffer {
  const label = purpose === 'database-key' ? DATABASE_KEY_UNDER_SLOT_LABEL : SLOT_KEY_UNDER_DATABASE_LABEL;
  return aad(label, identity.kind, ...slotParts(identity));
}

export function lookupFor(lookupSalt: string, username: string): string {
  return createHmac('sha256', Buffer.from(lookupSalt, 'base64'))
    .update(username.trim().toLowerCase(), 'utf8')
    .digest('base64');
}

export function findSlotByLookup(slots: readonly AccountSlot[], lookup: string): AccountSlot | undefined {
  const wanted = Buffer.from(lookup, 'base64');
  return slots.find((slot) => timingSafeEqual(Buffer.from(slot.lookup, 'base64'), wanted));
}

// ---- database key check -------------------------------------------------------------------------

export function databaseKeyCheck(databaseKey: Buffer): Buffer {
  return createHmac('sha256', databaseKey).update(DATABASE_KEY_CHECK_LABEL, 'utf8').digest();
}

/** Compares against the document's stored check (base64) in constant time. */
export function matchesDatabaseKeyCheck(databaseKey: Buffer, storedCheck: string): boolean {
  return timingSafeEqual(databaseKeyCheck(databaseKey), Buffer.from(storedCheck, 'base64'));
}

// ---- AES-256-GCM --------------------------------------------------------------------------------

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
export function openSealed(key: Buffer, sealed: Sealed, aad: Buffer): Buffer | null {
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

/**
 * A version 1 slot, as Lantern 0.1 wrote it (the database key itself under the password or
 * recovery key). Only tests need to write one, to prove old keyrings still open and upgrade.
 */
export function sealVersion1Slot(wrappingKey: Buffer, databaseKey: Buffer, identity: SlotIdentity): Sealed {
  return seal(wrappingKey, databaseKey, legacyAad(identity));
}
