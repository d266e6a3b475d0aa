import type { Workstation } from '../core/workstation';

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

export function getDraft(ws: Workstation, key: string): { payload: unknown; updatedAt: string } | null {
  const { account } = ws.requireSession();
  const row = ws
    .database()
    .prepare('SELECT payload, updated_at FROM drafts WHERE account_id = ? AND draft_key = ?')
    .get(account.id, key) as DraftRow | undefined;
  return row ? { payload: JSON.parse(row.payload) as unknown, updatedAt: row.updated_at } : null;
}

/** The payload has been checked by the contract: plain JSON, at most 256 KiB. */
export function saveDraft(ws: Workstation, input: { key: string; payload: unknown }): { updatedAt: string } {
  const { account } = ws.requireSession();
  const updatedAt = ws.now().toISOString();
  ws.database()
    .prepare(
      `INSERT INTO drafts (account_id, draft_key, payload, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (account_id, draft_key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at`,
    )
    .run(account.id, input.key, JSON.stringify(input.payload), updatedAt);
  return { updatedAt };
}

/** Discarding a draft that is not there is not an error: the result is the same. */
export function discardDraft(ws: Workstation, key: string): null {
  const { account } = ws.requireSession();
  ws.database().prepare('DELETE FROM drafts WHERE account_id = ? AND draft_key = ?').run(account.id, key);
  return null;
}
