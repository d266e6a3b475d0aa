import type { z } from 'zod';
import type { auditExportInputSchema, auditListInputSchema } from '../../shared/contracts/audit';
import { auditClientRead } from '../access/read-audit';
import type { AuditFilters } from '../audit/service';
import { listAudit } from '../audit/service';
import { clientIdsOf } from '../clients/repository';
import type { RequestContext } from '../request/context';
import { namesFor } from './names';
import { withoutUnreadableDetails } from './redact';

type ListInput = z.output<typeof auditListInputSchema>;
type ExportInput = z.output<typeof auditExportInputSchema>;

/**
 * The filters as the audit query takes them. "About a client" means the client's file: entries
 * whose subject is the client, or a duplicate merged into it since (their entries are the same
 * person's). A client that is not in this Lantern simply has no entries.
 */
export function auditFiltersOf(ctx: RequestContext, input: ListInput | ExportInput): AuditFilters {
  const { clientId, ...rest } = input;
  const filters: AuditFilters = {
    utcOffsetMinutes: rest.utcOffsetMinutes,
    ...(rest.actorAccountId ? { actorAccountId: rest.actorAccountId } : {}),
    ...(rest.action ? { action: rest.action } : {}),
    ...(rest.from ? { from: rest.from } : {}),
    ...(rest.to ? { to: rest.to } : {}),
  };
  return clientId ? { ...filters, subjects: clientIdsOf(ctx.db, ctx.keptClientId(clientId)) } : filters;
}

/**
 * One page of the audit trail with the names it mentions, resolved here in one query per table.
 * A page that named clients is itself a read of client information, audited like the
 * break-the-glass review (`audit.viewed`, the clients named).
 */
export function listAuditTrail(ctx: RequestContext, input: ListInput) {
  const listed = listAudit(ctx.db, {
    ...auditFiltersOf(ctx, input),
    ...(input.beforeSeq ? { beforeSeq: input.beforeSeq } : {}),
    limit: input.limit,
  });
  const page = { ...listed, entries: withoutUnreadableDetails(ctx.policy, listed.entries) };
  const { names, clientsNamed } = namesFor(ctx.db, ctx.policy, page.entries, 'list');
  if (clientsNamed.length > 0)
    auditClientRead(ctx.db, ctx.policy, 'audit.viewed', {
      details: { entries: page.entries.length },
      ids: clientsNamed,
    });
  return { ...page, names };
}
