import type { RecordKind } from '../../shared/domain/access';
import { DRAFTS_MAX_COUNT, DRAFTS_MAX_TOTAL_BYTES } from '../../shared/contracts/drafts';
import { auditClientRead } from '../access/read-audit';
import { DomainError } from '../errors';
import type { RequestContext } from '../request/context';
import { deleteDraft, otherDraftsSize, readDraftRow, upsertDraft } from './repository';

/**
 * An edit draft starts from the client's record as the form opened it: it is that record, and
 * the policy guards it. The whole file (`client:edit:`) needs the clinical record; the front
 * desk's contact details (`client:contact:`) the contact record.
 */
const CLIENT_DRAFTS: readonly { pattern: RegExp; kind: RecordKind }[] = [
  { pattern: /^client:edit:([0-9a-f-]{36})$/, kind: 'clinical' },
  { pattern: /^client:contact:([0-9a-f-]{36})$/, kind: 'contact' },
];
function clientOfDraft(key: string): { clientId: string; kind: RecordKind } | null {
  for (const { pattern, kind } of CLIENT_DRAFTS) {
    const match = key.match(pattern);
    if (match) return { clientId: match[1] as string, kind };
  }
  return null;
}

/**
 * Unsaved forms, kept per signed-in account in the encrypted database so they survive an
 * auto-lock or a crash (the renderer forgets everything when Lantern locks).
 *
 * Drafts are not clinical records: they are the person's own unfinished typing, replaced every
 * few hundred milliseconds while they type and deleted once the real record is saved (the screen
 * discards its draft after a successful save). They are therefore not audited per keystroke;
 * what counts — creating or changing the client — is audited when it is saved. Every statement
 * is scoped to the signed-in account, so nobody else can read, replace or discard a draft.
 */

/**
 * A draft of an edit holds the client's clinical file as it was when the form opened. Once the
 * person may no longer open that file (the grant expired, the client left their caseload), the
 * draft goes with the access: it is deleted, not shown. Opening it is a read, and audited.
 */
export function getDraft(ctx: RequestContext, key: string): { payload: unknown; updatedAt: string } | null {
  const row = readDraftRow(ctx.db, ctx.actor.id, key);
  if (!row) return null;
  const client = clientOfDraft(key);
  if (client) {
    if (!ctx.policy.may(client.clientId, client.kind, 'read')) {
      deleteDraft(ctx.db, ctx.actor.id, key);
      return null;
    }
    auditClientRead(ctx.db, ctx.policy, 'client.viewed', {
      subject: client.clientId,
      details: { access: 'draft' },
    });
  }
  return { payload: JSON.parse(row.payload) as unknown, updatedAt: row.updated_at };
}

/**
 * The payload has been checked by the contract: plain JSON, at most `DRAFT_MAX_BYTES`. Here the
 * account's drafts together must stay within `DRAFTS_MAX_TOTAL_BYTES` and `DRAFTS_MAX_COUNT`;
 * a save beyond either is refused and changes nothing (the previous draft under this key stays,
 * and the form keeps what was typed).
 */
export function saveDraft(
  ctx: RequestContext,
  input: { key: string; payload: unknown },
): { updatedAt: string } {
  const { db, actor } = ctx;
  const client = clientOfDraft(input.key);
  if (client) ctx.policy.require(client.clientId, client.kind, 'read');
  const updatedAt = ctx.now.toISOString();
  const text = JSON.stringify(input.payload);
  db.transaction(() => {
    const others = otherDraftsSize(db, actor.id, input.key);
    if (
      others.count + 1 > DRAFTS_MAX_COUNT ||
      others.bytes + Buffer.byteLength(text) > DRAFTS_MAX_TOTAL_BYTES
    ) {
      throw draftsFull();
    }
    upsertDraft(db, actor.id, input.key, text, updatedAt);
  })();
  return { updatedAt };
}

function draftsFull(): DomainError {
  return new DomainError(
    'invalid_input',
    'You have too many unsaved drafts to keep another one. What you typed is still on the screen: save it, or save or discard your other unfinished forms.',
    { payload: 'validation.drafts_full' },
    { maxDrafts: DRAFTS_MAX_COUNT, maxBytes: DRAFTS_MAX_TOTAL_BYTES, messageKey: 'errors.drafts_full' },
  );
}

/** Discarding a draft that is not there is not an error: the result is the same. */
export function discardDraft(ctx: RequestContext, key: string): null {
  deleteDraft(ctx.db, ctx.actor.id, key);
  return null;
}
