import type { HandlerSlice } from '../request/handler';
import type { Account } from '../../shared/contracts/accounts';
import type { SessionInfo } from '../../shared/contracts/session';
import type { AccountChanged } from './changes';
import * as changes from './changes';
import { setOwnLanguage } from './language';
import type { KeyVault } from './service';
import * as accounts from './service';
import * as teams from './teams';

type AccountChannel =
  | 'accounts:list'
  | 'accounts:create'
  | 'accounts:deactivate'
  | 'accounts:resetPassword'
  | 'accounts:setTeam'
  | 'accounts:changeRole'
  | 'accounts:rename'
  | 'accounts:reactivate'
  | 'accounts:setLanguage'
  | 'teams:list'
  | 'teams:create';

/**
 * Staff accounts and teams. Passwords live in the keyring, so four channels also get the vault;
 * changing one's own team or name refreshes one's session, and a session held with a role that
 * was changed ends (`accountChanged`).
 */
export const accountHandlers = (
  vault: KeyVault,
  refreshSession: (account: Account) => SessionInfo,
  accountChanged: AccountChanged,
): HandlerSlice<AccountChannel> => ({
  'accounts:list': (_input, ctx) => accounts.list(ctx),
  'accounts:create': (input, ctx) => accounts.create(ctx, vault, input),
  'accounts:deactivate': (input, ctx) => accounts.deactivate(ctx, vault, input),
  'accounts:resetPassword': (input, ctx) => accounts.resetPassword(ctx, vault, input),
  'accounts:setTeam': (input, ctx) => teams.setTeam(ctx, refreshSession, input),
  'accounts:changeRole': (input, ctx) => changes.changeRole(ctx, accountChanged, input),
  'accounts:rename': (input, ctx) => changes.rename(ctx, accountChanged, input),
  'accounts:reactivate': (input, ctx) => changes.reactivate(ctx, vault, input),
  'accounts:setLanguage': (input, ctx) => refreshSession(setOwnLanguage(ctx, input)),
  'teams:list': (_input, ctx) => teams.list(ctx),
  'teams:create': (input, ctx) => teams.create(ctx, input),
});
