import type { Account, SetLanguageInput } from '../../shared/contracts/accounts';
import type { RequestContext } from '../request/context';
import { findAccountById, setAccountLanguage } from './repository';

/**
 * Stores the signed-in person's language and returns their account as it now is (the caller
 * refreshes the session with it). The audit entry says that the choice changed, not what it
 * became: nothing about a person beyond the event.
 */
export function setOwnLanguage(ctx: RequestContext, input: SetLanguageInput): Account {
  const { db, actor, now } = ctx;
  db.transaction(() => {
    setAccountLanguage(db, actor.id, input.language, now.toISOString());
    const account = findAccountById(db, actor.id);
    ctx.audit({ action: 'account.language_changed', subject: account?.username ?? null });
  })();
  const account = findAccountById(db, actor.id);
  if (!account) throw new Error('the signed-in account disappeared');
  return account;
}
