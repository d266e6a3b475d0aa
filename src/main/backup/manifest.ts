import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const MANIFEST_FILE = 'backup.json';
export const DATABASE_FILE = 'lantern.db';
export const KEYRING_FILE = 'lantern.keyring';

export const manifestSchema = z.strictObject({
  format: z.literal('lantern-backup'),
  version: z.literal(1),
  clinicName: z.string(),
  createdAt: z.string(),
  kind: z.enum(['daily', 'quit', 'manual', 'before_restore']),
  schemaVersion: z.number().int().positive(),
  /** Rows per table in the copy, checked against the live database when it was taken. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  files: z.strictObject({
    database: z.strictObject({
      bytes: z.number().int().positive(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    keyring: z.strictObject({
      bytes: z.number().int().positive(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  }),
  verifiedAt: z.string(),
  /**
   * The audit chain's head in the copy (audit/anchors.ts): a later rewrite of the history is
   * caught by Verify against it. Absent in backups written before it existed.
   */
  auditHead: z
    .strictObject({ seq: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) })
    .optional(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** Read in 1 MiB chunks: backups of large clinics are hundreds of megabytes. */
export function sha256OfFile(file: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(1024 * 1024);
  const fd = openSync(file, 'r');
  try {
    let read: number;
    while ((read = readSync(fd, chunk, 0, chunk.length, null)) > 0) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The manifest of a backup folder, or the reason it is not a usable Lantern backup. */
export function readManifest(
  folder: string,
): { ok: true; manifest: BackupManifest } | { ok: false; reason: string } {
  const file = join(folder, MANIFEST_FILE);
  if (!existsSync(file))
    return { ok: false, reason: 'This folder is not a finished Lantern backup (backup.json is missing).' };
  try {
    return { ok: true, manifest: manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) };
  } catch {
    return { ok: false, reason: 'The backup description (backup.json) is damaged.' };
  }
}

/** Files present, sizes and checksums as written: a truncated or altered copy is refused. */
export function filesMatchManifest(folder: string, manifest: BackupManifest): string | null {
  for (const [name, expected] of [
    [DATABASE_FILE, manifest.files.database],
    [KEYRING_FILE, manifest.files.keyring],
  ] as const) {
    const file = join(folder, name);
    if (!existsSync(file)) return `${name} is missing from the backup.`;
    if (sha256OfFile(file) !== expected.sha256)
      return `${name} in the backup is damaged or was changed after it was written.`;
  }
  return null;
}
