import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import type { SetupInput } from '../../shared/contracts/setup';
import type { SessionInfo } from '../../shared/contracts/session';
import { IDLE_LOCK_MINUTES } from '../../shared/contracts/settings';
import { checkPassword } from '../../shared/domain/password-policy';
import { findAccountById, insertAccount } from '../accounts/repository';
import { actorOf, appendAudit } from '../audit/service';
import type { Workstation } from '../workstation/workstation';
import type { Db } from '../db/open';
import { weakPassword } from '../accounts/password';
import { DomainError, wrongState } from '../errors';
import { newId } from '../ids';
import { Keyring } from '../security/keyring';
import { generateRecoveryKey } from '../security/recovery-key';
import { changeDatabaseKey } from '../workstation/rotate-database-key';
import { setRecoveryKeyConfirmed, writeSettings } from '../settings/repository';

/**
 * First run: a random database key, the encrypted database with the first administrator, and
 * the keyring (the administrator's slot and the recovery slot). The database is built under a
 * temporary name and renamed only after the keyring exists (see Workstation's constructor).
 */
export async function createClinic(
  ws: Workstation,
  input: SetupInput,
): Promise<{ recoveryKey: string; session: SessionInfo }> {
  if (ws.state !== 'setup')
    throw wrongState('errors.already_set_up', 'Lantern is already set up on this computer.');
  const problem = checkPassword(input.password, { username: input.username });
  if (problem) throw weakPassword(problem);

  mkdirSync(ws.options.dataDir, { recursive: true });
  const partial = `${ws.files.database}.partial`;
  rmSync(partial, { force: true });
  const databaseKey = randomBytes(32);
  const recovery = generateRecoveryKey();
  const accountId = newId();
  const at = ws.now().toISOString();

  const db = ws.vault.openDatabase(Buffer.from(databaseKey), partial, true);
  db.transaction(() => {
    insertAccount(
      db,
      {
        id: accountId,
        username: input.username,
        fullName: input.fullName,
        role: 'administrator',
        mustChangePassword: false,
      },
      null,
      at,
    );
    writeSettings(
      db,
      { clinicName: input.clinicName, idleLockMinutes: IDLE_LOCK_MINUTES.default },
      accountId,
      at,
    );
    setRecoveryKeyConfirmed(db, false, accountId, at);
    const actor = actorOf({ id: accountId, fullName: input.fullName });
    appendAudit(
      db,
      { action: 'setup.completed', actor, details: { clinicName: input.clinicName } },
      ws.now(),
    );
    appendAudit(
      db,
      { action: 'account.created', actor, subject: input.username, details: { role: 'administrator' } },
      ws.now(),
    );
  })();
  ws.vault.closeDatabase();

  const keyring = await Keyring.create(ws.files.keyring, {
    clinicName: input.clinicName,
    databaseKey,
    account: { accountId, username: input.username, password: input.password },
    recoveryKey: recovery.bytes,
    kdf: ws.vault.kdf,
  });
  recovery.bytes.fill(0);
  renameSync(partial, ws.files.database);
  ws.vault.adoptKeyring(keyring);

  const live = ws.vault.openDatabase(databaseKey);
  const account = findAccountById(live, accountId);
  if (!account) throw new Error('the administrator written during setup is missing');
  return { recoveryKey: recovery.display, session: ws.session.info(ws.session.begin(account)) };
}

export function confirmRecoveryKey(ws: Workstation): SessionInfo {
  const { account } = ws.session.require();
  const db = ws.vault.database();
  db.transaction(() => {
    setRecoveryKeyConfirmed(db, true, account.id, ws.now().toISOString());
    appendAudit(db, { action: 'recovery_key.confirmed', actor: actorOf(account) }, ws.now());
  })();
  return ws.session.info(ws.session.refresh(account));
}

/**
 * A new recovery key replaces the old one, which stops working at once, and the database key
 * changes with it: otherwise the old recovery key, with any old copy of the keyring, would still
 * open today's data. Its audit entries are written into the re-keyed copy, so they land with it.
 * Only if some key slots are too old to follow a new key (they are named in the log) is the
 * recovery slot replaced on its own, as before.
 */
export async function regenerateRecoveryKey(
  ws: Workstation,
): Promise<{ recoveryKey: string; session: SessionInfo; databaseKeyChanged: boolean }> {
  const { account } = ws.session.require();
  const recovery = generateRecoveryKey();
  const record = (db: Db) => {
    setRecoveryKeyConfirmed(db, false, account.id, ws.now().toISOString());
    appendAudit(db, { action: 'recovery_key.regenerated', actor: actorOf(account) }, ws.now());
  };
  let databaseKeyChanged = true;
  try {
    await changeDatabaseKey(ws, {
      reason: 'recovery_key_regenerated',
      nextRecoveryKey: recovery.bytes,
      alsoRecord: record,
    });
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'key_change_blocked')) throw error;
    databaseKeyChanged = false;
    await (await ws.vault.keyring()).replaceRecoveryKey(recovery.bytes, ws.vault.key());
    const db = ws.vault.database();
    db.transaction(() => record(db))();
  } finally {
    recovery.bytes.fill(0);
  }
  return {
    recoveryKey: recovery.display,
    session: ws.session.info(ws.session.refresh(account)),
    databaseKeyChanged,
  };
}
