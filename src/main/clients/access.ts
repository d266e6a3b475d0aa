import { can } from '../../shared/domain/roles';
import type { Session } from '../core/workstation';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { isAssigned } from './repository';

/** The client is assigned to someone on this person's team (never true without a team). */
export function isTeamClient(db: Db, clientId: string, accountId: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM client_assignments ca JOIN accounts a ON a.id = ca.account_id
         WHERE ca.client_id = ? AND a.team_id = (SELECT team_id FROM accounts WHERE id = ?) LIMIT 1`,
      )
      .get(clientId, accountId) !== undefined
  );
}

/** Their own client, or their team's: opened without a reason. */
export function onCaseloadOf(db: Db, clientId: string, accountId: string): boolean {
  return isAssigned(db, clientId, accountId) || isTeamClient(db, clientId, accountId);
}

export type ClientAccess = 'full' | 'demographics' | 'needs_reason' | 'none';

/** A break-the-glass grant lasts one working shift. */
export const BREAK_GLASS_HOURS = 8;

export function hasActiveGrant(db: Db, clientId: string, accountId: string, now: Date): boolean {
  return (
    db
      .prepare(
        'SELECT 1 FROM client_access_grants WHERE account_id = ? AND client_id = ? AND expires_at > ? LIMIT 1',
      )
      .get(accountId, clientId, now.toISOString()) !== undefined
  );
}

/**
 * What this person may see of this client. Supervisors: everything. Case managers: their own
 * clients and their team's, and others only after breaking the glass with a reason. Front desk and administrators:
 * demographics and contacts. Reporting: nothing with a name.
 */
export function accessTo(db: Db, session: Session, clientId: string, now: Date): ClientAccess {
  const { role, id } = session.account;
  if (can(role, 'clients:read_all')) return 'full';
  if (can(role, 'clients:read_caseload')) {
    return onCaseloadOf(db, clientId, id) || hasActiveGrant(db, clientId, id, now) ? 'full' : 'needs_reason';
  }
  if (can(role, 'clients:read_demographics')) return 'demographics';
  return 'none';
}

/** The refusal for anything short of full access: a reason can open it, or the role cannot. */
export function accessDenied(access: Exclude<ClientAccess, 'full'>): DomainError {
  if (access === 'needs_reason') {
    return new DomainError(
      'forbidden',
      'This client is not on your caseload. To open the file, give a reason; supervisors will see it.',
      undefined,
      { needsReason: true },
    );
  }
  return new DomainError('forbidden', 'Your role does not allow this part of the client file.');
}

export function requireFullAccess(db: Db, session: Session, clientId: string, now: Date): void {
  const access = accessTo(db, session, clientId, now);
  if (access !== 'full') throw accessDenied(access);
}
