import type {
  Account,
  CreateAccountInput,
  DeactivateAccountInput,
  ResetPasswordInput,
} from '../../shared/contracts/accounts';
import { checkPassword } from '../../shared/domain/password-policy';
import { weakPassword } from './password';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import type { KdfParams } from '../security/kdf';
import type { Keyring } from '../security/keyring';
import {
  findAccountById,
  findAccountByUsername,
  insertAccount,
  listAccounts,
  markDeactivated,
  setMustChangePassword,
} from './repository';

/** What changing someone's password needs besides the request: the keyring and the key it seals. */
export interface KeyVault {
  keyring(): Promise<Keyring>;
  key(): Buffer;
  readonly kdf: KdfParams;
}

export function list(ctx: RequestContext): Account[] {
  return listAccounts(ctx.db);
}

/**
 * Adds a staff member with a temporary password they must replace at first sign-in. The keyring
 * slot is written first: if saving the account then fails, the slot is removed again, and a slot
 * without an active account opens nothing anyway.
 */
export async function create(
  ctx: RequestContext,
  vault: KeyVault,
  input: CreateAccountInput,
): Promise<Account> {
  const { db, actor: admin } = ctx;
  if (findAccountByUsername(db, input.username)) {
    throw new DomainError(
      'conflict',
      'That username is already taken.',
      { username: 'validation.username_taken' },
      { messageKey: 'errors.username_taken' },
    );
  }
  const problem = checkPassword(input.password, { username: input.username });
  if (problem) throw weakPassword(problem);
  const id = newId();
  const keyring = await vault.keyring();
  await keyring.setAccountPassword(
    { accountId: id, username: input.username, password: input.password, databaseKey: vault.key() },
    vault.kdf,
  );
  try {
    db.transaction(() => {
      insertAccount(
        db,
        {
          id,
          username: input.username,
          fullName: input.fullName,
          role: input.role,
          mustChangePassword: true,
        },
        admin.id,
        ctx.now.toISOString(),
      );
      ctx.audit({ action: 'account.created', subject: input.username, details: { role: input.role } });
    })();
  } catch (error) {
    await keyring.removeAccount(id);
    throw error;
  }
  return findAccountById(db, id) as Account;
}

/** Lantern always keeps an active administrator: neither deactivation nor a role change takes the last. */
export function refuseLastAdministrator(ctx: RequestContext, target: Account): void {
  if (target.role !== 'administrator' || target.status !== 'active') return;
  const active = listAccounts(ctx.db).filter((a) => a.role === 'administrator' && a.status === 'active');
  if (active.length <= 1)
    throw new DomainError('conflict', 'Lantern needs at least one active administrator.', undefined, {
      messageKey: 'errors.last_administrator',
    });
}

/** The person can no longer sign in; their name stays on everything they did. */
export async function deactivate(
  ctx: RequestContext,
  vault: KeyVault,
  input: DeactivateAccountInput,
): Promise<Account> {
  const { db, actor: admin } = ctx;
  const target = findAccountById(db, input.accountId);
  if (!target) throw notFound('account');
  if (target.id === admin.id) {
    throw new DomainError(
      'conflict',
      'You cannot deactivate your own account. Ask another administrator.',
      undefined,
      { messageKey: 'errors.deactivate_self' },
    );
  }
  if (target.status === 'deactivated')
    throw new DomainError('conflict', 'That account is already deactivated.', undefined, {
      messageKey: 'errors.already_deactivated',
    });
  refuseLastAdministrator(ctx, target);
  db.transaction(() => {
    markDeactivated(db, target.id, input.reason, admin.id, ctx.now.toISOString());
    ctx.audit({ action: 'account.deactivated', subject: target.username, details: { reason: input.reason } });
  })();
  // The database says "deactivated" first, so even if this write fails the account cannot sign in.
  const keyring = await vault.keyring();
  if (keyring.hasAccount(target.id)) await keyring.removeAccount(target.id);
  return findAccountById(db, target.id) as Account;
}

/** Sets a temporary password; the person must choose a new one when they next sign in. */
export async function resetPassword(
  ctx: RequestContext,
  vault: KeyVault,
  input: ResetPasswordInput,
): Promise<Account> {
  const { db, actor: admin } = ctx;
  const target = findAccountById(db, input.accountId);
  if (!target) throw notFound('account');
  if (target.status !== 'active')
    throw new DomainError('conflict', 'A deactivated account cannot get a new password.', undefined, {
      messageKey: 'errors.reset_deactivated',
    });
  const problem = checkPassword(input.password, { username: target.username });
  if (problem) throw weakPassword(problem);
  await (
    await vault.keyring()
  ).setAccountPassword(
    { accountId: target.id, username: target.username, password: input.password, databaseKey: vault.key() },
    vault.kdf,
  );
  db.transaction(() => {
    setMustChangePassword(db, target.id, target.id !== admin.id, admin.id, ctx.now.toISOString());
    ctx.audit({ action: 'account.password_reset', subject: target.username });
  })();
  return findAccountById(db, target.id) as Account;
}
