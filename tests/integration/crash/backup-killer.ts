/**
 * A Lantern killed in the middle of "Back up now".
 * `node --import tsx backup-killer.ts <data dir> <username> <password> <when>`
 * - `copying`: SIGKILL while the copy is being verified (a `.partial-` folder is left);
 * - `renamed`: SIGKILL right after the verified folder got its final name, before its record and
 *   audit entry are written.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename } from 'node:path';
import { createLantern } from '../../../src/main/core/lantern';
import { OWASP_MINIMUM_KDF } from '../../../src/main/security/kdf';

const [dataDir, username, password, when] = process.argv.slice(2) as [string, string, string, string];
const kill = () => process.kill(process.pid, 'SIGKILL');

if (when === 'renamed') {
  const rename = fs.renameSync;
  fs.renameSync = (from, to) => {
    rename(from, to);
    if (basename(String(from)).startsWith('.partial-')) kill();
  };
  // The backup code imports renameSync by name: make that binding see the wrapper too.
  syncBuiltinESMExports();
}

const core = createLantern({ dataDir, kdf: OWASP_MINIMUM_KDF, logError: () => undefined });
if (when === 'copying')
  core.onEvent((event, payload) => {
    if (event === 'backup:progress' && (payload as { stage: string }).stage === 'verify') kill();
  });
await core.invoke('auth:signIn', { username, password });
await core.invoke('backup:run', {});
process.stdout.write('backup finished without being killed\n');
