import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicWithStaff, client } from '../../helpers/clinic';
import { ADMIN, testLantern } from '../../helpers/lantern';
import { tempDir } from '../../helpers/temp-dir';

async function exportedClinic() {
  const clinic = await clinicWithStaff();
  const folder = tempDir('lantern-usb-');
  await clinic.call('backup:updateSettings', { folder, automatic: false, keepDaily: 14, keepMonthly: 12 });
  await clinic.as('cam');
  const added = await clinic.call('clients:create', { client: client() });
  await clinic.as('ada');
  const exported = await clinic.call('backup:exportClinic', {});
  return { clinic, exported, clientId: added.id };
}

describe('moving to a new computer', () => {
  it('exports one encrypted clinic file and imports it in the first-run setup of a new installation', async () => {
    const { exported, clientId } = await exportedClinic();
    expect(exported.path.endsWith('.lanternclinic')).toBe(true);
    expect(readFileSync(exported.path).includes(Buffer.from('Jonathan'))).toBe(false);

    const fresh = testLantern();
    expect((await fresh.call('app:status', {})).state).toBe('setup');
    const wrong = await fresh.refuse('setup:importClinic', {
      path: exported.path,
      username: ADMIN.username,
      password: 'not-it-at-all',
    });
    expect(wrong.code).toBe('wrong_credentials');
    expect(existsSync(join(fresh.dataDir, 'lantern.db'))).toBe(false);

    await fresh.call('setup:importClinic', {
      path: exported.path,
      username: ADMIN.username,
      password: ADMIN.password,
    });
    expect((await fresh.call('app:status', {})).state).toBe('locked');
    await fresh.call('auth:signIn', { username: 'cam', password: 'harbor-final-pass-0002' });
    expect((await fresh.call('caseload:list', {})).rows.map((r) => r.id)).toEqual([clientId]);
    expect((await fresh.refuse('setup:importClinic', { path: exported.path, recoveryKey: 'x' })).code).toBe(
      'wrong_state',
    );
  });

  it('the recovery key works too; a damaged clinic file is refused and the new installation stays empty', async () => {
    const { clinic, exported } = await exportedClinic();
    const damaged = join(tempDir(), 'damaged.lanternclinic');
    const bytes = readFileSync(exported.path);
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const fresh = testLantern();
    const error = await fresh.refuse('setup:importClinic', {
      path: damaged,
      recoveryKey: clinic.recoveryKey,
    });
    expect(['backup_invalid']).toContain(error.code);
    expect(readdirSync(fresh.dataDir)).toEqual([]);
    await fresh.call('setup:importClinic', { path: exported.path, recoveryKey: clinic.recoveryKey });
    expect((await fresh.call('app:status', {})).state).toBe('locked');
  });
});

describe('exporting on a new installation', () => {
  it('creates the backup folder when its parent exists, and accepts a quoted pasted path on import', async () => {
    const clinic = await clinicWithStaff();
    const folder = join(tempDir('lantern-docs-'), 'Lantern Backups');
    await clinic.call('backup:updateSettings', { folder, automatic: false, keepDaily: 14, keepMonthly: 12 });
    const exported = await clinic.call('backup:exportClinic', {});
    expect(existsSync(exported.path)).toBe(true);
    const fresh = testLantern();
    await fresh.call('setup:importClinic', {
      path: `"${exported.path}"`,
      username: ADMIN.username,
      password: ADMIN.password,
    });
    expect((await fresh.call('app:status', {})).state).toBe('locked');
  });
});
