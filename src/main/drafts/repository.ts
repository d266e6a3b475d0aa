import type { Db } from '../db/open';

/** Every statement is scoped to one account: nobody reads, replaces or discards another's draft. */

interface DraftRow {
  payload: string;
  updated_at: string;
}

export const readDraftRow = (db: Db, accountId: string, key: string) =>
  db
    .prepare('SELECT payload, updated_at FROM drafts WHERE account_id = ? AND draft_key = ?')
    .get(accountId, key) as DraftRow | undefined;

/** The count and bytes of an account's drafts other than `key`. */
export const otherDraftsSize = (db: Db, accountId: string, key: string) =>
  db
    .prepare(
      `SELECT count(*) AS count, coalesce(sum(length(CAST(payload AS BLOB))), 0) AS bytes
         FROM drafts WHERE account_id = ? AND draft_key <> ?`,
    )
    .get(accountId, key) as { count: number; bytes: number };

export function upsertDraft(db: Db, accountId: string, key: string, text: string, at: string): void {
  db.prepare(
    `INSERT INTO drafts (account_id, draft_key, payload, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (account_id, draft_key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at`,
  ).run(accountId, key, text, at);
}

export function deleteDraft(db: Db, accountId: string, key: string): void {
  db.prepare('DELETE FROM drafts WHERE account_id = ? AND draft_key = ?').run(accountId, key);
}
