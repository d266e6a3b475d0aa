import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readHead } from '../audit/repository';
import { schemaVersion } from '../db/migrate';
import type { Db } from '../db/open';
import { openEncrypted } from '../db/open';
import { writeFileAtomically } from '../core/atomic-file';
import type { BackupManifest } from './manifest';
import { DATABASE_FILE, KEYRING_FILE, MANIFEST_FILE, sha256OfFile } from './manifest';

/** Every table whose rows a backup must carry (the search index is rebuilt from them). */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'client_search%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  );
}

export class BackupError extends Error {}

/** Clinic name and time in a folder name any file system accepts. */
export function backupName(clinicName: string, at: Date, kind: string): string {
  const slug =
    clinicName
      .normalize('NFKD')
      .replace(/[^\w -]+/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 40) || 'Clinic';
  const stamp = at.toISOString().slice(0, 19).replace('T', '_').replace(/:/g, '-');
  return `Lantern-${slug}-${stamp}-${kind}`;
}

export interface SnapshotInput {
  db: Db;
  databaseKeyHex: string;
  keyringFile: string;
  clinicName: string;
  folder: string;
  kind: BackupManifest['kind'];
  now: Date;
  onStage?: (stage: 'snapshot' | 'verify' | 'finish') => void;
}

/**
 * A consistent, verified, encrypted copy of the live database with its keyring, in one folder.
 * It is written under a hidden ".partial-" name and renamed only once verified, so a failure at
 * any step (disk full, drive removed) never leaves something that looks like a good backup.
 */
export function writeBackup(input: SnapshotInput): { path: string; manifest: BackupManifest; bytes: number } {
  // The folder itself is created when its parent exists (Documents, a drive root); a missing
  // parent usually means an unplugged USB drive, which must be said, not papered over.
  if (!existsSync(input.folder) && existsSync(dirname(input.folder))) mkdirSync(input.folder);
  if (!existsSync(input.folder)) {
    throw new BackupError(
      `The backup folder ${input.folder} is not available. If it is on a USB drive, plug the drive in; or choose another folder.`,
    );
  }
  let name = backupName(input.clinicName, input.now, input.kind);
  // Two backups in the same second (back up now, twice) get a counter instead of clashing.
  for (let n = 2; existsSync(join(input.folder, name)); n++)
    name = `${backupName(input.clinicName, input.now, input.kind)}-${n}`;
  const partial = join(input.folder, `.partial-${name}`);
  const finalPath = join(input.folder, name);
  try {
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial);
    input.onStage?.('snapshot');
    const before = tableCounts(input.db);
    // VACUUM INTO reads one consistent snapshot and writes it encrypted with the same key.
    input.db.prepare('VACUUM INTO ?').run(join(partial, DATABASE_FILE));
    const after = tableCounts(input.db);
    copyFileSync(input.keyringFile, join(partial, KEYRING_FILE));

    input.onStage?.('verify');
    const copy = openEncrypted(join(partial, DATABASE_FILE), input.databaseKeyHex, { readonly: true });
    let counts: Record<string, number>;
    let version: number;
    let auditHead: BackupManifest['auditHead'];
    try {
      const integrity = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new BackupError('The copy did not pass the integrity check.');
      counts = tableCounts(copy);
      version = schemaVersion(copy);
      auditHead = readHead(copy);
    } finally {
      copy.close();
    }
    // Other writers may have added rows while the copy was taken: it must hold at least what was
    // there before it started and no more than what was there after it ended.
    for (const [table, count] of Object.entries(before)) {
      const copied = counts[table];
      if (copied === undefined || copied < count || copied > (after[table] ?? count)) {
        throw new BackupError(`The copy of ${table} has ${copied ?? 0} rows where ${count} were expected.`);
      }
    }

    input.onStage?.('finish');
    const databaseFile = join(partial, DATABASE_FILE);
    const keyringCopy = join(partial, KEYRING_FILE);
    const manifest: BackupManifest = {
      format: 'lantern-backup',
      version: 1,
      clinicName: input.clinicName,
      createdAt: input.now.toISOString(),
      kind: input.kind,
      schemaVersion: version,
      counts,
      files: {
        database: { bytes: statSync(databaseFile).size, sha256: sha256OfFile(databaseFile) },
        keyring: { bytes: statSync(keyringCopy).size, sha256: sha256OfFile(keyringCopy) },
      },
      verifiedAt: new Date().toISOString(),
      ...(auditHead ? { auditHead } : {}),
    };
    writeFileAtomically(join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    renameSync(partial, finalPath);
    return { path: finalPath, manifest, bytes: manifest.files.database.bytes + manifest.files.keyring.bytes };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(explainFileError(error, input.folder));
  }
}

/** Plain words for what the operating system said. */
export function explainFileError(error: unknown, folder: string): string {
  // Node reports file-system errors as ENOSPC etc.; SQLite (writing the copy) as SQLITE_FULL etc.
  const raw = String((error as NodeJS.ErrnoException).code ?? '');
  const code = raw.startsWith('SQLITE_IOERR') ? 'EIO' : raw;
  switch (code) {
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return `The backup drive is full (${folder}). Free some space or choose another folder.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
      return `Lantern may not write to ${folder}. Choose a folder you can write to, or unlock the drive.`;
    case 'ENOENT':
    case 'ENODEV':
    case 'SQLITE_CANTOPEN':
    case 'EIO':
      return `The backup folder ${folder} disappeared while the backup was written. Was the USB drive removed? Plug it in and try again.`;
    default:
      return `The backup could not be written to ${folder}: ${(error as Error).message}`;
  }
}
