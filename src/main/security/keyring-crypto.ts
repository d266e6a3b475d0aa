import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { deriveKey, KDF_SALT_BYTES, type KdfParams } from './kdf';
import type { AccountSlot, RecoverySlot, Sealed } from './keyring-format';

/**
 * Sealing and opening the keyring's slots: the database key wrapped with AES-256-GCM under a key
 * derived from a password (Argon2id) or from the recovery key (HKDF), plus the username lookup
 * HMAC and the database key check. The file format itself is in keyring-format.ts.
 */

// Labels for domain separation. They deliberately omit the format version: a later format must be
// able to carry existing slots over unchanged, because nobody can rewrap a slot without its password.
const ACCOUNT_SLOT_LABEL = 'lantern-keyring/account-slot';
const RECOVERY_SLOT_LABEL = 'lantern-keyring/recovery-slot';
const DATABASE_KEY_CHECK_LABEL = 'lantern-keyring/database-key-check';

/** Who an account slot is for; the Keyring's AccountCredentials has this shape. */
export interface SlotOwner {
  accountId: string;
  username: string;
  password: string;
}

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
    const sealed = seal(wrappingKey, databaseKey, accountSlotAad(account.accountId, lookup));
    return { accountId: account.accountId, lookup, kdf: { ...kdf }, salt: salt.toString('base64'), sealed };
  } finally {
    wrappingKey.fill(0); // see Keyring.unlockWithPassword
  }
}

export function sealRecoverySlot(recoveryKey: Buffer, databaseKey: Buffer): RecoverySlot {
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
export function recoveryWrappingKey(recoveryKey: Buffer, hkdfSalt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, hkdfSalt, RECOVERY_SLOT_LABEL, 32));
}

/** Binds a slot to its account and username, so a slot copied onto another account fails to open. */
export function accountSlotAad(accountId: string, lookup: string): Buffer {
  return Buffer.from(JSON.stringify([ACCOUNT_SLOT_LABEL, accountId, lookup]), 'utf8');
}

export function recoverySlotAad(): Buffer {
  return Buffer.from(JSON.stringify([RECOVERY_SLOT_LABEL]), 'utf8');
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
