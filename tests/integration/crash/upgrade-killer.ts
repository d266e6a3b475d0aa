/**
 * A Lantern whose next schema upgrade loses power half-way: the migration's own code kills the
 * process in the middle of its transaction.
 * `node --import tsx upgrade-killer.ts <data dir> <username> <password>`
 */
import { createLantern } from '../../../src/main/core/lantern';
import { latestVersion, type Migration } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { OWASP_MINIMUM_KDF } from '../../../src/main/security/kdf';

const [dataDir, username, password] = process.argv.slice(2) as [string, string, string];
const powerCut: Migration = {
  version: latestVersion(MIGRATIONS) + 1,
  name: 'power-cut',
  up(db) {
    db.exec('CREATE TABLE half_done (x TEXT); INSERT INTO half_done VALUES (1);');
    process.kill(process.pid, 'SIGKILL');
  },
};
const core = createLantern({
  dataDir,
  kdf: OWASP_MINIMUM_KDF,
  migrations: [...MIGRATIONS, powerCut],
  logError: () => undefined,
});
await core.invoke('auth:signIn', { username, password });
