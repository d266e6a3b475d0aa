import type { DocumentIssue } from '../../shared/contracts/documents';
import type { Recipient } from '../../shared/domain/access';
import type { RequestContext } from '../request/context';

/**
 * What the access policy must allow for a document of a client. Every document Lantern makes
 * draws on the clinical record, so reading one (the Documents tab, a stored copy) needs `clinical`
 * read, and a Part 2 document needs `part2` read too. Giving one out — saving or printing — is a
 * disclosure to its recipient, asked again at that moment (a break-the-glass grant may have
 * ended since the preview); keeping it in the file is not.
 */
export function requireMayRead(ctx: RequestContext, clientId: string, part2: boolean): void {
  const kept = ctx.keptClientId(clientId);
  ctx.policy.require(kept, 'clinical', 'read');
  if (part2) ctx.policy.require(kept, 'part2', 'read');
}

export function requireMayDisclose(
  ctx: RequestContext,
  document: { clientId: string; recipient: Recipient; part2: boolean },
): void {
  const kept = ctx.keptClientId(document.clientId);
  requireMayRead(ctx, kept, document.part2);
  ctx.policy.requireDisclosure(kept, 'clinical', document.recipient);
  if (document.part2) ctx.policy.requireDisclosure(kept, 'part2', document.recipient);
}

export function requireMayIssue(
  ctx: RequestContext,
  document: { clientId: string; recipient: Recipient; part2Included: boolean },
  how: DocumentIssue,
): void {
  const facts = { clientId: document.clientId, recipient: document.recipient, part2: document.part2Included };
  if (how === 'kept') requireMayRead(ctx, facts.clientId, facts.part2);
  else requireMayDisclose(ctx, facts);
}
