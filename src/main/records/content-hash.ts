import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/domain/canonical-json';

/**
 * SHA-256 (lower-case hex) of the UTF-8 bytes of a stored canonical text. An auditor recomputes
 * exactly this: `sha256(content)` over the `content` column, or `sha256(canonicalJson(value))`
 * over the content as exported. Kept in main (not src/shared) because it needs node:crypto's
 * synchronous hash, which runs inside a better-sqlite3 transaction; Web Crypto is asynchronous,
 * and the renderer never computes a hash that counts.
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What a version or addendum stores: the canonical text and the hash a signature will cover. */
export function canonicalContent(value: unknown): { text: string; hash: string } {
  const text = canonicalJson(value);
  return { text, hash: sha256Hex(text) };
}
