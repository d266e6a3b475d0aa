import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, setUpClinic, testLantern } from '../helpers/lantern';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the files beside the database', () => {
  it('a corrupted keyring gives a clear error at sign-in and leaves both files untouched', async () => {
    const lantern = await setUpClinic();
    lantern.core.close();
    const keyringFile = join(lantern.dataDir, 'lantern.keyring');
    const dbFile = join(lantern.dataDir, 'lantern.db');
    writeFileSync(keyringFile, readFileSync(keyringFile).subarray(0, 100));
    const before = { keyring: digest(keyringFile), db: digest(dbFile) };
    const reopened = testLantern({ dataDir: lantern.dataDir });
    const error = await reopened.refuse('auth:signIn', {
      username: ADMIN.username,
      password: ADMIN.password,
    });
    expect(error.code).toBe('keyring_corrupt');
    expect(error.message).toMatch(/keyring/i);
    expect({ keyring: digest(keyringFile), db: digest(dbFile) }).toEqual(before);
  });

  it('a missing keyring beside an existing database is explained, not treated as a new installation', async () => {
    const lantern = await setUpClinic();
    lantern.core.close();
    rmSync(join(lantern.dataDir, 'lantern.keyring'));
    const reopened = testLantern({ dataDir: lantern.dataDir });
    expect((await reopened.call('app:status', {})).state).toBe('locked');
    const error = await reopened.refuse('auth:signIn', {
      username: ADMIN.username,
      password: ADMIN.password,
    });
    expect(error).toMatchObject({ code: 'keyring_corrupt' });
    expect(error.message).toMatch(/missing.*backup/i);
    expect((await reopened.refuse('setup:create', { ...ADMIN, passwordConfirm: ADMIN.password })).code).toBe(
      'wrong_state',
    );
  });

  it('setup interrupted after the keyring was written is finished on the next start', async () => {
    const lantern = await setUpClinic();
    lantern.core.close();
    renameSync(join(lantern.dataDir, 'lantern.db'), join(lantern.dataDir, 'lantern.db.partial'));
    const reopened = testLantern({ dataDir: lantern.dataDir });
    await reopened.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(existsSync(join(lantern.dataDir, 'lantern.db.partial'))).toBe(false);
  });

  it('setup interrupted before the keyring existed starts over cleanly', async () => {
    const lantern = await setUpClinic();
    lantern.core.close();
    renameSync(join(lantern.dataDir, 'lantern.db'), join(lantern.dataDir, 'lantern.db.partial'));
    rmSync(join(lantern.dataDir, 'lantern.keyring'));
    const reopened = testLantern({ dataDir: lantern.dataDir });
    expect((await reopened.call('app:status', {})).state).toBe('setup');
    expect(existsSync(join(lantern.dataDir, 'lantern.db.partial'))).toBe(false);
    await reopened.call('setup:create', { ...ADMIN, passwordConfirm: ADMIN.password });
  });
});
