import type { AuditAction } from '../../shared/contracts/audit';
import { appendAudit } from '../audit/service';
import type { Db } from '../db/open';
import type { AccessPolicy } from './policy';

/** Audit details are scalars; a list's ids travel as one space-separated string. */
type Details = Record<string, string | number | boolean | null>;

/**
 * Records that someone saw identifiable client information. For one client the client is the
 * subject; for a list or a search, the ids returned (compact: 36 characters each, no names) and
 * the count. Details never carry clinical content: the audit trail is an administrator's screen.
 */
export function auditClientRead(
  db: Db,
  policy: AccessPolicy,
  action: AuditAction,
  entry: { subject?: string; details?: Details; ids?: readonly string[] },
): void {
  const listed: Details = entry.ids ? { count: entry.ids.length, ids: entry.ids.join(' ') } : {};
  appendAudit(
    db,
    {
      action,
      actor: { accountId: policy.accountId, name: policy.actorName },
      subject: entry.subject ?? null,
      details: { ...entry.details, ...listed },
    },
    policy.now,
  );
}
