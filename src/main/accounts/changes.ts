import type {
  Account,
  ChangeRoleInput,
  ReactivateAccountInput,
  RenameAccountInput,
} from '../../shared/contracts/accounts';
import { checkPassword } from '../../shared/domain/password-policy';
import { DomainError, notFound } from '../errors';
import type { RequestContext } from '../request/context';
import { weakPassword } from './password';
import { findAccountById, markReactivated, setAccountName, setAccountRole } from './repository';
import { refuseLastAdministrator, type KeyVault } from './service';

/**
 * Changing a staff account after it was made: its role, its name, or bringing a deactivated
 * person back. Each is audited with what it was and what it became. `accountChanged` tells the
 * session keeper, which ends a session held with the old role and refreshes one's own name.
 */
export type AccountChanged = (account: Account) => void;

function existing(ctx: RequestContext, accountId: string): Account {
  const account = findAccountById(ctx.db, accountId);
  if (!account) throw notFound('account');
  return account;
}

/**
 * A new role for someone else. Only administrators change roles, so any change of one's own
 * would be a demotion: refused, as deactivating oneself is. The role applies at the person's
 * next sign-in (a session begins from the account as stored); a session they hold now ends.
 */
export function changeRole(
  ctx: RequestContext,
  accountChanged: AccountChanged,
  input: ChangeRoleInput,
): Account {
  const { db, actor: admin } = ctx;
  const target = existing(ctx, input.accountId);
  if (target.id === admin.id)
    throw new DomainError(
      'conflict',
      'You cannot change your own role. Ask another administrator.',
      undefined,
      {
        messageKey: 'errors.role_change_self',
      },
    );
  if (target.status !== 'active')
    throw new DomainError(
      'conflict',
      'A deactivated account cannot be changed. Reactivate it first.',
      undefined,
      {
        messageKey: 'errors.change_deactivated',
      },
    );
  if (target.role === input.role)
    throw new DomainError(
      'conflict',
      'This person already has that role.',
      { role: 'validation.role_unchanged' },
      { messageKey: 'errors.role_unchanged' },
    );
  if (input.role !== 'administrator') refuseLastAdministrator(ctx, target);
  db.transaction(() => {
    setAccountRole(db, target.id, input.role, admin.id, ctx.now.toISOString());
    ctx.audit({
      action: 'account.role_changed',
      subject: target.username,
      details: { from: target.role, to: input.role },
    });
  })();
  const changed = findAccountById(db, target.id) as Account;
  accountChanged(changed);
  return changed;
}

/** A corrected full name. What the person already recorded keeps the name it was recorded with. */
export function rename(
  ctx: RequestContext,
  accountChanged: AccountChanged,
  input: RenameAccountInput,
): Account {
  const { db, actor: admin } = ctx;
  const target = existing(ctx, input.accountId);
  const fullName = input.fullName.trim();
  if (fullName === target.fullName)
    throw new DomainError(
      'conflict',
      'This is already the person’s name.',
      { fullName: 'validation.name_unchanged' },
      { messageKey: 'errors.name_unchanged' },
    );
  db.transaction(() => {
    setAccountName(db, target.id, fullName, admin.id, ctx.now.toISOString());
    ctx.audit({
      action: 'account.renamed',
      subject: target.username,
      details: { from: target.fullName, to: fullName },
    });
  })();
  const changed = findAccountById(db, target.id) as Account;
  accountChanged(changed);
  return changed;
}

/**
 * A deactivated person comes back. Deactivating removed their key slot, so a temporary password
 * seals a new one (written first, and removed again if the account cannot be saved, as when an
 * account is added); they must replace it at their next sign-in.
 */
export async function reactivate(
  ctx: RequestContext,
  vault: KeyVault,
  input: ReactivateAccountInput,
): Promise<Account> {
  const { db, actor: admin } = ctx;
  const target = existing(ctx, input.accountId);
  if (target.status === 'active')
    throw new DomainError('conflict', 'That account is already active.', undefined, {
      messageKey: 'errors.already_active',
    });
  const problem = checkPassword(input.password, { username: target.username });
  if (problem) throw weakPassword(problem);
  const keyring = await vault.keyring();
  await keyring.setAccountPassword(
    { accountId: target.id, username: target.username, password: input.password, databaseKey: vault.key() },
    vault.kdf,
  );
  try {
    db.transaction(() => {
      markReactivated(db, target.id, admin.id, ctx.now.toISOString());
      ctx.audit({
        action: 'account.reactivated',
        subject: target.username,
        details: { from: 'deactivated', to: 'active', role: target.role },
      });
    })();
  } catch (error) {
    await keyring.removeAccount(target.id);
    throw error;
  }
  return findAccountById(db, target.id) as Account;
}
