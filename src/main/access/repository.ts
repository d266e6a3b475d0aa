import type { Db } from '../db/open';

/**
 * SQL behind the access policy: who is assigned, who is on whose team, which grants are live.
 * It reads the accounts table's team column itself rather than through accounts/: accounts'
 * services run on the request context, which names the policy, so that import would be a cycle.
 */

/** The team an account belongs to (the access policy reads it fresh: teams change mid-session). */
export function teamOf(db: Db, accountId: string): string | null {
  return (
    (db.prepare('SELECT team_id FROM accounts WHERE id = ?').pluck().get(accountId) as string | null) ?? null
  );
}

export function isAssigned(db: Db, clientId: string, accountId: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM client_assignments WHERE client_id = ? AND account_id = ?')
      .get(clientId, accountId) !== undefined
  );
}

/** The client is assigned to someone on this team (never true without a team). */
export function isAssignedToTeam(db: Db, clientId: string, teamId: string | null): boolean {
  if (teamId === null) return false;
  return (
    db
      .prepare(
        `SELECT 1 FROM client_assignments ca JOIN accounts a ON a.id = ca.account_id
         WHERE ca.client_id = ? AND a.team_id = ? LIMIT 1`,
      )
      .get(clientId, teamId) !== undefined
  );
}

export function activeGrantReason(db: Db, clientId: string, accountId: string, now: Date): string | null {
  return (
    (db
      .prepare(
        `SELECT reason FROM client_access_grants WHERE account_id = ? AND client_id = ? AND expires_at > ?
         ORDER BY granted_at DESC LIMIT 1`,
      )
      .pluck()
      .get(accountId, clientId, now.toISOString()) as string | undefined) ?? null
  );
}

/** Of these clients, the ones this account holds a live break-the-glass grant for. */
export function grantedAmong(
  db: Db,
  clientIds: readonly string[],
  accountId: string,
  now: Date,
): Set<string> {
  if (clientIds.length === 0) return new Set();
  return new Set(
    db
      .prepare(
        `SELECT DISTINCT client_id FROM client_access_grants
         WHERE account_id = ? AND expires_at > ? AND client_id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .all(accountId, now.toISOString(), JSON.stringify(clientIds)) as string[],
  );
}

/**
 * A WHERE fragment over `clients c`: the clients on this account's caseload, their team's, or
 * opened by a live grant. Named parameters: @scopeAccount, @scopeTeam, @scopeNow.
 */
export const RELATED_CLIENTS_SQL = `(
  c.id IN (SELECT client_id FROM client_assignments WHERE account_id = @scopeAccount)
  OR c.id IN (SELECT ca.client_id FROM client_assignments ca JOIN accounts a ON a.id = ca.account_id
              WHERE a.team_id = @scopeTeam)
  OR c.id IN (SELECT client_id FROM client_access_grants WHERE account_id = @scopeAccount AND expires_at > @scopeNow)
)`;
