import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type DataFolderEntry, carriedExtras } from '../paths';

export const MANIFEST_FILE = 'backup.json';
export const DATABASE_FILE = 'lantern.db';
export const KEYRING_FILE = 'lantern.keyring';

const fileSchema = z.strictObject({
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * The data-folder entry (paths.ts DATA_FOLDER) a carried path belongs to, or null: a path that is
 * absolute, climbs out with "..", or names anything not declared as carried is refused.
 */
export function entryOfCarriedPath(path: string): DataFolderEntry | null {
  if (path.startsWith('/') || path.includes('\\') || path.split('/').some((part) => part === '..' || !part))
    return null;
  const top = path.split('/')[0];
  const entry = carriedExtras().find(([, declared]) => declared.name === top)?.[1];
  if (!entry) return null;
  if (entry.kind === 'file') return path === entry.name ? entry : null;
  return path !== entry.name ? entry : null;
}

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
    database: fileSchema.extend({ bytes: z.number().int().positive() }),
    keyring: fileSchema.extend({ bytes: z.number().int().positive() }),
  }),
  /**
   * What the backup carries besides the database and keyring (the audit anchors, later the
   * attachments), by path inside the backup folder. Absent in backups written before it existed.
   */
  carried: z
    .record(z.string().max(500), fileSchema)
    .refine((files) => Object.keys(files).every((path) => entryOfCarriedPath(path) !== null))
    .optional(),
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

/** A backup description is about a kilobyte; anything much larger is not one and is not read. */
export const MAX_MANIFEST_BYTES = 64 * 1024;

/** Facts about a path without following it anywhere unexpected, and without throwing. */
function kindOf(path: string): 'file' | 'folder' | 'other' | 'missing' {
  try {
    const stat = statSync(path);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

export function parseManifest(text: string): BackupManifest | null {
  try {
    return manifestSchema.parse(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * The manifest of a backup folder, or `ok: false` — the same for a missing path, a file, a folder
 * without backup.json, a backup.json that is a folder, too large, or not a description. Only the
 * small description file is ever read here.
 */
export function readManifest(folder: string): { ok: true; manifest: BackupManifest } | { ok: false } {
  const file = join(folder, MANIFEST_FILE);
  if (kindOf(folder) !== 'folder' || kindOf(file) !== 'file') return { ok: false };
  try {
    if (statSync(file).size > MAX_MANIFEST_BYTES) return { ok: false };
    const manifest = parseManifest(readFileSync(file, 'utf8'));
    return manifest ? { ok: true, manifest } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** Bytes of everything the backup holds besides its description. */
export const backupBytes = (manifest: BackupManifest): number =>
  manifest.files.database.bytes +
  manifest.files.keyring.bytes +
  Object.values(manifest.carried ?? {}).reduce((sum, file) => sum + file.bytes, 0);

/**
 * Files present as regular files, sizes and checksums as written: a truncated or altered copy is
 * refused. Sizes are compared first, so nothing is hashed that the description does not match.
 */
export function filesMatchManifest(
  folder: string,
  manifest: BackupManifest,
): null | 'not_a_backup' | 'damaged' {
  const expected = [
    [join(folder, DATABASE_FILE), manifest.files.database],
    [join(folder, KEYRING_FILE), manifest.files.keyring],
    ...Object.entries(manifest.carried ?? {}).map(
      ([path, file]) => [join(folder, ...path.split('/')), file] as const,
    ),
  ] as const;
  for (const [file] of expected) if (kindOf(file) !== 'file') return 'not_a_backup';
  for (const [file, { bytes }] of expected) if (statSync(file).size !== bytes) return 'damaged';
  for (const [file, { sha256 }] of expected) if (sha256OfFile(file) !== sha256) return 'damaged';
  return null;
}
