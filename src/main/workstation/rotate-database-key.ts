import { randomBytes } from 'node:crypto';
import { findAccountById } from '../accounts/repository';
import { tryAnchorAuditHead } from '../audit/anchors';
import { actorOf, appendAudit } from '../audit/service';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { OutdatedSlotsError } from '../security/keyring';
import { DATABASE_KEY_BYTES } from '../security/keyring-format';
import { completeKeyChange, stageKeyChange } from '../security/rotate-files';
import type { Workstation } from './workstation';

export type KeyChangeReason = 'administrator' | 'recovery_key_regenerated';

export interface KeyChangeOptions {
  reason: KeyChangeReason;
  /** Seal the recovery slot for this new recovery key instead of rewrapping the current one. */
  nextRecoveryKey?: Buffer;
  /** More to write into the re-keyed copy, in the same transaction as the change's audit entry. */
  alsoRecord?: (copy: Db) => void;
}

export interface KeyChangeResult {
  changedAt: string;
  /** Staff accounts whose slots now open the new key. */
  accounts: number;
}

/**
 * "Change the database key": the database is re-encrypted under a new random 256-bit key and the
 * new key sealed into every remaining slot (keyring.ts `rotated`); the two files are swapped in
 * together (rotate-files.ts). Afterwards every copy of the old keyring — in backups, clinic files,
 * `replaced/` — still opens only the database it was copied with, as it was then; none of them,
 * with any password old or current, opens today's database. The signed-in administrator carries
 * on: the workstation reopens the database under the new key.
 */
export async function changeDatabaseKey(
  ws: Workstation,
  options: KeyChangeOptions,
): Promise<KeyChangeResult> {
  const { account } = ws.session.require();
  const keyring = await ws.vault.keyring();
  // Everything from here to the swap is synchronous: once pending keyring writes are done,
  // nothing can write the old document over the new keyring.
  await keyring.settled();
  const db = ws.vault.database();
  const nextKey = randomBytes(DATABASE_KEY_BYTES);
  let keyringText: string;
  try {
    ({ text: keyringText } = keyring.rotated(ws.vault.key(), nextKey, options.nextRecoveryKey));
  } catch (error) {
    nextKey.fill(0);
    if (error instanceof OutdatedSlotsError) throw blocked(db, error);
    throw error;
  }
  const changedAt = ws.now();
  const accounts = keyring.accountIds().length;
  try {
    stageKeyChange({
      db,
      files: ws.files,
      currentKey: ws.vault.key(),
      nextKey,
      keyringText,
      ...(ws.vault.nativeBinding ? { nativeBinding: ws.vault.nativeBinding } : {}),
      inCopy: (copy) =>
        copy.transaction(() => {
          appendAudit(
            copy,
            {
              action: 'security.database_key_changed',
              actor: actorOf(account),
              details: { reason: options.reason, accounts },
            },
            changedAt,
          );
          options.alsoRecord?.(copy);
        })(),
    });
  } catch {
    // The operating system's own words (paths, errno) stay in main; the person gets what to do.
    nextKey.fill(0);
    throw new DomainError(
      'key_change_failed',
      'The database key was not changed; everything is as it was. Check that the disk has free space, then try again.',
      undefined,
      { messageKey: 'errors.key_change_failed' },
    );
  }
  // Committed: from here the new key set is the clinic's, even if the swap is cut short.
  ws.vault.replaceDatabaseKey(nextKey, () => completeKeyChange(ws.files));
  tryAnchorAuditHead(ws.vault.database(), ws.files.auditAnchors, 'key_change', ws.now());
  return { changedAt: changedAt.toISOString(), accounts };
}

/** Names the accounts that must sign in once (or get a new password) before the key can change. */
function blocked(db: Db, error: OutdatedSlotsError): DomainError {
  const names = error.accountIds.map((id) => findAccountById(db, id)?.fullName ?? id);
  return new DomainError(
    'key_change_blocked',
    'These key slots are from an older Lantern and cannot follow a new key until they are renewed: ' +
      [...names, ...(error.recovery ? ['the recovery key'] : [])].join(', ') +
      '. Ask each person to sign in once (or reset their password); for the recovery key, make a new one.',
    undefined,
    {
      accounts: names.join(', '),
      recovery: error.recovery,
      // The key tab composes who must renew from these two values (admin.databaseKey.blocked*).
      messageKey: 'errors.key_change_blocked',
    },
  );
}
