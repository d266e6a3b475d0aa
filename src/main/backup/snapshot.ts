import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readHead } from '../audit/repository';
import { tableCounts, vacuumInto } from '../db/copies';
import { schemaVersion } from '../db/migrate';
import type { Db } from '../db/open';
import { openEncrypted } from '../db/open';
import { writeFileAtomically } from '../files/atomic-file';
import { DomainError, type ErrorMessageKey } from '../errors';
import type { BackupManifest } from './manifest';
import { copyCarried } from './carried';
import { DATABASE_FILE, KEYRING_FILE, MANIFEST_FILE, backupBytes, sha256OfFile } from './manifest';
import { fileProblemOf, fileProblemText, logFileError } from './problems';

export { tableCounts } from '../db/copies';

/** A backup that did not happen, said in plain words with a catalogue key for the renderer. */
export class BackupError extends Error {
  constructor(
    readonly messageKey: ErrorMessageKey,
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
  clinicName: string;
  folder: string;
  kind: BackupManifest['kind'];
  now: Date;
  onStage?: (stage: 'snapshot' | 'verify' | 'finish') => void;
  /** The data folder whose carried extras (paths.ts DATA_FOLDER) go with it; default: the keyring's. */
  dataDir?: string;
}

/** What the copy step learns: the copy's verified contents, and the source around the copy. */
export interface CopyFacts {
  before: Record<string, number>;
  after: Record<string, number>;
  counts: Record<string, number>;
  version: number;
  auditHead: BackupManifest['auditHead'] | null;
  databaseBytes: number;
  databaseSha256: string;
}

/**
 * The long part of a backup — VACUUM INTO, integrity check, counts, hash — on any connection
 * to the live database: the core's own, or a read-only one on the backup's thread
 * (worker/snapshot-worker.ts). Plain data in and out so either can run it.
 */
export function copyAndVerify(
  source: Db,
  databaseKey: Buffer,
  databaseCopy: string,
  folder: string,
  onVerify?: () => void,
): CopyFacts {
  const before = tableCounts(source);
  // VACUUM INTO reads one consistent snapshot and writes it encrypted with the same key.
  vacuumInto(source, databaseCopy);
  const after = tableCounts(source);
  onVerify?.();
  const copy = openEncrypted(databaseCopy, databaseKey, { readonly: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new BackupError(
        'errors.backup_copy_unverified',
        'The copy did not pass the integrity check; it was removed. Try again, or choose another drive.',
        folder,
      );
    return {
      before,
      after,
      counts: tableCounts(copy),
      version: schemaVersion(copy),
      auditHead: readHead(copy) ?? null,
      databaseBytes: statSync(databaseCopy).size,
      databaseSha256: sha256OfFile(databaseCopy),
    };
  } finally {
    copy.close();
  }
}

/** Runs the copy step elsewhere (another thread); resolves with what it learnt. */
export type BackupCopier = (request: {
  databaseFile: string;
  databaseKey: Buffer;
  databaseCopy: string;
  folder: string;
  onVerify: () => void;
}) => Promise<CopyFacts>;

/**
 * A consistent, verified, encrypted copy of the live database with its keyring, in one folder.
 * It is written under a hidden ".partial-" name and renamed only once verified, so a failure at
 * any step (disk full, drive removed) never leaves something that looks like a good backup.
 */
export function writeBackup(input: SnapshotInput): { path: string; manifest: BackupManifest; bytes: number } {
  const { partial, finalPath } = beginBackup(input);
  try {
    input.onStage?.('snapshot');
    const facts = copyAndVerify(input.db, input.databaseKey, join(partial, DATABASE_FILE), input.folder, () =>
      input.onStage?.('verify'),
    );
    return finishBackup(input, partial, finalPath, facts);
  } catch (error) {
    throw failedBackup(error, partial, input.folder);
  }
}

/**
 * The same backup with its long part on another thread and connection: `stepAside` lets the
 * core answer reads and locks meanwhile. `stillOpen` says whether the database is still open
 * afterwards (a lock during the copy closes it): if not, the copy is removed, not kept.
 */
export async function writeBackupElsewhere(
  input: SnapshotInput,
  copier: BackupCopier,
  stepAside: <T>(work: () => Promise<T>) => Promise<T>,
  stillOpen: () => boolean,
): Promise<{ path: string; manifest: BackupManifest; bytes: number }> {
  const { partial, finalPath } = beginBackup(input);
  try {
    input.onStage?.('snapshot');
    const request = {
      databaseFile: input.db.name,
      databaseKey: input.databaseKey,
      databaseCopy: join(partial, DATABASE_FILE),
      folder: input.folder,
      onVerify: () => input.onStage?.('verify'),
    };
    const facts = await stepAside(() => copier(request));
    if (!stillOpen()) throw new LockedDuringBackup();
    return finishBackup(input, partial, finalPath, facts);
  } catch (error) {
    throw failedBackup(error, partial, input.folder);
  }
}

/** Lantern locked while the copy was taken: nothing is kept and nothing can be recorded. */
export class LockedDuringBackup extends Error {
  constructor() {
    super('Lantern was locked during the backup; the copy was removed.');
  }
}

function beginBackup(input: SnapshotInput): { partial: string; finalPath: string } {
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
  } catch (error) {
    throw failedBackup(error, partial, input.folder);
  }
  return { partial, finalPath };
}

function finishBackup(
  input: SnapshotInput,
  partial: string,
  finalPath: string,
  facts: CopyFacts,
): { path: string; manifest: BackupManifest; bytes: number } {
  const { before, after, counts } = facts;
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
  // The keyring is copied after the database, as before: the key in it opens the copy.
  const keyringCopy = join(partial, KEYRING_FILE);
  copyFileSync(input.keyringFile, keyringCopy);
  const carried = copyCarried(input.dataDir ?? dirname(input.keyringFile), partial);

  input.onStage?.('finish');
  const manifest: BackupManifest = {
    format: 'lantern-backup',
    version: 1,
    clinicName: input.clinicName,
    createdAt: input.now.toISOString(),
    kind: input.kind,
    schemaVersion: facts.version,
    counts,
    files: {
      database: { bytes: facts.databaseBytes, sha256: facts.databaseSha256 },
      keyring: { bytes: statSync(keyringCopy).size, sha256: sha256OfFile(keyringCopy) },
    },
    ...(Object.keys(carried).length ? { carried } : {}),
    verifiedAt: new Date().toISOString(),
    ...(facts.auditHead ? { auditHead: facts.auditHead } : {}),
  };
  writeFileAtomically(join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  renameSync(partial, finalPath);
  return { path: finalPath, manifest, bytes: backupBytes(manifest) };
}

/** Removes the partial copy and says what went wrong as a BackupError (or a lock, as is). */
function failedBackup(error: unknown, partial: string, folder: string): Error {
  rmSync(partial, { recursive: true, force: true });
  if (error instanceof BackupError || error instanceof LockedDuringBackup) return error;
  logFileError('backup failed', error);
  const problem = fileProblemOf(error);
  return new BackupError(`errors.backup_${problem}`, fileProblemText(problem, folder), folder);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
