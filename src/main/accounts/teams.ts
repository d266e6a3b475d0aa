import type { Account, CreateTeamInput, SetTeamInput, Team } from '../../shared/contracts/accounts';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import {
  findAccountById,
  findTeam,
  insertTeam,
  listTeams,
  setAccountTeam,
  teamNameTaken,
} from './repository';

export { listTeams } from './repository';

export function list(ctx: RequestContext): Team[] {
  return listTeams(ctx.db);
}

/** A new, empty team. Names are unique whatever their capitals. */
export function create(ctx: RequestContext, input: CreateTeamInput): Team {
  const { db, actor: admin } = ctx;
  const name = input.name.trim();
  if (teamNameTaken(db, name)) {
    throw new DomainError(
      'conflict',
      'There is already a team with this name.',
      { name: 'validation.team_name_taken' },
      { messageKey: 'errors.team_name_taken' },
    );
  }
  const id = newId();
  const at = ctx.now.toISOString();
  db.transaction(() => {
    insertTeam(db, { id, name, by: admin.id, at });
    ctx.audit({ action: 'team.created', subject: name });
  })();
  return findTeam(db, id) as Team;
}

/** Puts a person on a team, moves them to another, or (null) takes them off their team. */
export function setTeam(
  ctx: RequestContext,
  refreshSession: (account: Account) => void,
  input: SetTeamInput,
): Account {
  const { db, actor: admin } = ctx;
  const target = findAccountById(db, input.accountId);
  if (!target) throw notFound('account');
  const team = input.teamId === null ? null : findTeam(db, input.teamId);
  if (input.teamId !== null && !team) throw notFound('team');
  if (target.teamId === input.teamId) return target;
  const previous = target.teamId ? findTeam(db, target.teamId) : null;
  db.transaction(() => {
    setAccountTeam(db, target.id, input.teamId, admin.id, ctx.now.toISOString());
    ctx.audit({
      action: 'account.team_changed',
      subject: target.username,
      details: { from: previous?.name ?? null, to: team?.name ?? null },
    });
  })();
  const updated = findAccountById(db, target.id) as Account;
  // An administrator who changes their own team sees it at once.
  if (updated.id === admin.id) refreshSession(updated);
  return updated;
}
