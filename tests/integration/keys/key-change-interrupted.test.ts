import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../src/main/db/open';
import { dataFiles } from '../../../src/main/paths';
import { Keyring } from '../../../src/main/security/keyring';
import { stageKeyChange } from '../../../src/main/security/rotate-files';
import { ADMIN, setUpClinic } from '../../helpers/lantern';

/** A key change committed on disk (marker written), as a process would leave it before the swap. */
async function commitKeyChange(dataDir: string): Promise<Buffer> {
  const files = dataFiles(dataDir);
  const keyring = await Keyring.load(files.keyring);
  const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
  const nextKey = randomBytes(32);
  const db = openEncrypted(files.database, databaseKey);
  try {
    stageKeyChange({
      db,
      files,
      currentKey: databaseKey,
      nextKey,
      keyringText: keyring.rotated(databaseKey, nextKey).text,
    });
  } finally {
    db.close();
  }
  return nextKey;
}

describe('a key change cut short in a running Lantern', () => {
  it('a swap that stopped half way (database renamed, keyring not) is finished before the next sign-in', async () => {
    const clinic = await setUpClinic();
    await clinic.call('auth:signOut', {});
    const nextKey = await commitKeyChange(clinic.dataDir);
    const files = dataFiles(clinic.dataDir);
    rmSync(`${files.database}-wal`, { force: true });
    renameSync(files.rekeyedDatabase, files.database); // …and then the keyring rename failed

    await clinic.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const keyring = await Keyring.load(files.keyring);
    expect(
      (await keyring.unlockWithPassword(ADMIN.username, ADMIN.password)).databaseKey.equals(nextKey),
    ).toBe(true);
  }, 30_000);

  it('a new key change refuses to start over a committed one instead of discarding it', async () => {
    const clinic = await setUpClinic();
    await clinic.call('auth:signOut', {});
    await commitKeyChange(clinic.dataDir);
    await expect(commitKeyChange(clinic.dataDir)).rejects.toThrow(/still being put in place/);
  }, 30_000);
});
