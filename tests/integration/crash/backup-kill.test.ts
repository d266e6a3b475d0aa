import { spawn } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, setUpClinic, testLantern } from '../../helpers/lantern';
import { tempDir } from '../../helpers/temp-dir';

function killDuringBackup(dataDir: string, when: 'copying' | 'renamed'): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      join(__dirname, 'backup-killer.ts'),
      dataDir,
      ADMIN.username,
      ADMIN.password,
      when,
    ]);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

/** Automatic backups off: the only backups in the folder are the ones each test takes. */
async function clinicWithFolder() {
  const clinic = await setUpClinic();
  const folder = join(tempDir('lantern-usb-'), 'Lantern Backups');
  await clinic.call('backup:updateSettings', { folder, automatic: false, keepDaily: 14, keepMonthly: 12 });
  clinic.core.close();
  return { dataDir: clinic.dataDir, folder };
}

const partials = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('.partial-'));

describe('Lantern killed during a backup', () => {
  it('leaves half-written copies that the next backup removes, whatever their names', async () => {
    const { dataDir, folder } = await clinicWithFolder();
    expect(await killDuringBackup(dataDir, 'copying')).toBe('SIGKILL');
    expect(await killDuringBackup(dataDir, 'copying')).toBe('SIGKILL');
    expect(partials(folder).length).toBeGreaterThanOrEqual(1);
    // One from a crash on another day, under another name.
    cpSync(
      join(folder, partials(folder)[0] as string),
      join(folder, '.partial-Lantern-Clinic-2026-01-02_03-04-05-daily'),
      {
        recursive: true,
      },
    );

    const next = testLantern({ dataDir });
    await next.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const backup = await next.call('backup:run', {});
    expect(partials(folder)).toEqual([]);
    expect(readdirSync(folder)).toEqual([backup.name]);
  }, 60_000);

  it('a verified backup renamed into place just before the kill is counted by status and audited', async () => {
    const { dataDir, folder } = await clinicWithFolder();
    expect(await killDuringBackup(dataDir, 'renamed')).toBe('SIGKILL');
    const [name] = readdirSync(folder);
    expect(name).toMatch(/^Lantern-.*-manual$/);

    const next = testLantern({ dataDir });
    await next.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const status = await next.call('backup:status', {});
    expect(status.lastVerifiedAt).not.toBeNull();
    expect(status.needsAttention).toBe(false);
    expect(status.backups.map((b) => b.name)).toEqual([name]);
    const created = await next.call('audit:list', { action: 'backup.created', limit: 5 });
    expect(created.entries).toHaveLength(1);
    expect(created.entries[0]?.details).toMatchObject({ name, recordedAfterInterruption: true });
    // Recorded once, however often status is asked.
    await next.call('backup:status', {});
    expect((await next.call('audit:list', { action: 'backup.created', limit: 5 })).entries).toHaveLength(1);
  }, 60_000);

  it('a backup of another clinic dropped into the folder is not counted as this clinic’s', async () => {
    const { dataDir, folder } = await clinicWithFolder();
    const other = await setUpClinic();
    await other.call('backup:updateSettings', { folder, automatic: false, keepDaily: 14, keepMonthly: 12 });
    await other.call('backup:run', {});
    const mine = testLantern({ dataDir });
    await mine.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const status = await mine.call('backup:status', {});
    expect(status.lastVerifiedAt).toBeNull();
    expect((await mine.call('audit:list', { action: 'backup.created', limit: 5 })).entries).toHaveLength(0);
  }, 60_000);
});
