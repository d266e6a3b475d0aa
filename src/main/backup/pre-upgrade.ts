import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { can } from '../../shared/domain/roles';
import { findAccountById } from '../accounts/repository';
import { appendAudit } from '../audit/service';
import { isWrongCredentials, incorrectCredentials } from '../auth/credentials';
import type { Workstation } from '../core/workstation';
import { openEncrypted } from '../db/open';
import { DomainError, wrongState } from '../errors';

/**
 * Puts back the copy taken just before an upgrade that was cut short. The copy has the same key
 * as the live database, so the current keyring opens it; the live files are kept aside.
 */
export async function restorePreUpgradeCopy(
  ws: Workstation,
  input: { username: string; password: string },
): Promise<null> {
  const interrupted = ws.interrupted;
  if (!interrupted || !existsSync(interrupted.copy))
    throw wrongState('There is no interrupted upgrade to undo.');
  if (ws.state !== 'locked')
    throw wrongState('Sign out first: the copy is restored from the sign-in screen.');
  const keyring = await ws.keyring();
  let unlocked: { accountId: string; databaseKey: Buffer };
  try {
    unlocked = await keyring.unlockWithPassword(input.username, input.password);
  } catch (error) {
    if (isWrongCredentials(error)) throw incorrectCredentials(0);
    throw error;
  }
  const keyHex = unlocked.databaseKey.toString('hex');
  unlocked.databaseKey.fill(0);
  const copy = openEncrypted(interrupted.copy, keyHex);
  try {
    if (copy.pragma('integrity_check', { simple: true }) !== 'ok') {
      throw new DomainError(
        'backup_invalid',
        'The copy taken before the upgrade is damaged; restore a backup instead.',
      );
    }
    const account = findAccountById(copy, unlocked.accountId);
    if (!account || account.status !== 'active' || !can(account.role, 'settings:manage')) {
      throw new DomainError(
        'forbidden',
        'Only an administrator can put back the copy taken before the upgrade.',
      );
    }
    appendAudit(
      copy,
      {
        action: 'backup.restored',
        actor: { accountId: account.id, name: account.fullName },
        details: { from: basename(interrupted.copy), reason: 'interrupted upgrade' },
      },
      ws.now(),
    );
  } finally {
    copy.close();
  }
  const aside = join(
    ws.files.dataDir,
    'replaced',
    `interrupted-upgrade-${ws.now().toISOString().replace(/[:.]/g, '-')}`,
  );
  mkdirSync(aside, { recursive: true });
  for (const file of [ws.files.database, `${ws.files.database}-wal`, `${ws.files.database}-shm`]) {
    if (existsSync(file)) renameSync(file, join(aside, basename(file)));
  }
  copyFileSync(interrupted.copy, `${ws.files.database}.restoring`);
  renameSync(`${ws.files.database}.restoring`, ws.files.database);
  rmSync(join(ws.files.preMigrationDir, 'upgrade-in-progress.json'), { force: true });
  ws.interrupted = null;
  return null;
}
