/**
 * Backup figures for `npm run bench`: how long Lantern's verified backup of a clinic takes (the
 * consistent VACUUM INTO snapshot, the integrity check of every page, row counts, checksums), how
 * long checking a backup takes on its own, and how long a restore's copy-and-check takes.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { filesMatchManifest, readManifest } from '../src/main/backup/manifest';
import { tableCounts, writeBackup } from '../src/main/backup/snapshot';
import type { Db } from '../src/main/db/open';
import { openEncrypted } from '../src/main/db/open';
import { OWASP_MINIMUM_KDF } from '../src/main/security/kdf';
import { Keyring } from '../src/main/security/keyring';
import { generateRecoveryKey } from '../src/main/security/recovery-key';

export interface BackupFigures {
  size: number;
  databaseMiB: number;
  backupSeconds: number;
  verifySeconds: number;
  restoreSeconds: number;
  backupMiBPerSecond: number;
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function measureBackups(
  db: Db,
  keyHex: string,
  dir: string,
  size: number,
  reps = 3,
): Promise<BackupFigures> {
  const keyringFile = join(dir, 'bench.keyring');
  await Keyring.create(keyringFile, {
    clinicName: 'Bench Clinic',
    databaseKey: Buffer.from(keyHex, 'hex'),
    account: { accountId: 'bench-admin', username: 'admin', password: 'bench-admin-password-1' },
    recoveryKey: generateRecoveryKey().bytes,
    kdf: OWASP_MINIMUM_KDF,
  });
  const backups = join(dir, 'backups');
  mkdirSync(backups, { recursive: true });
  const backupTimes: number[] = [];
  const verifyTimes: number[] = [];
  const restoreTimes: number[] = [];
  let databaseMiB = 0;
  for (let i = 0; i < reps; i++) {
    let start = process.hrtime.bigint();
    const backup = writeBackup({
      db,
      databaseKey: Buffer.from(keyHex, 'hex'),
      keyringFile,
      clinicName: 'Bench Clinic',
      folder: backups,
      kind: 'manual',
      now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
    });
    backupTimes.push(seconds(start));
    databaseMiB = backup.manifest.files.database.bytes / 2 ** 20;

    // Checking a backup as a restore does: description, checksums, every page, counts.
    start = process.hrtime.bigint();
    const read = readManifest(backup.path);
    if (!read.ok || filesMatchManifest(backup.path, read.manifest))
      throw new Error('backup did not check out');
    const copy = openEncrypted(join(backup.path, 'lantern.db'), keyHex, { readonly: true });
    if (copy.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error('integrity');
    tableCounts(copy);
    copy.close();
    verifyTimes.push(seconds(start));

    // A restore's own work after checking: copy into place under a temporary name, rename, open.
    start = process.hrtime.bigint();
    const target = join(dir, `restored-${i}.db`);
    copyFileSync(join(backup.path, 'lantern.db'), `${target}.restoring`);
    copyFileSync(join(backup.path, 'lantern.keyring'), `${target}.keyring`);
    rmSync(target, { force: true });
    copyFileSync(`${target}.restoring`, target);
    const restored = openEncrypted(target, keyHex, { readonly: true });
    restored.prepare('SELECT count(*) FROM clients').get();
    restored.close();
    restoreTimes.push(seconds(start));
    rmSync(backup.path, { recursive: true, force: true });
    rmSync(target, { force: true });
    rmSync(`${target}.restoring`, { force: true });
    rmSync(`${target}.keyring`, { force: true });
  }
  const backupSeconds = median(backupTimes);
  return {
    size,
    databaseMiB,
    backupSeconds,
    verifySeconds: median(verifyTimes),
    restoreSeconds: median(restoreTimes),
    backupMiBPerSecond: databaseMiB / backupSeconds,
  };
}
