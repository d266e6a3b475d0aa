import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion, schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { openEncrypted } from '../../../src/main/db/open';
import { Keyring } from '../../../src/main/security/keyring';
import { ADMIN, setUpClinic, testLantern } from '../../helpers/lantern';

function runUntilKilled(args: string[]): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'upgrade-killer.ts'), ...args]);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

describe('power loss during an upgrade', () => {
  it('leaves the old schema intact and offers the copy taken before the upgrade on the next start', async () => {
    const clinic = await setUpClinic();
    clinic.core.close();
    expect(await runUntilKilled([clinic.dataDir, ADMIN.username, ADMIN.password])).toBe('SIGKILL');

    // The half-done upgrade left nothing behind in the live database.
    const keyring = await Keyring.load(join(clinic.dataDir, 'lantern.keyring'));
    const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
    const live = openEncrypted(join(clinic.dataDir, 'lantern.db'), databaseKey.toString('hex'));
    expect(schemaVersion(live)).toBe(latestVersion(MIGRATIONS));
    expect(live.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'half_done'`).pluck().get()).toBe(0);
    expect(live.pragma('integrity_check', { simple: true })).toBe('ok');
    live.close();

    const next = testLantern({ dataDir: clinic.dataDir });
    const status = await next.call('app:status', {});
    expect(status.interruptedUpgrade).toMatchObject({
      from: latestVersion(MIGRATIONS),
      to: latestVersion(MIGRATIONS) + 1,
    });
    const wrong = await next.refuse('backup:restorePreUpgrade', {
      username: ADMIN.username,
      password: 'wrong-password-here',
    });
    expect(wrong.code).toBe('wrong_credentials');
    await next.call('backup:restorePreUpgrade', { username: ADMIN.username, password: ADMIN.password });
    expect((await next.call('app:status', {})).interruptedUpgrade).toBeNull();
    await next.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    expect((await next.call('audit:verify', {})).intact).toBe(true);
    const restored = await next.call('audit:list', { action: 'backup.restored', limit: 5 });
    expect(restored.entries[0]?.details).toMatchObject({ reason: 'interrupted upgrade' });
  }, 60_000);

  it('without an interrupted upgrade there is nothing to put back', async () => {
    const clinic = await setUpClinic();
    await clinic.call('auth:signOut', {});
    expect((await clinic.call('app:status', {})).interruptedUpgrade).toBeNull();
    expect(
      (
        await clinic.refuse('backup:restorePreUpgrade', {
          username: ADMIN.username,
          password: ADMIN.password,
        })
      ).code,
    ).toBe('wrong_state');
  });
});
