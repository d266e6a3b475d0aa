import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BackupSettings, BackupStatus, BackupSummary } from '../../shared/contracts/backup';
import { actorOf, appendAudit } from '../audit/service';
import type { Workstation } from '../workstation/workstation';
import { DomainError } from '../errors';
import { readSetting, readSettings, writeSetting } from '../settings/repository';
import type { BackupManifest } from './manifest';
import { backupBytes, readManifest } from './manifest';
import { fileProblemText, logFileError } from './problems';
import { reconcileBackups } from './reconcile';
import type { RunRow } from './repository';
import { insertBackupRun, lastBackupRun, lastScheduledBackupAt, lastVerifiedBackupAt } from './repository';
import { lastRestore } from './restore';
import { backupsToDelete } from './rotation';
import type { BackupCopier, SnapshotInput } from './snapshot';
import { BackupError, LockedDuringBackup, writeBackup, writeBackupElsewhere } from './snapshot';

const STALE_AFTER_MS = 3 * 24 * 3_600_000;
export const DAILY_INTERVAL_MS = 24 * 3_600_000;

export function defaultBackupFolder(): string {
  return join(homedir(), 'Documents', 'Lantern Backups');
}

export function readBackupSettings(ws: Workstation): BackupSettings {
  return (
    readSetting<BackupSettings>(ws.vault.database(), 'backup') ?? {
      folder: ws.options.defaultBackupFolder ?? defaultBackupFolder(),
      automatic: true,
      keepDaily: 14,
      keepMonthly: 12,
    }
  );
}

/** A file where a folder should be cannot hold backups: said at once, next to the field. */
function refuseNonFolder(folder: string): void {
  let isFile = false;
  try {
    isFile = !statSync(folder).isDirectory();
  } catch {
    // Not there (yet): a backup creates it, or says the drive is missing.
  }
  if (isFile) {
    throw new DomainError(
      'invalid_input',
      'This is a file, not a folder. Choose a folder for the backups.',
      { folder: 'validation.folder_is_file' },
      { messageKey: 'errors.backup_folder_is_file' },
    );
  }
}

export function updateBackupSettings(ws: Workstation, settings: BackupSettings): BackupSettings {
  const { account } = ws.session.require();
  refuseNonFolder(settings.folder);
  const db = ws.vault.database();
  const before = readBackupSettings(ws);
  db.transaction(() => {
    writeSetting(db, 'backup', settings, account.id, ws.now().toISOString());
    const changes: Record<string, string> = {};
    for (const key of Object.keys(settings) as (keyof BackupSettings)[]) {
      if (before[key] !== settings[key]) changes[key] = `${String(before[key])} → ${String(settings[key])}`;
    }
    appendAudit(
      db,
      { action: 'backup.settings_updated', actor: actorOf(account), details: changes },
      ws.now(),
    );
  })();
  return settings;
}

/** Finished, well-described backups in a folder, newest first (anything else is ignored). */
export function listBackups(folder: string): BackupSummary[] {
  if (!isFolder(folder)) return [];
  const found: BackupSummary[] = [];
  for (const name of readdirSync(folder)) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    const read = readManifest(path);
    if (read.ok) found.push(summaryOf(path, name, read.manifest));
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function summaryOf(path: string, name: string, manifest: BackupManifest): BackupSummary {
  return {
    name,
    path,
    createdAt: manifest.createdAt,
    kind: manifest.kind,
    clinicName: manifest.clinicName,
    bytes: backupBytes(manifest),
    counts: manifest.counts,
  };
}

export function backupStatus(ws: Workstation): BackupStatus {
  const db = ws.vault.database();
  const settings = readBackupSettings(ws);
  // A folder there, or one a backup can create; a file in its place is not available.
  const folderAvailable =
    isFolder(settings.folder) || (!existsSync(settings.folder) && isFolder(dirname(settings.folder)));
  if (folderAvailable) reconcileBackups(ws, settings.folder, listBackups(settings.folder));
  const lastVerified = lastVerifiedBackupAt(db);
  const last = lastBackupRun(db);
  const stale = !lastVerified || ws.now().getTime() - Date.parse(lastVerified) > STALE_AFTER_MS;
  return {
    settings,
    folderAvailable,
    lastVerifiedAt: lastVerified ?? null,
    lastAttempt: last ? lastAttemptOf(last) : null,
    needsAttention: stale || !folderAvailable,
    backups: folderAvailable ? listBackups(settings.folder) : [],
    undoableRestore: lastRestore(ws.files.dataDir),
  };
}

type BackupKind = 'daily' | 'quit' | 'manual' | 'before_restore';
type OnStage = (stage: 'snapshot' | 'verify' | 'finish') => void;

/**
 * Takes, verifies and records one backup, then applies the keep-14-daily/12-monthly rule. Only
 * folders that are Lantern backups by their description are ever deleted.
 */
export function runBackup(ws: Workstation, kind: BackupKind, onStage?: OnStage): BackupSummary {
  const run = startRun(ws, kind, onStage);
  try {
    return run.succeeded(writeBackup(run.input));
  } catch (error) {
    throw run.failed(error);
  }
}

/**
 * The same backup, its copy and verification on another thread (`copier`) while the queue lets
 * reads and locks through (`stepAside`). A lock meanwhile closes the database: the copy is then
 * removed and the call answers "not signed in"; nothing can be recorded in a closed database.
 */
export async function runBackupElsewhere(
  ws: Workstation,
  kind: BackupKind,
  copier: BackupCopier,
  stepAside: <T>(work: () => Promise<T>) => Promise<T>,
  onStage?: OnStage,
): Promise<BackupSummary> {
  const run = startRun(ws, kind, onStage);
  const db = run.input.db;
  try {
    return run.succeeded(await writeBackupElsewhere(run.input, copier, stepAside, () => db.open));
  } catch (error) {
    if (error instanceof LockedDuringBackup)
      throw new DomainError(
        'not_signed_in',
        'Lantern was locked during the backup; sign in and back up again.',
        undefined,
        { messageKey: 'errors.backup_locked_during' },
      );
    throw run.failed(error);
  }
}

function startRun(ws: Workstation, kind: BackupKind, onStage?: OnStage) {
  const session = ws.session.require();
  const db = ws.vault.database();
  const settings = readBackupSettings(ws);
  const startedAt = ws.now().toISOString();
  const clinicName = readSettings(db).clinicName;
  const record = (ok: boolean, name: string | null, bytes: number | null, message: string | null) =>
    insertBackupRun(db, {
      kind,
      startedAt,
      finishedAt: new Date().toISOString(),
      folder: settings.folder,
      name,
      ok,
      verified: ok,
      bytes,
      message,
      startedBy: session.account.id,
    });
  const input: SnapshotInput = {
    db,
    databaseKey: ws.vault.key(),
    keyringFile: ws.files.keyring,
    dataDir: ws.files.dataDir,
    clinicName,
    folder: settings.folder,
    kind,
    now: ws.now(),
    ...(onStage ? { onStage } : {}),
  };
  const succeeded = (result: { path: string; manifest: BackupManifest; bytes: number }) => {
    const name = result.path.slice(settings.folder.length + 1);
    db.transaction(() => {
      record(true, name, result.bytes, null);
      appendAudit(
        db,
        {
          action: 'backup.created',
          actor: actorOf(session.account),
          details: { name, kind, bytes: result.bytes },
        },
        ws.now(),
      );
    })();
    applyRotation(settings);
    return summaryOf(result.path, name, result.manifest);
  };
  const failed = (error: unknown): DomainError => {
    if (!(error instanceof BackupError)) logFileError('backup failed', error);
    const failure =
      error instanceof BackupError
        ? error
        : new BackupError(
            'errors.backup_unknown',
            fileProblemText('unknown', settings.folder),
            settings.folder,
          );
    const { message } = failure;
    db.transaction(() => {
      // The run keeps the failure's catalogue key, so Backups says it in the reader's language.
      record(false, null, null, failure.messageKey);
      appendAudit(
        db,
        { action: 'backup.failed', actor: actorOf(session.account), details: { kind, message } },
        ws.now(),
      );
    })();
    return failure.toDomainError();
  };
  return { input, succeeded, failed };
}

/**
 * A failed run names its sentence by catalogue key (with the folder it was written to); a run
 * logged by an older Lantern has an English sentence there, which is left for the screen to
 * replace by the general one.
 */
function lastAttemptOf(run: RunRow): BackupStatus['lastAttempt'] {
  const keyed = run.message?.startsWith('errors.') ?? false;
  return {
    at: run.finished_at,
    ok: run.ok === 1,
    message: keyed ? null : run.message,
    messageKey: keyed ? run.message : null,
    folder: run.folder,
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function applyRotation(settings: BackupSettings): void {
  const backups = listBackups(settings.folder);
  for (const name of backupsToDelete(backups, settings.keepDaily, settings.keepMonthly)) {
    const path = join(settings.folder, name);
    if (readManifest(path).ok && statSync(path).isDirectory()) rmSync(path, { recursive: true, force: true });
  }
}

/** Whether an automatic daily backup is due (none verified in the last 24 hours). */
export function dailyBackupDue(ws: Workstation): boolean {
  const settings = readBackupSettings(ws);
  if (!settings.automatic) return false;
  const last = lastScheduledBackupAt(ws.vault.database());
  return !last || ws.now().getTime() - Date.parse(last) >= DAILY_INTERVAL_MS;
}
