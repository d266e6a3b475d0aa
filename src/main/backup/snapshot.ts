import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readHead } from '../audit/repository';
import { tableCounts, vacuumInto } from '../db/copies';

export { tableCounts } from '../db/copies';
import { schemaVersion } from '../db/migrate';
import type { Db } from '../db/open';
import { openEncrypted } from '../db/open';
import { writeFileAtomically } from '../files/atomic-file';
import { DomainError } from '../errors';
import type { BackupManifest } from './manifest';
import { copyCarried } from './carried';
import { DATABASE_FILE, KEYRING_FILE, MANIFEST_FILE, backupBytes, sha256OfFile } from './manifest';
import { fileProblemOf, fileProblemText, logFileError } from './problems';

/** A backup that did not happen, said in plain words with a catalogue key for the renderer. */
export class BackupError extends Error {
  constructor(
    readonly messageKey: string,
    message: string,
    readonly folder: string,
  ) {
    super(message);
  }

  toDomainError(): DomainError {
    return new DomainError('backup_failed', this.message, undefined, {
      messageKey: this.messageKey,
      folder: this.folder,
    });
  }
}

export function folderUnavailable(folder: string): BackupError {
  return new BackupError(
    'errors.backup_folder_unavailable',
    `The backup folder ${folder} is not available. If it is on a USB drive, plug the drive in; or choose another folder.`,
    folder,
  );
}

/** Hidden, half-written backups: what a crash or a kill in the middle of a backup leaves. */
const PARTIAL_PREFIX = '.partial-';

/**
 * Removes every half-written backup a crash left in the folder, whatever its name (a partial is an
 * encrypted copy, but a partial copy that nobody will ever use should not stay on a USB stick).
 * Only Lantern's own `.partial-Lantern-…` names are touched.
 */
export function removeLeftoverPartials(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (name.startsWith(`${PARTIAL_PREFIX}Lantern-`))
      rmSync(join(folder, name), { recursive: true, force: true });
  }
}

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
  /** Borrowed for the call: the live key buffer (never copied into a hex string here). */
  databaseKey: Buffer;
  keyringFile: string;
  /** The data folder whose carried extras (paths.ts DATA_FOLDER) go with it; default: the keyring's. */
  dataDir?: string;
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
  if (!isFolder(input.folder)) throw folderUnavailable(input.folder);
  let name = backupName(input.clinicName, input.now, input.kind);
  // Two backups in the same second (back up now, twice) get a counter instead of clashing.
  for (let n = 2; existsSync(join(input.folder, name)); n++)
    name = `${backupName(input.clinicName, input.now, input.kind)}-${n}`;
  const partial = join(input.folder, `${PARTIAL_PREFIX}${name}`);
  const finalPath = join(input.folder, name);
  try {
    removeLeftoverPartials(input.folder);
    mkdirSync(partial);
    input.onStage?.('snapshot');
    const before = tableCounts(input.db);
    // VACUUM INTO reads one consistent snapshot and writes it encrypted with the same key.
    vacuumInto(input.db, join(partial, DATABASE_FILE));
    const after = tableCounts(input.db);
    copyFileSync(input.keyringFile, join(partial, KEYRING_FILE));
    const carried = copyCarried(input.dataDir ?? dirname(input.keyringFile), partial);

    input.onStage?.('verify');
    const copy = openEncrypted(join(partial, DATABASE_FILE), input.databaseKey, { readonly: true });
    let counts: Record<string, number>;
    let version: number;
    let auditHead: BackupManifest['auditHead'];
    try {
      const integrity = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok')
        throw new BackupError(
          'errors.backup_copy_unverified',
          'The copy did not pass the integrity check; it was removed. Try again, or choose another drive.',
          input.folder,
        );
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
        throw new BackupError(
          'errors.backup_copy_unverified',
          `The copy of ${table} has ${copied ?? 0} rows where ${count} were expected; it was removed. Try again.`,
          input.folder,
        );
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
      ...(Object.keys(carried).length ? { carried } : {}),
      verifiedAt: new Date().toISOString(),
      ...(auditHead ? { auditHead } : {}),
    };
    writeFileAtomically(join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    renameSync(partial, finalPath);
    return { path: finalPath, manifest, bytes: backupBytes(manifest) };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (error instanceof BackupError) throw error;
    logFileError('backup failed', error);
    const problem = fileProblemOf(error);
    throw new BackupError(`errors.backup_${problem}`, fileProblemText(problem, input.folder), input.folder);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
