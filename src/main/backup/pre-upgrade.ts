import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { can } from '../../shared/domain/roles';
import { findAccountById } from '../accounts/repository';
import { appendAudit } from '../audit/service';
import { incorrectCredentials, isWrongCredentials, throttled } from '../auth/credentials';
import type { Workstation } from '../workstation/workstation';
import { interruptedUpgrade } from '../db/migrate';
import type { Db } from '../db/open';
import { openEncrypted } from '../db/open';
import { DomainError, wrongState } from '../errors';

/**
 * One answer for an unknown username, a wrong password and the right password of someone who is
 * not an active administrator: this channel is public, so it must not tell them apart. Each such
 * attempt counts in the sign-in guard exactly like a failed sign-in (same delay, and it reaches
 * the audit trail at the next sign-in, the database being closed now).
 */
function refuseAttempt(ws: Workstation, username: string): DomainError {
  const now = ws.now();
  ws.session.guard.recordFailure({
    occurredAt: now.toISOString(),
    username: username.slice(0, 64),
    kind: 'password',
  });
  return incorrectCredentials(ws.session.guard.secondsToWait(now));
}

/**
 * Puts back the copy taken just before an upgrade that was cut short. The copy has the same key
 * as the live database, so the current keyring opens it; the live files are kept aside.
 */
export async function restorePreUpgradeCopy(
  ws: Workstation,
  input: { username: string; password: string },
): Promise<null> {
  // Read again now: the note (and the copy it names) are checked at the moment they are used.
  const interrupted = ws.interrupted ? interruptedUpgrade(ws.files.preMigrationDir) : null;
  if (!interrupted || !existsSync(interrupted.copy))
    throw wrongState('errors.no_interrupted_upgrade', 'There is no interrupted upgrade to undo.');
  if (ws.state !== 'locked')
    throw wrongState(
      'errors.pre_upgrade_sign_out_first',
      'Sign out first: the copy is restored from the sign-in screen.',
    );
  const wait = ws.session.guard.secondsToWait(ws.now());
  if (wait > 0) throw throttled(wait);
  const keyring = await ws.vault.keyring();
  let unlocked: { accountId: string; databaseKey: Buffer };
  try {
    unlocked = await keyring.unlockWithPassword(input.username, input.password);
  } catch (error) {
    if (isWrongCredentials(error)) throw refuseAttempt(ws, input.username);
    throw error;
  }
  let copy: Db;
  try {
    copy = openEncrypted(interrupted.copy, unlocked.databaseKey);
  } finally {
    // The copy's connection holds the key now; this buffer is not needed any more.
    unlocked.databaseKey.fill(0);
  }
  try {
    // Who is asking is settled before anything about the copy is said (damaged or not).
    const account = findAccountById(copy, unlocked.accountId);
    if (!account || account.status !== 'active' || !can(account.role, 'settings:manage')) {
      throw refuseAttempt(ws, input.username);
    }
    if (copy.pragma('integrity_check', { simple: true }) !== 'ok') {
      throw new DomainError(
        'backup_invalid',
        'The copy taken before the upgrade is damaged; restore a backup instead.',
        undefined,
        { messageKey: 'errors.pre_upgrade_copy_damaged' },
      );
    }
    // A proven administrator: the failure count starts again, as after a sign-in. Failures
    // still pending reach the restored audit trail at the next sign-in.
    ws.session.guard.recordSuccess();
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
