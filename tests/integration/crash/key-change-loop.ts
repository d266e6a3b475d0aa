/**
 * Changes the database key over and over through Lantern's real channel, in a process the test
 * kills: prints "ready" once signed in and "changed" after every completed change.
 * `node --import tsx key-change-loop.ts <data dir> <username> <password>`
 */
import { createLantern } from '../../../src/main/core/lantern';
import { OWASP_MINIMUM_KDF } from '../../../src/main/security/kdf';

const [dataDir, username, password] = process.argv.slice(2) as [string, string, string];
const core = createLantern({
  dataDir,
  kdf: OWASP_MINIMUM_KDF,
  defaultBackupFolder: `${dataDir}/backups`,
  logError: () => undefined,
});
const signedIn = await core.invoke('auth:signIn', { username, password });
if (!signedIn.ok) throw new Error(signedIn.error.message);
process.stdout.write('ready\n');
for (;;) {
  const result = await core.invoke('security:rotateDatabaseKey', {});
  if (!result.ok) throw new Error(result.error.message);
  process.stdout.write('changed\n');
}
