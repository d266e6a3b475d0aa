import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UPGRADE_MARKER } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { clinicWithStaff, STAFF } from '../../helpers/clinic';
import { ADMIN, testLantern } from '../../helpers/lantern';
import { tempDir } from '../../helpers/temp-dir';

const v = MIGRATIONS.length;

/**
 * The state a power cut during an upgrade leaves: the copy taken before it in pre-migration/ and
 * the note naming it. Built by hand (a closed clinic's file is a faithful copy) so each test can
 * doctor the note.
 */
async function interruptedClinic(copyAs?: (dataDir: string, copy: string) => string) {
  const clinic = await clinicWithStaff();
  clinic.core.close();
  const dir = join(clinic.dataDir, 'pre-migration');
  mkdirSync(dir, { recursive: true });
  const copy = join(dir, `lantern-v${v}-2026-01-01T00-00-00-000Z.db`);
  copyFileSync(join(clinic.dataDir, 'lantern.db'), copy);
  const named = copyAs ? copyAs(clinic.dataDir, copy) : `lantern-v${v}-2026-01-01T00-00-00-000Z.db`;
  writeFileSync(
    join(dir, UPGRADE_MARKER),
    JSON.stringify({ from: v, to: v + 1, copy: named, startedAt: '2026-01-01T00:00:00.000Z' }),
  );
  return { dataDir: clinic.dataDir, next: testLantern({ dataDir: clinic.dataDir }) };
}

describe('putting back the copy taken before an interrupted upgrade', () => {
  it('gives one answer for an unknown user, a wrong password and a non-administrator’s right password', async () => {
    const { next } = await interruptedClinic();
    const answers = [
      await next.refuse('backup:restorePreUpgrade', { username: 'nobody', password: 'whatever-it-is-1' }),
      await next.refuse('backup:restorePreUpgrade', { username: ADMIN.username, password: 'wrong-pass-999' }),
      await next.refuse('backup:restorePreUpgrade', { username: 'cam', password: STAFF.cam?.password }),
    ];
    for (const answer of answers) {
      expect(answer.code).toBe('wrong_credentials');
      expect(answer.fields).toBeUndefined();
    }
    expect(new Set(answers.map((a) => a.message)).size).toBe(1);
  });

  it('is throttled like sign-in, right password or not, and the failures reach the audit trail', async () => {
    const { next } = await interruptedClinic();
    for (let i = 0; i < 5; i++)
      await next.refuse('backup:restorePreUpgrade', { username: 'cam', password: STAFF.cam?.password });
    const held = await next.refuse('backup:restorePreUpgrade', {
      username: ADMIN.username,
      password: ADMIN.password,
    });
    expect(held.code).toBe('throttled');
    // The same guard as sign-in: signing in waits too.
    expect(
      (await next.refuse('auth:signIn', { username: ADMIN.username, password: ADMIN.password })).code,
    ).toBe('throttled');
    expect((await next.call('app:status', {})).interruptedUpgrade).not.toBeNull();
  });

  it('audits the failed attempts at the next sign-in and the restore in the restored database', async () => {
    const { next } = await interruptedClinic();
    await next.refuse('backup:restorePreUpgrade', { username: 'cam', password: STAFF.cam?.password });
    await next.call('backup:restorePreUpgrade', { username: ADMIN.username, password: ADMIN.password });
    await next.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const failed = await next.call('audit:list', { action: 'auth.sign_in_failed', limit: 5 });
    expect(failed.entries).toHaveLength(1);
    expect(failed.entries[0]?.details).toMatchObject({ recordedAtNextSignIn: true });
    const restored = await next.call('audit:list', { action: 'backup.restored', limit: 5 });
    expect(restored.entries[0]?.details).toMatchObject({ reason: 'interrupted upgrade' });
    expect(restored.entries[0]?.actorName).toBe(ADMIN.fullName);
  });

  for (const [label, copyAs] of [
    [
      'an absolute path outside the pre-migration folder',
      (_dataDir: string, copy: string) => {
        const outside = join(tempDir('lantern-planted-'), `lantern-v${v}-2026-01-01T00-00-00-000Z.db`);
        copyFileSync(copy, outside);
        return outside;
      },
    ],
    ['a relative path climbing out of it', () => join('..', 'lantern.db')],
    ['an absolute path climbing out of it', (dataDir: string) => `${dataDir}/pre-migration/../lantern.db`],
    [
      'a file in the folder that is not one of its copies',
      (dataDir: string) => {
        const planted = join(dataDir, 'pre-migration', 'planted.db');
        writeFileSync(planted, readFileSync(join(dataDir, 'lantern.db')));
        return planted;
      },
    ],
  ] as const) {
    it(`ignores a note that names ${label}`, async () => {
      const { next, dataDir } = await interruptedClinic(copyAs);
      const live = readFileSync(join(dataDir, 'lantern.db'));
      expect((await next.call('app:status', {})).interruptedUpgrade).toBeNull();
      const refused = await next.refuse('backup:restorePreUpgrade', {
        username: ADMIN.username,
        password: ADMIN.password,
      });
      expect(refused.code).toBe('wrong_state');
      expect(readFileSync(join(dataDir, 'lantern.db'))).toEqual(live);
    });
  }

  it('still accepts a note from an older Lantern holding the full path of its own copy', async () => {
    const { next } = await interruptedClinic((_dataDir, copy) => copy);
    expect((await next.call('app:status', {})).interruptedUpgrade).toMatchObject({ from: v });
    await next.call('backup:restorePreUpgrade', { username: ADMIN.username, password: ADMIN.password });
    expect((await next.call('app:status', {})).interruptedUpgrade).toBeNull();
  });
});
