import type { RiskEntry } from '../../shared/contracts/assessments';
import type { AssessedRiskLevel } from '../../shared/domain/risk';
import { auditClientRead } from '../access/read-audit';
import { findClientRow, keptClientId } from '../clients/repository';
import { notFound } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import { riskHistoryOf, setClientRiskLevel, toRiskEntry } from './repository';

/**
 * A client's risk level: set from a signed assessment's risk summary or on its own, always with a
 * reason, kept as a history (who, when, level, reason, source) and mirrored on the clients row the
 * caseload and the file header read.
 */

/** Appends the level and updates the client row; the caller holds the transaction. Audited. */
export function recordRiskLevel(
  ctx: RequestContext,
  clientId: string,
  risk: { level: AssessedRiskLevel; reason: string; source: 'assessment' | 'manual'; assessmentId?: string },
): RiskEntry {
  const row = {
    id: newId(),
    client_id: clientId,
    level: risk.level,
    reason: risk.reason,
    source: risk.source,
    assessment_id: risk.assessmentId ?? null,
    set_at: ctx.now.toISOString(),
    set_by: ctx.actor.id,
    set_by_name: ctx.actor.fullName,
  };
  setClientRiskLevel(ctx.db, row);
  // The level and the reason are clinical content (the risk level is the clinical record's, see
  // CLIENT_RECORD_KINDS), and the audit trail is an administrator's screen: it says that a level
  // was set and which history entry holds it, never the level.
  ctx.audit({
    action: 'client.risk_level_set',
    subject: clientId,
    details: { riskEntryId: row.id, source: risk.source },
  });
  return toRiskEntry(row);
}

function existingClient(ctx: RequestContext, clientId: string): string {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
  return keptClientId(ctx.db, clientId);
}

/** "Set the risk level" on the client file, with its reason. */
export function setRisk(
  ctx: RequestContext,
  input: { clientId: string; level: AssessedRiskLevel; reason: string },
): RiskEntry {
  const clientId = existingClient(ctx, input.clientId);
  ctx.policy.require(clientId, 'clinical', 'read');
  return ctx.db.transaction(() =>
    recordRiskLevel(ctx, clientId, { level: input.level, reason: input.reason, source: 'manual' }),
  )();
}

export function riskHistory(ctx: RequestContext, clientId: string): RiskEntry[] {
  const kept = existingClient(ctx, clientId);
  ctx.policy.require(kept, 'clinical', 'read');
  const entries = riskHistoryOf(ctx.db, kept);
  auditClientRead(ctx.db, ctx.policy, 'client.risk_history_viewed', {
    subject: kept,
    details: { count: entries.length },
  });
  return entries;
}
