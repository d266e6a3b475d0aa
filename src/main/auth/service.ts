import type { ChangePasswordInput, RecoverInput, SignInInput } from '../../shared/contracts/auth';
import type { SessionInfo } from '../../shared/contracts/session';
import { checkPassword } from '../../shared/domain/password-policy';
import { can } from '../../shared/domain/roles';
import {
  findAccountById,
  findAccountByUsername,
  listAccounts,
  setMustChangePassword,
} from '../accounts/repository';
import { actorOf, appendAudit } from '../audit/service';
import type { Workstation } from '../workstation/workstation';
import type { Db } from '../db/open';
import { weakPassword } from '../accounts/password';
import { DomainError, wrongState } from '../errors';
import { parseRecoveryKey } from '../security/recovery-key';
import { incorrectCredentials, isWrongCredentials, throttled } from './credentials';

/**
 * Failed attempts seen while the database was closed go into the audit trail at the next sign-in.
 * The guard kept each typed username only as a keyed hash: one that matches an account is named;
 * anything else (a mistyped name, or a password typed into the wrong field) stays unknown.
 */
function flushPendingFailures(ws: Workstation, db: Db): void {
  const pending = ws.session.guard.pendingFailures();
  if (pending.length === 0) return;
  const usernames = new Map<string, string>();
  for (const { username } of listAccounts(db)) {
    const hash = ws.session.guard.hashOf(username);
    if (hash) usernames.set(hash, username);
  }
  for (const failure of pending) {
    const username = failure.usernameHash ? (usernames.get(failure.usernameHash) ?? null) : null;
    appendAudit(
      db,
      {
        action: 'auth.sign_in_failed',
        actor: { accountId: null, name: null },
        subject: username,
        details: {
          method: failure.kind,
          recordedAtNextSignIn: true,
          ...(username ? {} : { usernameUnknown: true }),
        },
        occurredAt: failure.occurredAt,
      },
      ws.now(),
    );
  }
}

function refuseWhileThrottled(ws: Workstation): void {
  const wait = ws.session.guard.secondsToWait(ws.now());
  if (wait > 0) throw throttled(wait);
}

function recordFailure(ws: Workstation, username: string, kind: 'password' | 'recovery_key'): DomainError {
  ws.session.guard.recordFailure({
    occurredAt: ws.now().toISOString(),
    username: username.slice(0, 64),
    kind,
  });
  return incorrectCredentials(ws.session.guard.secondsToWait(ws.now()));
}

export async function signIn(ws: Workstation, input: SignInInput): Promise<SessionInfo> {
  if (ws.state === 'setup') throw wrongState('errors.not_set_up', 'Lantern has not been set up yet.');
  if (ws.state === 'unlocked')
    throw wrongState('errors.already_signed_in', 'Someone is already signed in. Lock Lantern first.');
  refuseWhileThrottled(ws);
  const keyring = await ws.vault.keyring();
  let unlocked: { accountId: string; databaseKey: Buffer };
  try {
    unlocked = await keyring.unlockWithPassword(input.username, input.password);
  } catch (error) {
    if (isWrongCredentials(error)) throw recordFailure(ws, input.username, 'password');
    throw error;
  }
  const db = ws.vault.openDatabase(unlocked.databaseKey);
  const account = findAccountById(db, unlocked.accountId);
  if (!account || account.status !== 'active') {
    // A slot left behind for a deactivated account (e.g. a crash during deactivation) opens nothing.
    ws.vault.closeDatabase();
    if (account) await keyring.removeAccount(account.id);
    throw recordFailure(ws, input.username, 'password');
  }
  const resumed =
    ws.session.previousEnd.endedBy === 'lock' && ws.session.previousEnd.username === account.username;
  db.transaction(() => {
    flushPendingFailures(ws, db);
    appendAudit(db, { action: resumed ? 'auth.unlock' : 'auth.sign_in', actor: actorOf(account) }, ws.now());
  })();
  ws.session.guard.clearPending();
  ws.session.guard.recordSuccess();
  return ws.session.info(ws.session.begin(account));
}

/** A forgotten administrator password: the recovery key opens the data and sets a new one. */
export async function recover(ws: Workstation, input: RecoverInput): Promise<SessionInfo> {
  if (ws.state !== 'locked')
    throw wrongState(
      'errors.recovery_only_when_locked',
      'Recovery is only possible from the sign-in screen.',
    );
  refuseWhileThrottled(ws);
  const keyring = await ws.vault.keyring();
  const recoveryKey = parseRecoveryKey(input.recoveryKey);
  if (!recoveryKey) throw recordFailure(ws, input.username, 'recovery_key');
  let databaseKey: Buffer;
  try {
    databaseKey = await keyring.unlockWithRecoveryKey(recoveryKey);
  } catch (error) {
    if (isWrongCredentials(error)) throw recordFailure(ws, input.username, 'recovery_key');
    throw error;
  } finally {
    recoveryKey.fill(0);
  }
  const db = ws.vault.openDatabase(databaseKey);
  const account = findAccountByUsername(db, input.username.trim());
  if (!account || account.status !== 'active' || !can(account.role, 'accounts:manage')) {
    ws.vault.closeDatabase();
    throw new DomainError(
      'forbidden',
      'The recovery key can reset the password of an active administrator only. Other staff: ask an administrator to reset yours.',
      { username: 'validation.not_an_administrator' },
      { messageKey: 'errors.recovery_not_administrator' },
    );
  }
  const problem = checkPassword(input.password, { username: account.username });
  if (problem) {
    ws.vault.closeDatabase();
    throw weakPassword(problem);
  }
  await keyring.setAccountPassword(
    { accountId: account.id, username: account.username, password: input.password, databaseKey },
    ws.vault.kdf,
  );
  const at = ws.now().toISOString();
  db.transaction(() => {
    flushPendingFailures(ws, db);
    setMustChangePassword(db, account.id, false, account.id, at);
    appendAudit(
      db,
      { action: 'auth.recovery_used', actor: actorOf(account), subject: account.username },
      ws.now(),
    );
    appendAudit(
      db,
      { action: 'auth.sign_in', actor: actorOf(account), details: { method: 'recovery_key' } },
      ws.now(),
    );
  })();
  ws.session.guard.clearPending();
  ws.session.guard.recordSuccess();
  return ws.session.info(ws.session.begin(findAccountById(db, account.id) ?? account));
}

export async function changeOwnPassword(ws: Workstation, input: ChangePasswordInput): Promise<SessionInfo> {
  const session = ws.session.require();
  const { account } = session;
  const problem = checkPassword(input.password, { username: account.username });
  if (problem) throw weakPassword(problem);
  const keyring = await ws.vault.keyring();
  try {
    const check = await keyring.unlockWithPassword(account.username, input.currentPassword);
    check.databaseKey.fill(0);
    if (check.accountId !== account.id) throw new Error('keyring slot belongs to another account');
  } catch (error) {
    if (isWrongCredentials(error)) {
      throw new DomainError(
        'wrong_credentials',
        'Your current password is not right.',
        { currentPassword: 'validation.current_password_wrong' },
        { messageKey: 'errors.current_password_wrong' },
      );
    }
    throw error;
  }
  await keyring.setAccountPassword(
    {
      accountId: account.id,
      username: account.username,
      password: input.password,
      databaseKey: ws.vault.key(),
    },
    ws.vault.kdf,
  );
  const db = ws.vault.database();
  db.transaction(() => {
    setMustChangePassword(db, account.id, false, account.id, ws.now().toISOString());
    appendAudit(
      db,
      { action: 'auth.password_changed', actor: actorOf(account), subject: account.username },
      ws.now(),
    );
  })();
  return ws.session.info(ws.session.refresh(findAccountById(db, account.id) ?? account));
}

// Moved to audit/service.ts and accounts/password.ts; re-exported while other branches still import them here.
export { actorOf, weakPassword };
