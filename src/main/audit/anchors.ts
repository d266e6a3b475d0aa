import { closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../db/open';
import { readHead } from './repository';

/**
 * Anchors: the audit chain's head (sequence and hash) written down outside the database.
 *
 * The chain is a keyless hash chain, so whoever holds the database key can rewrite it whole and
 * rehash every entry; the chain then checks out on its own. It cannot also rewrite what was
 * recorded elsewhere earlier: the anchor file beside the database (appended at every sign-out,
 * lock and key change), the `auditHead` in every backup's backup.json, and the head an
 * administrator wrote down from the Verify screen. An entry whose hash differs from an older
 * anchor's, or that is missing, proves the history was changed after that anchor was taken.
 *
 * The file is JSON lines, only ever appended and fsynced. A torn last line (power cut mid-append)
 * is skipped when read. Someone with write access to the folder can of course delete it; the
 * anchors in backups elsewhere (a USB drive) are the ones that survive that.
 */

export type AnchorReason = 'sign_out' | 'lock' | 'key_change' | 'backup';

export const anchorSchema = z.strictObject({
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().max(40),
  reason: z.enum(['sign_out', 'lock', 'key_change', 'backup']),
});
export type AuditAnchor = z.infer<typeof anchorSchema>;

/** Past this size the file is not ours (a year of anchors is a few hundred kilobytes). */
const MAX_ANCHOR_FILE_BYTES = 32 * 1024 * 1024;

/** Appends the current head, unless the chain is empty or the last anchor already says the same. */
export function anchorAuditHead(db: Db, file: string, reason: AnchorReason, now: Date): void {
  const head = readHead(db);
  if (head.seq === 0) return;
  const last = readAnchors(file).at(-1);
  if (last && last.seq === head.seq && last.hash === head.hash) return;
  const anchor: AuditAnchor = { seq: head.seq, hash: head.hash, at: now.toISOString(), reason };
  const fd = openSync(file, 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(anchor)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Every readable anchor in the file, oldest first; a missing file has none. */
export function readAnchors(file: string): AuditAnchor[] {
  if (!existsSync(file)) return [];
  const stat = statSync(file);
  if (!stat.isFile() || stat.size > MAX_ANCHOR_FILE_BYTES) return [];
  const anchors: AuditAnchor[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = anchorSchema.safeParse(JSON.parse(line));
      if (parsed.success) anchors.push(parsed.data);
    } catch {
      // a torn or damaged line: the others still count
    }
  }
  return anchors;
}

/**
 * Safe to call anywhere a session ends: an anchor that cannot be written (read-only folder) must
 * never stop a lock or sign-out, which protect client data; Verify still has the backups' anchors.
 */
export function tryAnchorAuditHead(db: Db | null, file: string, reason: AnchorReason, now: Date): void {
  if (!db) return;
  try {
    anchorAuditHead(db, file, reason, now);
  } catch {
    // see above
  }
}
