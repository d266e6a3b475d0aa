import { DRAFTS_MAX_COUNT, DRAFTS_MAX_TOTAL_BYTES } from '../../shared/contracts/drafts';
import { policyOf } from '../access/policy';
import { auditClientRead } from '../access/read-audit';
import type { Workstation } from '../core/workstation';
import { DomainError } from '../errors';

/** An edit draft starts from the client's whole record: it is that record, and the policy guards it. */
const EDIT_DRAFT = /^client:edit:([0-9a-f-]{36})$/;
const clientOfDraft = (key: string): string | null => EDIT_DRAFT.exec(key)?.[1] ?? null;

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

interface DraftRow {
  payload: string;
  updated_at: string;
}

/**
 * A draft of an edit holds the client's clinical file as it was when the form opened. Once the
 * person may no longer open that file (the grant expired, the client left their caseload), the
 * draft goes with the access: it is deleted, not shown. Opening it is a read, and audited.
 */
export function getDraft(ws: Workstation, key: string): { payload: unknown; updatedAt: string } | null {
  const { account } = ws.requireSession();
  const db = ws.database();
  const row = db
    .prepare('SELECT payload, updated_at FROM drafts WHERE account_id = ? AND draft_key = ?')
    .get(account.id, key) as DraftRow | undefined;
  if (!row) return null;
  const clientId = clientOfDraft(key);
  if (clientId) {
    const policy = policyOf(ws);
    if (!policy.may(clientId, 'clinical', 'read')) {
      discardDraft(ws, key);
      return null;
    }
    auditClientRead(db, policy, 'client.viewed', { subject: clientId, details: { access: 'draft' } });
  }
  return { payload: JSON.parse(row.payload) as unknown, updatedAt: row.updated_at };
}

/**
 * The payload has been checked by the contract: plain JSON, at most `DRAFT_MAX_BYTES`. Here the
 * account's drafts together must stay within `DRAFTS_MAX_TOTAL_BYTES` and `DRAFTS_MAX_COUNT`;
 * a save beyond either is refused and changes nothing (the previous draft under this key stays,
 * and the form keeps what was typed).
 */
export function saveDraft(ws: Workstation, input: { key: string; payload: unknown }): { updatedAt: string } {
  const { account } = ws.requireSession();
  const db = ws.database();
  const clientId = clientOfDraft(input.key);
  if (clientId) policyOf(ws).require(clientId, 'clinical', 'read');
  const updatedAt = ws.now().toISOString();
  const text = JSON.stringify(input.payload);
  db.transaction(() => {
    const others = db
      .prepare(
        `SELECT count(*) AS count, coalesce(sum(length(CAST(payload AS BLOB))), 0) AS bytes
           FROM drafts WHERE account_id = ? AND draft_key <> ?`,
      )
      .get(account.id, input.key) as { count: number; bytes: number };
    if (
      others.count + 1 > DRAFTS_MAX_COUNT ||
      others.bytes + Buffer.byteLength(text) > DRAFTS_MAX_TOTAL_BYTES
    ) {
      throw draftsFull();
    }
    db.prepare(
      `INSERT INTO drafts (account_id, draft_key, payload, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (account_id, draft_key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at`,
    ).run(account.id, input.key, text, updatedAt);
  })();
  return { updatedAt };
}

function draftsFull(): DomainError {
  return new DomainError(
    'invalid_input',
    'You have too many unsaved drafts to keep another one. What you typed is still on the screen: save it, or save or discard your other unfinished forms.',
    { payload: 'validation.drafts_full' },
    { maxDrafts: DRAFTS_MAX_COUNT, maxBytes: DRAFTS_MAX_TOTAL_BYTES },
  );
}

/** Discarding a draft that is not there is not an error: the result is the same. */
export function discardDraft(ws: Workstation, key: string): null {
  const { account } = ws.requireSession();
  ws.database().prepare('DELETE FROM drafts WHERE account_id = ? AND draft_key = ?').run(account.id, key);
  return null;
}
