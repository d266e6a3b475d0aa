import type { AuditAction } from '../../shared/contracts/audit';
import type { AccessAction, RecordKind } from '../../shared/domain/access';
import type { AuditRecord } from '../audit/service';
import type { HistoryChanges, HistoryTarget, RequestContext } from './context';

export interface ClientChange<T> {
  /** Whose file changes: the audit entry's subject and the history's client. */
  clientId: string;
  /** What the access policy must allow first; omitted when the role's permission is the rule. */
  requires?: { kind: RecordKind; action: AccessAction };
  /** The SQL (repository calls), run inside the transaction. */
  write(): T;
  /** The history of this change, given what `write` returned. */
  history?(result: T): { target: Omit<HistoryTarget, 'clientId'>; changes: HistoryChanges };
  /** The audit entry, given what `write` returned. */
  audit(result: T): { action: AuditAction; details?: AuditRecord['details'] };
}

/**
 * A change to a client's file, in the one order every feature needs: the access check, then one
 * transaction holding the rows, their history and the audit entry, all with the request's one
 * `now`. A feature brings its rule and its SQL; this brings the rest.
 */
export function changeClientFile<T>(ctx: RequestContext, change: ClientChange<T>): T {
  // A row of a merged duplicate belongs to the kept client's file: access is to that file.
  if (change.requires)
    ctx.policy.require(ctx.keptClientId(change.clientId), change.requires.kind, change.requires.action);
  return ctx.db.transaction(() => {
    const result = change.write();
    const history = change.history?.(result);
    if (history) ctx.history({ clientId: change.clientId, ...history.target }, history.changes);
    const { action, details } = change.audit(result);
    ctx.audit({ action, subject: change.clientId, ...(details ? { details } : {}) });
    return result;
  })();
}
