import type { Account, CreateTeamInput, SetTeamInput, Team } from '../../shared/contracts/accounts';
import { actorOf, appendAudit } from '../audit/service';
import type { Workstation } from '../workstation/workstation';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import {
  findAccountById,
  findTeam,
  insertTeam,
  listTeams,
  setAccountTeam,
  teamNameTaken,
} from './repository';

export { listTeams } from './repository';

export function list(ws: Workstation): Team[] {
  ws.requireSession();
  return listTeams(ws.database());
}

/** A new, empty team. Names are unique whatever their capitals. */
export function create(ws: Workstation, input: CreateTeamInput): Team {
  const { account: admin } = ws.requireSession();
  const db = ws.database();
  const name = input.name.trim();
  if (teamNameTaken(db, name)) {
    throw new DomainError('conflict', 'There is already a team with this name.', {
      name: 'validation.team_name_taken',
    });
  }
  const id = newId();
  const at = ws.now().toISOString();
  db.transaction(() => {
    insertTeam(db, { id, name, by: admin.id, at });
    appendAudit(db, { action: 'team.created', actor: actorOf(admin), subject: name }, ws.now());
  })();
  return findTeam(db, id) as Team;
}

/** Puts a person on a team, moves them to another, or (null) takes them off their team. */
export function setTeam(ws: Workstation, input: SetTeamInput): Account {
  const session = ws.requireSession();
  const { account: admin } = session;
  const db = ws.database();
  const target = findAccountById(db, input.accountId);
  if (!target) throw notFound('That account');
  const team = input.teamId === null ? null : findTeam(db, input.teamId);
  if (input.teamId !== null && !team) throw notFound('That team');
  if (target.teamId === input.teamId) return target;
  const previous = target.teamId ? findTeam(db, target.teamId) : null;
  db.transaction(() => {
    setAccountTeam(db, target.id, input.teamId, admin.id, ws.now().toISOString());
    appendAudit(
      db,
      {
        action: 'account.team_changed',
        actor: actorOf(admin),
        subject: target.username,
        details: { from: previous?.name ?? null, to: team?.name ?? null },
      },
      ws.now(),
    );
  })();
  const updated = findAccountById(db, target.id) as Account;
  // An administrator who changes their own team sees it at once.
  if (updated.id === admin.id) ws.refresh(updated);
  return updated;
}
