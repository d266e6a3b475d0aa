import type { Account, Team } from '../../shared/contracts/accounts';
import type { Language } from '../../shared/domain/languages';
import type { Role } from '../../shared/domain/roles';
import type { Db } from '../db/open';

interface AccountRow {
  id: string;
  username: string;
  full_name: string;
  role: Role;
  status: 'active' | 'deactivated';
  must_change_password: number;
  created_at: string;
  deactivated_at: string | null;
  deactivated_reason: string | null;
  team_id: string | null;
  language: Language | null;
}

const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  username: row.username,
  fullName: row.full_name,
  role: row.role,
  status: row.status,
  mustChangePassword: row.must_change_password === 1,
  createdAt: row.created_at,
  deactivatedAt: row.deactivated_at,
  deactivatedReason: row.deactivated_reason,
  teamId: row.team_id,
  language: row.language,
});

export function findAccountById(db: Db, id: string): Account | null {
  const row = db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
  return row ? toAccount(row) : null;
}

export function findAccountByUsername(db: Db, username: string): Account | null {
  const row = db.prepare('SELECT * FROM accounts WHERE username = ?').get(username) as AccountRow | undefined;
  return row ? toAccount(row) : null;
}

/** The clinic's first administrator stands in as the person who registered the demo data. */
export const firstActiveAdministrator = (db: Db) =>
  db
    .prepare(
      `SELECT id FROM accounts WHERE role = 'administrator' AND status = 'active' ORDER BY created_at LIMIT 1`,
    )
    .pluck()
    .get() as string | undefined;

/** A check prepared once, for the demo seeder's thousands of generated usernames. */
export function usernameTaken(db: Db): (username: string) => boolean {
  const taken = db.prepare('SELECT 1 FROM accounts WHERE username = ?').pluck();
  return (username) => taken.get(username) !== undefined;
}

export function listAccounts(db: Db): Account[] {
  const rows = db
    .prepare("SELECT * FROM accounts ORDER BY status = 'deactivated', full_name")
    .all() as AccountRow[];
  return rows.map(toAccount);
}

export function insertAccount(
  db: Db,
  account: { id: string; username: string; fullName: string; role: Role; mustChangePassword: boolean },
  by: string | null,
  at: string,
): void {
  db.prepare(
    `INSERT INTO accounts (id, username, full_name, role, must_change_password, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @username, @fullName, @role, @mustChange, @at, @by, @at, @by)`,
  ).run({ ...account, mustChange: account.mustChangePassword ? 1 : 0, by, at });
}

export function markDeactivated(db: Db, id: string, reason: string, by: string, at: string): void {
  db.prepare(
    `UPDATE accounts SET status = 'deactivated', deactivated_at = @at, deactivated_by = @by,
       deactivated_reason = @reason, updated_at = @at, updated_by = @by WHERE id = @id`,
  ).run({ id, reason, by, at });
}

export function setAccountRole(db: Db, id: string, role: Role, by: string, at: string): void {
  db.prepare('UPDATE accounts SET role = @role, updated_at = @at, updated_by = @by WHERE id = @id').run({
    id,
    role,
    by,
    at,
  });
}

export function setAccountName(db: Db, id: string, fullName: string, by: string, at: string): void {
  db.prepare(
    'UPDATE accounts SET full_name = @fullName, updated_at = @at, updated_by = @by WHERE id = @id',
  ).run({ id, fullName, by, at });
}

/** Active again, with a temporary password to replace at the next sign-in. */
export function markReactivated(db: Db, id: string, by: string, at: string): void {
  db.prepare(
    `UPDATE accounts SET status = 'active', deactivated_at = NULL, deactivated_by = NULL,
       deactivated_reason = NULL, must_change_password = 1, updated_at = @at, updated_by = @by WHERE id = @id`,
  ).run({ id, by, at });
}

export function setMustChangePassword(db: Db, id: string, mustChange: boolean, by: string, at: string): void {
  db.prepare(
    'UPDATE accounts SET must_change_password = @mustChange, updated_at = @at, updated_by = @by WHERE id = @id',
  ).run({ id, mustChange: mustChange ? 1 : 0, by, at });
}

export function setAccountTeam(db: Db, id: string, teamId: string | null, by: string, at: string): void {
  db.prepare('UPDATE accounts SET team_id = @teamId, updated_at = @at, updated_by = @by WHERE id = @id').run({
    id,
    teamId,
    by,
    at,
  });
}

/** The person's own choice of language (null: follow the workstation's). */
export function setAccountLanguage(db: Db, id: string, language: Language, at: string): void {
  db.prepare(
    'UPDATE accounts SET language = @language, updated_at = @at, updated_by = @id WHERE id = @id',
  ).run({
    id,
    language,
    at,
  });
}

/** Which of these accounts can carry a caseload now: active case managers and supervisors. */
export function activeStaffIds(db: Db, ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const rows = db
    .prepare(
      `SELECT id FROM accounts WHERE status = 'active' AND role IN ('case_manager','supervisor')
       AND id IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .all(JSON.stringify(ids)) as string[];
  return new Set(rows);
}

/** Everyone who can carry a caseload, by name: the caseload's "case manager" filter. */
export function activeCaseWorkers(db: Db): { id: string; fullName: string; role: Role }[] {
  return db
    .prepare(
      `SELECT id, full_name AS fullName, role FROM accounts WHERE status = 'active' AND role IN ('case_manager','supervisor') ORDER BY full_name`,
    )
    .all() as { id: string; fullName: string; role: Role }[];
}

/** Full names by account id, for history entries that name the workers assigned. */
export function fullNames(db: Db, ids: readonly string[]): Map<string, string> {
  const rows = db
    .prepare('SELECT id, full_name FROM accounts WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: string; full_name: string }[];
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

// ---- teams -------------------------------------------------------------------------------------

const TEAM_COLUMNS = `t.id, t.name,
  (SELECT count(*) FROM accounts a WHERE a.team_id = t.id AND a.status = 'active') AS memberCount`;

export function listTeams(db: Db): Team[] {
  return db.prepare(`SELECT ${TEAM_COLUMNS} FROM teams t ORDER BY t.name`).all() as Team[];
}

export function findTeam(db: Db, id: string): Team | null {
  return (
    (db.prepare(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.id = ?`).get(id) as Team | undefined) ?? null
  );
}

/** Team names are unique whatever their capitals (the column is COLLATE NOCASE). */
export const teamNameTaken = (db: Db, name: string): boolean =>
  db.prepare('SELECT 1 FROM teams WHERE name = ?').get(name) !== undefined;

export function insertTeam(db: Db, team: { id: string; name: string; by: string; at: string }): void {
  db.prepare('INSERT INTO teams (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)').run(
    team.id,
    team.name,
    team.at,
    team.at,
    team.by,
  );
}
