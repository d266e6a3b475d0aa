import type { Workstation } from '../core/workstation';
import { appendAudit } from '../audit/service';
import { actorOf } from '../auth/service';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { BREAK_GLASS_HOURS, policyOf } from '../access/policy';
import { auditClientRead } from '../access/read-audit';
import { findClientRow } from './repository';

/** Opens a client outside one's caseload for one shift, with a reason supervisors will see. */
export function breakGlass(ws: Workstation, input: { clientId: string; reason: string }) {
  const session = ws.requireSession();
  const db = ws.database();
  if (!findClientRow(db, input.clientId)) throw notFound('That client');
  const now = ws.now();
  const policy = policyOf(ws);
  if (policy.verdict(input.clientId, 'clinical', 'read') !== 'needs_reason') {
    throw new DomainError('conflict', 'You already have access to this client.');
  }
  const expiresAt = new Date(now.getTime() + BREAK_GLASS_HOURS * 3_600_000).toISOString();
  db.transaction(() => {
    db.prepare(
      'INSERT INTO client_access_grants (id, client_id, account_id, reason, granted_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(newId(), input.clientId, session.account.id, input.reason, now.toISOString(), expiresAt);
    appendAudit(
      db,
      {
        action: 'client.break_glass',
        actor: actorOf(session.account),
        subject: input.clientId,
        // The reason is free text and often says why the clinical file was needed: it stays in
        // the grant, shown to those who may read clinical files, not in the administrator's trail.
        details: { expiresAt },
      },
      now,
    );
  })();
  return { expiresAt };
}

/** Every break-the-glass opening for review; the review itself is audited (it names clients). */
export function breakGlassLog(ws: Workstation, limit: number) {
  const db = ws.database();
  const log = (
    db
      .prepare(
        `SELECT g.id, g.client_id, c.client_number, a.full_name, g.reason, g.granted_at, g.expires_at
         FROM client_access_grants g JOIN clients c ON c.id = g.client_id LEFT JOIN accounts a ON a.id = g.account_id
         ORDER BY g.granted_at DESC LIMIT ?`,
      )
      .all(limit) as {
      id: string;
      client_id: string;
      client_number: string;
      full_name: string | null;
      reason: string;
      granted_at: string;
      expires_at: string;
    }[]
  ).map((r) => ({
    id: r.id,
    clientId: r.client_id,
    clientNumber: r.client_number,
    accountName: r.full_name,
    reason: r.reason,
    grantedAt: r.granted_at,
    expiresAt: r.expires_at,
  }));
  const policy = policyOf(ws);
  auditClientRead(db, policy, 'clients.access_log_viewed', { ids: log.map((entry) => entry.clientId) });
  // Administrators review who opened which file and when; why is clinical, for supervisors.
  const seesReasons = policy.kindsFor('other', 'read').has('clinical');
  return seesReasons ? log : log.map((entry) => ({ ...entry, reason: null }));
}
