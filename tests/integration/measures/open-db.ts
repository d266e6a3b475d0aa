import { join } from 'node:path';
import { openEncrypted } from '../../../src/main/db/open';
import { Keyring } from '../../../src/main/security/keyring';
import { ADMIN } from '../../helpers/lantern';

/**
 * The clinic's real encrypted file, opened with the administrator's key slot, for functions
 * other features call with a `db` (the caseload's measures columns). Sign out first.
 */
export async function encryptedDbOf(clinic: { dataDir: string }) {
  const keyring = await Keyring.load(join(clinic.dataDir, 'lantern.keyring'));
  const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
  return openEncrypted(join(clinic.dataDir, 'lantern.db'), Buffer.from(databaseKey), { create: false });
}
