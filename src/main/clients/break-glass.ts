import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { BREAK_GLASS_HOURS } from '../access/policy';
import { auditClientRead } from '../access/read-audit';
import type { RequestContext } from '../request/context';
import { findClientRow, insertAccessGrant, readAccessGrants } from './repository';

/** Opens a client outside one's caseload for one shift, with a reason supervisors will see. */
export function breakGlass(ctx: RequestContext, input: { clientId: string; reason: string }) {
  const { db, now } = ctx;
  if (!findClientRow(db, input.clientId)) throw notFound('client');
  if (ctx.policy.verdict(input.clientId, 'clinical', 'read') !== 'needs_reason') {
    throw new DomainError('conflict', 'You already have access to this client.', undefined, {
      messageKey: 'errors.already_has_access',
    });
  }
  const expiresAt = new Date(now.getTime() + BREAK_GLASS_HOURS * 3_600_000).toISOString();
  db.transaction(() => {
    insertAccessGrant(db, {
      id: newId(),
      clientId: input.clientId,
      accountId: ctx.actor.id,
      reason: input.reason,
      grantedAt: now.toISOString(),
      expiresAt,
    });
    // The reason is free text and often says why the clinical file was needed: it stays in the
    // grant, shown to those who may read clinical files, not in the administrator's trail.
    ctx.audit({ action: 'client.break_glass', subject: input.clientId, details: { expiresAt } });
  })();
  return { expiresAt };
}

/** Every break-the-glass opening for review; the review itself is audited (it names clients). */
export function breakGlassLog(ctx: RequestContext, limit: number) {
  const log = readAccessGrants(ctx.db, limit);
  auditClientRead(ctx.db, ctx.policy, 'clients.access_log_viewed', {
    ids: log.map((entry) => entry.clientId),
  });
  // Administrators review who opened which file and when; why is clinical, for supervisors.
  const seesReasons = ctx.policy.kindsFor('other', 'read').has('clinical');
  return seesReasons ? log : log.map((entry) => ({ ...entry, reason: null }));
}
