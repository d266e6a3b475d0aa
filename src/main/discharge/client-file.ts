import type { ClientFields, ClientRecord } from '../../shared/contracts/clients';
import { fieldsOfRecord } from '../../shared/contracts/clients';
import type { AuditAction } from '../../shared/contracts/audit';
import { diffFields } from '../clients/history';
import { updateClientRow } from '../clients/repository';
import type { RequestContext } from '../request/context';
import { changeClientFile } from '../request/mutation';

type Enrollments = ClientFields['enrollments'];

/**
 * Changes a client's enrollments through the one client-file mutation path: the policy's check,
 * the rows (the overall status is derived from them as they are written), the history entry
 * (enrollments before → after) and the audit entry, in one transaction with the request's `now`.
 * `alsoWrite` runs in that transaction too (the re-enrollment's own row).
 */
export function changeEnrollments(
  ctx: RequestContext,
  client: ClientRecord,
  enrollments: Enrollments,
  audit: { action: AuditAction; details: Record<string, string> },
  alsoWrite: () => void = () => undefined,
): void {
  const fields: ClientFields = { ...fieldsOfRecord(client), enrollments };
  changeClientFile(ctx, {
    clientId: client.id,
    requires: { kind: 'clinical', action: 'read' },
    write: () => {
      updateClientRow(ctx.db, client.id, fields, ctx.actor.id, ctx.now.toISOString());
      alsoWrite();
      return diffFields({ enrollments: client.enrollments }, { enrollments });
    },
    history: (changes) => ({
      target: {
        entity: 'client',
        entityId: client.id,
        entityLabel: `${client.legalFirstName} ${client.legalLastName}`,
      },
      changes,
    }),
    // Ids only: a program's name or a discharge's reason is clinical, and the audit trail is an
    // administrator's screen.
    audit: () => ({ action: audit.action, details: audit.details }),
  });
}
