import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import type { BackupSummary, restoreInputSchema } from '../../shared/contracts/backup';
import { can } from '../../shared/domain/roles';
import { findAccountById } from '../accounts/repository';
import { actorOf, appendAudit } from '../audit/service';
import type { Workstation } from '../workstation/workstation';
import { latestVersion, schemaVersion } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { openEncrypted } from '../db/open';
import { DomainError } from '../errors';
import { Keyring, KeyringError } from '../security/keyring';
import { parseRecoveryKey } from '../security/recovery-key';
import { DATABASE_FILE, KEYRING_FILE, backupBytes, filesMatchManifest, readManifest } from './manifest';
import { putCarriedInPlace, replacedWithTheDatabase } from './carried';
import { backupDamaged, fileProblemOf, logFileError, notABackup } from './problems';
import { readRestoreLog, restoreLogFile, writeRestoreLog } from './restore-log';

type RestoreInput = z.output<typeof restoreInputSchema>;

/** Checks a backup folder completely (description, checksums) and summarises what it holds. */
export function inspectBackup(path: string): BackupSummary {
  const read = readManifest(path);
  if (!read.ok) throw notABackup();
  const problem = filesMatchManifest(path, read.manifest);
  if (problem === 'not_a_backup') throw notABackup();
  if (problem) throw backupDamaged();
  const { manifest } = read;
  if (manifest.schemaVersion > latestVersion(MIGRATIONS)) {
    throw new DomainError(
      'database_from_future',
      'This backup was made by a newer version of Lantern. Install the newer Lantern to restore it.',
      undefined,
      { messageKey: 'errors.backup_from_newer_version' },
    );
  }
  return {
    name: basename(path),
    path,
    createdAt: manifest.createdAt,
    kind: manifest.kind,
    clinicName: manifest.clinicName,
    bytes: backupBytes(manifest),
    counts: manifest.counts,
  };
}

/** The backup's own keyring must open with an administrator's password in it, or its recovery key. */
async function unlockBackup(
  path: string,
  input: RestoreInput,
): Promise<{ key: Buffer; accountId: string | null }> {
  let keyring: Keyring;
  try {
    keyring = await Keyring.load(join(path, KEYRING_FILE));
  } catch {
    // The checksums matched, so the keyring is as written: it is not one Lantern can read.
    throw backupDamaged();
  }
  try {
    if (input.recoveryKey) {
      const recovery = parseRecoveryKey(input.recoveryKey);
      if (!recovery) throw new KeyringError('wrong_credentials', 'bad recovery key');
      return { key: await keyring.unlockWithRecoveryKey(recovery), accountId: null };
    }
    const unlocked = await keyring.unlockWithPassword(input.username, input.password);
    return { key: unlocked.databaseKey, accountId: unlocked.accountId };
  } catch (error) {
    if (error instanceof KeyringError && error.code === 'wrong_credentials') {
      throw new DomainError(
        'wrong_credentials',
        'That username and password (or recovery key) do not open this backup.',
        {
          password: 'validation.restore_wrong_credentials',
        },
        { messageKey: 'errors.restore_wrong_credentials' },
      );
    }
    throw error;
  }
}

export function lastRestore(dataDir: string): { restoredAt: string; backupName: string } | null {
  const read = readRestoreLog(dataDir);
  if (read.kind !== 'ok') return null;
  return { restoredAt: read.log.restoredAt, backupName: read.log.backupName };
}

/** The only names a restore moves aside and an undo moves back: nothing else is ever touched. */
const liveNames = (database: string, keyring: string) => [
  database,
  `${database}-wal`,
  `${database}-shm`,
  keyring,
  // What the data folder declares as carried by copy (paths.ts); evidence is never moved aside.
  ...replacedWithTheDatabase().map((name) => join(dirname(database), name)),
];

function moveLiveFilesAside(dataDir: string, database: string, keyring: string, label: string): string {
  const aside = join(dataDir, 'replaced', label);
  mkdirSync(aside, { recursive: true });
  for (const file of liveNames(database, keyring)) {
    if (existsSync(file)) renameSync(file, join(aside, basename(file)));
  }
  return aside;
}

/** Copies under temporary names first, so a failed copy never leaves half a database in place. */
export function putInPlace(fromDir: string, database: string, keyring: string): void {
  copyFileSync(join(fromDir, DATABASE_FILE), `${database}.restoring`);
  copyFileSync(join(fromDir, KEYRING_FILE), `${keyring}.restoring`);
  renameSync(`${database}.restoring`, database);
  renameSync(`${keyring}.restoring`, keyring);
  // The rest the backup carries (checked against its description before this is called).
  const read = readManifest(fromDir);
  if (read.ok && read.manifest.carried) putCarriedInPlace(fromDir, dirname(database), read.manifest.carried);
}

/**
 * Everything a restore or an import checks before touching the live data: the description and
 * checksums, the credentials (an active administrator of that clinic, or its recovery key), the
 * integrity of every page and the schema version. Returns the unwrapped key for the caller.
 */
export async function verifyBackupForRestore(
  path: string,
  input: RestoreInput,
): Promise<{ summary: BackupSummary; key: Buffer }> {
  const summary = inspectBackup(path);
  const { key, accountId } = await unlockBackup(path, input);
  const copy = openEncrypted(join(path, DATABASE_FILE), key, { readonly: true });
  try {
    if (copy.pragma('integrity_check', { simple: true }) !== 'ok') throw backupDamaged();
    if (schemaVersion(copy) > latestVersion(MIGRATIONS)) {
      throw new DomainError(
        'database_from_future',
        'This backup was made by a newer version of Lantern.',
        undefined,
        { messageKey: 'errors.backup_from_newer_version' },
      );
    }
    if (accountId) {
      const admin = findAccountById(copy, accountId);
      if (!admin || admin.status !== 'active' || !can(admin.role, 'settings:manage')) {
        throw new DomainError(
          'forbidden',
          'Only an administrator of the backed-up clinic can restore it.',
          { username: 'validation.not_an_administrator' },
          { messageKey: 'errors.restore_not_administrator' },
        );
      }
    }
    return { summary, key };
  } catch (error) {
    key.fill(0);
    throw error instanceof DomainError ? error : backupDamaged();
  } finally {
    copy.close();
  }
}

/**
 * Replaces the live data with a verified backup. Order matters: everything about the backup is
 * checked first while the live data is untouched; then the live files are moved aside (never
 * overwritten) and the backup copied in. Everyone is signed out; the restored clinic opens with
 * its own passwords.
 */
export async function restoreBackup(ws: Workstation, input: RestoreInput): Promise<null> {
  const session = ws.session.require();
  const { summary, key } = await verifyBackupForRestore(input.path, input);
  const db = ws.vault.database();
  appendAudit(
    db,
    {
      action: 'backup.restored',
      actor: actorOf(session.account),
      details: { from: summary.name, note: 'replaced by the backup' },
    },
    ws.now(),
  );
  ws.session.signOut();
  const stamp = ws.now().toISOString().replace(/[:.]/g, '-');
  const aside = moveLiveFilesAside(
    ws.files.dataDir,
    ws.files.database,
    ws.files.keyring,
    `before-restore-${stamp}`,
  );
  try {
    putInPlace(input.path, ws.files.database, ws.files.keyring);
  } catch (error) {
    // Put the live data back exactly as it was.
    for (const name of readdirSync(aside)) renameSync(join(aside, name), join(ws.files.dataDir, name));
    key.fill(0);
    logFileError('restore could not copy the backup into place', error);
    throw new DomainError(
      'backup_failed',
      'The backup could not be copied into place; nothing was changed. Check that the backup’s drive is still connected and try again.',
      undefined,
      { messageKey: 'errors.restore_copy_failed', problem: fileProblemOf(error) },
    );
  }
  ws.vault.forgetKeyring();
  writeRestoreLog(ws.files.dataDir, {
    restoredAt: ws.now().toISOString(),
    backupName: summary.name,
    keptAside: aside,
  });
  recordInRestored(ws, key, summary.name, session.account.fullName);
  return null;
}

/** The restored clinic's own audit trail says when and from which backup it was restored. */
export function recordInRestored(ws: Workstation, key: Buffer, backupName: string, byName: string): void {
  const restored = openEncrypted(ws.files.database, key);
  try {
    appendAudit(
      restored,
      { action: 'backup.restored', actor: { accountId: null, name: byName }, details: { from: backupName } },
      ws.now(),
    );
  } finally {
    restored.close();
    key.fill(0);
  }
}

/**
 * Puts back the data that was live before the last restore; the restored data is kept aside in
 * turn. The note naming the kept-aside folder is checked first (inside `replaced/`, holding a
 * database): a note pointing anywhere else is refused before anything is moved or deleted.
 */
export function undoRestore(ws: Workstation): null {
  const session = ws.session.require();
  const read = readRestoreLog(ws.files.dataDir);
  if (read.kind === 'untrusted') {
    throw new DomainError(
      'wrong_state',
      'The note about the last restore (replaced/last-restore.json) names a folder outside Lantern’s replaced folder, or is damaged. Nothing was changed; put the earlier data back by restoring a backup instead.',
      undefined,
      { messageKey: 'errors.undo_restore_untrusted' },
    );
  }
  if (read.kind === 'none' || !existsSync(join(read.folder, basename(ws.files.database)))) {
    throw new DomainError('wrong_state', 'There is no restore to undo.', undefined, {
      messageKey: 'errors.undo_restore_nothing',
    });
  }
  const { log, folder } = read;
  appendAudit(
    ws.vault.database(),
    { action: 'backup.restore_undone', actor: actorOf(session.account), details: { backup: log.backupName } },
    ws.now(),
  );
  ws.session.signOut();
  const stamp = ws.now().toISOString().replace(/[:.]/g, '-');
  moveLiveFilesAside(ws.files.dataDir, ws.files.database, ws.files.keyring, `undone-restore-${stamp}`);
  for (const file of liveNames(ws.files.database, ws.files.keyring)) {
    const kept = join(folder, basename(file));
    if (existsSync(kept)) renameSync(kept, file);
  }
  rmSync(folder, { recursive: true, force: true });
  rmSync(restoreLogFile(ws.files.dataDir), { force: true });
  ws.vault.forgetKeyring();
  return null;
}
