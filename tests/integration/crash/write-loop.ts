/**
 * Lantern's real write path in a process the test kills: signs in and adds clients through the
 * core, printing "ack <client number>" only after each save was acknowledged.
 * `node --import tsx write-loop.ts <data dir> <username> <password> <prefix>`
 */
import { createLantern } from '../../../src/main/core/lantern';
import { OWASP_MINIMUM_KDF } from '../../../src/main/security/kdf';

const [dataDir, username, password, prefix] = process.argv.slice(2) as [string, string, string, string];
const core = createLantern({
  dataDir,
  kdf: OWASP_MINIMUM_KDF,
  defaultBackupFolder: `${dataDir}/backups`,
  logError: () => undefined,
});
const signedIn = await core.invoke('auth:signIn', { username, password });
if (!signedIn.ok) throw new Error(signedIn.error.message);
for (let i = 0; ; i++) {
  const clientNumber = `${prefix}-${i}`;
  const result = await core.invoke('clients:create', {
    client: {
      clientNumber,
      legalFirstName: `Crash${i}`,
      legalLastName: `Test${prefix}`,
      birthDate: '1985-05-05',
    },
    duplicatesReviewed: true,
  });
  if (!result.ok) throw new Error(result.error.message);
  process.stdout.write(`ack ${clientNumber}\n`);
}
