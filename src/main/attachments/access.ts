import type { AttachmentKind } from '../../shared/contracts/attachments';
import type { AccessAction, RecordKind } from '../../shared/domain/access';
import { can } from '../../shared/domain/roles';
import { findClientRow, keptClientId } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import type { RequestContext } from '../request/context';
import type { AttachmentListRow } from './repository';
import { findAttachment } from './repository';

/**
 * Which kind of record an attachment is, for the one access policy (docs/attachments.md):
 *
 * - an ID card is `contact` (name, birth date, address: what reaching a client needs);
 * - an insurance card is `demographics` (insurance is part of the non-clinical file);
 * - everything else — consent forms, letters, hospital papers, "other" — is `clinical`: it says
 *   which services the client receives;
 * - and a clinical one is `part2` when it is linked to a Part 2 note, or the client is flagged
 *   Part 2 (as every note of a Part 2 client is): it is a record of the Part 2 program.
 *
 * Reading asks `read` of that kind; saving it as a file asks `export` (the file leaves Lantern's
 * encryption), so a Part 2 attachment cannot be saved until consents exist. A removed attachment
 * stays in the file, greyed; only a supervisor opens or saves it (to check a removal, or answer a
 * records request), and nobody changes it.
 */
export function recordKindOf(
  kind: AttachmentKind,
  facts: { linkedNotePart2: boolean; clientPart2: boolean },
): RecordKind {
  if (kind === 'id_card') return 'contact';
  if (kind === 'insurance_card') return 'demographics';
  return facts.linkedNotePart2 || facts.clientPart2 ? 'part2' : 'clinical';
}

export const attachmentNotFound = () =>
  new DomainError('not_found', 'That attachment was not found.', undefined, {
    messageKey: 'errors.attachment_not_found',
  });

/** A supervisor: who may open what was removed (the same people who co-sign notes). */
export const isSupervisor = (ctx: RequestContext) => can(ctx.actor.role, 'notes:cosign');

/** The client whose file this is (a merged duplicate's id resolves to the kept record). */
export function existingClient(ctx: RequestContext, clientId: string): string {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
  return keptClientId(ctx.db, clientId);
}

/** The kept client is flagged Part 2 (a duplicate merged into it carries its rows, not its flag). */
export const clientIsPart2 = (ctx: RequestContext, keptId: string) =>
  findClientRow(ctx.db, keptId)?.flag_part2_protected === 1;

export function rowRecordKind(ctx: RequestContext, row: AttachmentListRow, keptId: string): RecordKind {
  return recordKindOf(row.kind, {
    linkedNotePart2: row.linked_note_part2 === 1,
    clientPart2:
      clientIsPart2(ctx, keptId) || (row.client_id !== keptId && clientIsPart2(ctx, row.client_id)),
  });
}

/**
 * An attachment this viewer may `action` (read to open it, export to save it). One they may not
 * see at all does not exist for them; a removed one is a supervisor's only.
 */
export function permittedAttachment(
  ctx: RequestContext,
  attachmentId: string,
  action: Extract<AccessAction, 'read' | 'export'>,
): { row: AttachmentListRow; clientId: string; recordKind: RecordKind } {
  const row = findAttachment(ctx.db, attachmentId);
  if (!row) throw attachmentNotFound();
  const clientId = keptClientId(ctx.db, row.client_id);
  const recordKind = rowRecordKind(ctx, row, clientId);
  if (!ctx.policy.may(clientId, recordKind, 'read')) {
    // Outside the caseload the refusal says a reason can open the file (break the glass).
    if (ctx.policy.verdict(clientId, recordKind, 'read') === 'needs_reason')
      ctx.policy.require(clientId, recordKind, 'read');
    throw attachmentNotFound();
  }
  if (action === 'export') ctx.policy.require(clientId, recordKind, 'export');
  if (row.removed_at !== null && !isSupervisor(ctx))
    throw new DomainError(
      'forbidden',
      'This attachment was removed; only a supervisor opens it.',
      undefined,
      {
        messageKey: 'errors.attachment_removed',
      },
    );
  return { row, clientId, recordKind };
}

/** What the viewer may do, for the screen (each call checks again). */
export function permissionsFor(
  ctx: RequestContext,
  row: AttachmentListRow,
  clientId: string,
  recordKind: RecordKind,
) {
  const removed = row.removed_at !== null;
  const readable = ctx.policy.may(clientId, recordKind, 'read');
  const open = readable && (!removed || isSupervisor(ctx));
  return {
    open,
    save: open && ctx.policy.may(clientId, recordKind, 'export'),
    remove:
      !removed &&
      readable &&
      can(ctx.actor.role, 'clients:edit') &&
      (row.added_by === ctx.actor.id || isSupervisor(ctx)),
  };
}
