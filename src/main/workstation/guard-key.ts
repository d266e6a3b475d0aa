import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { MAX_FILE_BYTES, parseDocument } from '../security/keyring-format';

/** Keeps the guard's hashes distinct from the keyring's own slot lookups, made from the same salt. */
const LABEL = 'lantern sign-in guard usernames v1';

/**
 * The key that turns a typed username into what the sign-in guard file stores. It is derived from
 * the keyring's `lookupSalt`: a random secret of this installation that is readable without the
 * database key (the guard is written while Lantern is locked). Null when the keyring cannot be
 * read; the guard then keeps no trace of the username at all.
 */
export function guardKeyFromKeyring(keyringFile: string): Buffer | null {
  try {
    const raw = readFileSync(keyringFile);
    if (raw.length > MAX_FILE_BYTES) return null;
    const parsed = parseDocument(raw);
    if (!parsed.ok) return null;
    return createHmac('sha256', Buffer.from(parsed.document.lookupSalt, 'base64')).update(LABEL).digest();
  } catch {
    return null;
  }
}

/** HMAC-SHA256 of the username as the keyring compares it (trimmed, lower case). */
export function usernameHash(key: Buffer, username: string): string {
  return createHmac('sha256', key).update(username.trim().toLowerCase(), 'utf8').digest('base64');
}
