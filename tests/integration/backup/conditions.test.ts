import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBackup } from '../../../src/main/backup/snapshot';
import { Keyring } from '../../../src/main/security/keyring';
import { clinicWithStaff } from '../../helpers/clinic';
import { encryptedTestDatabase } from '../../helpers/db';
import { ADMIN } from '../../helpers/lantern';
import { tempDir } from '../../helpers/temp-dir';

/** Small real file systems for "disk full" and "read-only"; needs root (CI and these machines run as root). */
const mounted: string[] = [];
function mountTmpfs(options: string): string | null {
  const dir = tempDir('lantern-mnt-');
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  if (result.status !== 0) return null;
  mounted.push(dir);
  return dir;
}
afterEach(() => {
  while (mounted.length) spawnSync('umount', ['-l', mounted.pop() as string]);
});
const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;

function liveDatabase() {
  const handle = encryptedTestDatabase();
  handle.db.exec(
    `INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x')`,
  );
  const keyringFile = join(handle.dir, 'lantern.keyring');
  // Any readable file stands in for the keyring here: these tests are about the folder, not the key.
  spawnSync('cp', [handle.file, keyringFile]);
  return { ...handle, keyringFile };
}

const backupInto = (
  live: ReturnType<typeof liveDatabase>,
  folder: string,
  onStage?: (stage: string) => void,
) =>
  writeBackup({
    db: live.db,
    databaseKey: live.key,
    keyringFile: live.keyringFile,
    clinicName: 'Test Clinic',
    folder,
    kind: 'manual',
    now: new Date(),
    ...(onStage ? { onStage } : {}),
  });

describe('backups under bad conditions', () => {
  // Skipped only where tmpfs cannot be mounted (not root); CI runs as root.
  it.skipIf(!canMount)(
    'a full backup drive: a clear message, no partial backup left, the live database untouched',
    () => {
      const live = liveDatabase();
      live.db.exec(
        `CREATE TABLE filler (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) INSERT INTO filler SELECT randomblob(4096) FROM n;`,
      );
      const drive = mountTmpfs('size=256k') as string;
      let message = '';
      try {
        backupInto(live, drive);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/backup drive is full/);
      expect(readdirSync(drive)).toEqual([]);
      expect(live.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(live.db.prepare('SELECT count(*) FROM filler').pluck().get()).toBe(200);
    },
  );

  it.skipIf(!canMount)('a read-only drive: a clear message and nothing written', () => {
    const live = liveDatabase();
    const drive = mountTmpfs('size=1m,ro') as string;
    expect(() => backupInto(live, drive)).toThrow(/may not write/);
    expect(readdirSync(drive)).toEqual([]);
  });

  it('the drive removed in the middle: a clear message and no backup that looks valid', () => {
    const live = liveDatabase();
    const folder = join(tempDir(), 'usb');
    mkdirSync(folder);
    expect(() =>
      backupInto(live, folder, (stage) => {
        if (stage === 'verify') spawnSync('rm', ['-rf', folder]);
      }),
    ).toThrow(/disappeared|not available|could not be written/);
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    expect(live.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('snapshot consistency', () => {
  it('a backup taken while another process keeps writing opens and verifies', async () => {
    const clinic = await clinicWithStaff();
    const folder = join(tempDir(), 'backups');
    await clinic.call('backup:updateSettings', { folder, automatic: false, keepDaily: 14, keepMonthly: 12 });
    const keyring = await Keyring.load(join(clinic.dataDir, 'lantern.keyring'));
    const { databaseKey, accountId } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
    const writer = spawn(process.execPath, [
      '--import',
      'tsx',
      join(__dirname, 'concurrent-writer.ts'),
      join(clinic.dataDir, 'lantern.db'),
      databaseKey.toString('hex'),
      accountId,
    ]);
    try {
      await new Promise<void>((resolve, reject) => {
        writer.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('writing') && resolve());
        writer.on('exit', (code) => reject(new Error(`writer exited early (${code})`)));
      });
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const backup = await clinic.call('backup:run', {});
        const inspected = await clinic.call('backup:inspect', { path: backup.path });
        counts.push(inspected.counts.saved_views as number);
      }
      expect(counts[0]).toBeGreaterThan(0);
      expect(counts[2]).toBeGreaterThan(counts[0] as number);
    } finally {
      writer.kill('SIGKILL');
    }
  });
});
