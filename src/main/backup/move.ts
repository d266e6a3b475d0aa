import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as tar from 'tar';
import type { z } from 'zod';
import type { restoreInputSchema } from '../../shared/contracts/backup';
import { actorOf, appendAudit } from '../audit/service';
import type { Workstation } from '../workstation/workstation';
import { DomainError, wrongState } from '../errors';
import { readSettings } from '../settings/repository';
import { DATABASE_FILE, KEYRING_FILE, MANIFEST_FILE, entryOfCarriedPath } from './manifest';
import { peekClinicFile } from './clinic-file';
import { backupDamaged, fileProblemOf, fileProblemText, logFileError, notABackup } from './problems';
import { putInPlace, recordInRestored, verifyBackupForRestore } from './restore';
import { readBackupSettings } from './service';
import { BackupError, folderUnavailable, writeBackup } from './snapshot';

export const CLINIC_FILE_EXTENSION = '.lanternclinic';
/** Every clinic file holds these; what else it holds is in its backup.json (`carried`). */
const MEMBERS = [MANIFEST_FILE, DATABASE_FILE, KEYRING_FILE];

/**
 * "Export clinic": one file to carry to a new computer. It is a verified backup (encrypted
 * database, keyring, description) packed with tar; nothing in it is readable without a staff
 * password or the recovery key.
 */
export async function exportClinic(ws: Workstation): Promise<{ path: string; bytes: number }> {
  const { account } = ws.session.require();
  const db = ws.vault.database();
  const folder = readBackupSettings(ws).folder;
  const staging = mkdtempSync(join(tmpdir(), 'lantern-export-'));
  try {
    const backup = writeBackup({
      db,
      databaseKey: ws.vault.key(),
      keyringFile: ws.files.keyring,
      dataDir: ws.files.dataDir,
      clinicName: readSettings(db).clinicName,
      folder: staging,
      kind: 'manual',
      now: ws.now(),
    });
    const name = `${backup.path.slice(staging.length + 1).replace(/-manual$/, '')}${CLINIC_FILE_EXTENSION}`;
    // Like a backup: the folder is made if its parent exists (Documents on a new installation).
    if (!existsSync(folder) && existsSync(dirname(folder))) mkdirSync(folder);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw folderUnavailable(folder);
    const path = join(folder, name);
    const carried = Object.keys(backup.manifest.carried ?? {});
    await tar.create({ file: path, cwd: backup.path, portable: true }, [...MEMBERS, ...carried]);
    appendAudit(
      db,
      { action: 'backup.created', actor: actorOf(account), details: { name, kind: 'clinic_export' } },
      ws.now(),
    );
    return { path, bytes: backup.bytes };
  } catch (error) {
    if (error instanceof BackupError) throw error.toDomainError();
    logFileError('clinic export failed', error);
    const problem = fileProblemOf(error);
    throw new DomainError('backup_failed', fileProblemText(problem, folder), undefined, {
      messageKey: `errors.backup_${problem}`,
      folder,
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * First run on a new computer: instead of setting up an empty clinic, bring one in from a clinic
 * file (or a backup folder), proven by an administrator's password or the recovery key.
 */
export async function importClinic(
  ws: Workstation,
  input: z.output<typeof restoreInputSchema>,
): Promise<null> {
  if (ws.state !== 'setup')
    throw wrongState(
      'errors.clinic_already_here',
      'Lantern already has a clinic on this computer. Use Restore in Administration instead.',
    );
  const unpacked = input.path.endsWith(CLINIC_FILE_EXTENSION)
    ? mkdtempSync(join(tmpdir(), 'lantern-import-'))
    : null;
  try {
    if (unpacked) {
      // Recognised by its description before anything is unpacked (see peekClinicFile).
      if (!peekClinicFile(input.path)) throw notABackup();
      try {
        // Only the expected files and what the data folder declares as carried (a file, or files
        // inside a declared folder); tar already refuses absolute paths and "..".
        await tar.extract({
          file: input.path,
          cwd: unpacked,
          strict: true,
          filter: (path, entry) =>
            MEMBERS.includes(path) ||
            ('type' in entry && entry.type === 'File' && entryOfCarriedPath(path) !== null),
        });
      } catch {
        throw backupDamaged();
      }
      if (!MEMBERS.every((name) => existsSync(join(unpacked, name)))) throw backupDamaged();
    }
    const source = unpacked ?? input.path;
    const { summary, key } = await verifyBackupForRestore(source, input);
    ws.prepareDataDir();
    putInPlace(source, ws.files.database, ws.files.keyring);
    ws.vault.forgetKeyring();
    recordInRestored(ws, key, summary.name, input.username || 'recovery key');
    return null;
  } finally {
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  }
}
