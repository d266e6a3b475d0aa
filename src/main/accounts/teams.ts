import type { Account, CreateTeamInput, SetTeamInput, Team } from '../../shared/contracts/accounts';
import { appendAudit } from '../audit/service';
import { actorOf } from '../auth/service';
import type { Workstation } from '../core/workstation';
import type { Db } from '../db/open';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { findAccountById, setAccountTeam } from './repository';

const TEAM_COLUMNS = `t.id, t.name,
  (SELECT count(*) FROM accounts a WHERE a.team_id = t.id AND a.status = 'active') AS memberCount`;

export function listTeams(db: Db): Team[] {
  return db.prepare(`SELECT ${TEAM_COLUMNS} FROM teams t ORDER BY t.name`).all() as Team[];
}

function findTeam(db: Db, id: string): Team | null {
  return (
    (db.prepare(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.id = ?`).get(id) as Team | undefined) ?? null
  );
}

export function list(ws: Workstation): Team[] {
  ws.requireSession();
  return listTeams(ws.database());
}

/** A new, empty team. Names are unique whatever their capitals. */
export function create(ws: Workstation, input: CreateTeamInput): Team {
  const { account: admin } = ws.requireSession();
  const db = ws.database();
  const name = input.name.trim();
  if (db.prepare('SELECT 1 FROM teams WHERE name = ?').get(name)) {
    throw new DomainError('conflict', 'There is already a team with this name.', {
      name: 'validation.team_name_taken',
    });
  }
  const id = newId();
  const at = ws.now().toISOString();
  db.transaction(() => {
    db.prepare('INSERT INTO teams (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)').run(
      id,
      name,
      at,
      at,
      admin.id,
    );
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
