import type { ReassessmentDue } from '../../shared/contracts/assessments';
import { reassessmentDue } from '../../shared/domain/reassessment';
import { auditClientRead } from '../access/read-audit';
import { findClientRow, keptClientId } from '../clients/repository';
import type { Db } from '../db/open';
import { notFound } from '../errors';
import type { RequestContext } from '../request/context';
import { readSettings } from '../settings/repository';
import { lastSignedAtForClients } from './repository';

/**
 * When each client is next due a reassessment, for many clients at once: what the caseload's
 * column and filter show (the caller has already asked the policy which rows may show clinical
 * facts). A client never assessed is due an intake: no date, not overdue here.
 */
export function reassessmentDueForClients(
  db: Db,
  clientIds: readonly string[],
  now: Date,
): Map<string, ReassessmentDue> {
  const intervalDays = readSettings(db).reassessmentIntervalDays;
  const last = lastSignedAtForClients(db, clientIds);
  return new Map(clientIds.map((id) => [id, reassessmentDue(last.get(id) ?? null, intervalDays, now)]));
}

/** The same for one client's file. */
export function clientReassessmentDue(ctx: RequestContext, clientId: string): ReassessmentDue {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
  const kept = keptClientId(ctx.db, clientId);
  ctx.policy.require(kept, 'clinical', 'read');
  const due = reassessmentDueForClients(ctx.db, [kept], ctx.now).get(kept) as ReassessmentDue;
  auditClientRead(ctx.db, ctx.policy, 'client.assessments_viewed', {
    subject: kept,
    details: { view: 'reassessment_due' },
  });
  return due;
}
