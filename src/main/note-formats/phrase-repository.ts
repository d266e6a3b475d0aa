import type { PHRASE_SCOPES } from '../../shared/contracts/progress-notes';
import type { Db } from '../db/open';

/** The SQL of saved phrases (table saved_phrases, migration 0018). */

export type PhraseScope = (typeof PHRASE_SCOPES)[number];

export interface PhraseRow {
  id: string;
  scope: PhraseScope;
  owner_id: string | null;
  owner_name: string | null;
  shortcut: string;
  title: string;
  text: string;
  updated_at: string;
}

const SELECT = `SELECT p.id, p.scope, p.owner_id, a.full_name AS owner_name, p.shortcut, p.title, p.text,
                       p.updated_at
                FROM saved_phrases p LEFT JOIN accounts a ON a.id = p.owner_id`;

/** The clinic's phrases, and one person's own when `ownerId` is given; by shortcut. */
export function readPhrases(db: Db, ownerId: string | null): PhraseRow[] {
  return db
    .prepare(
      `${SELECT} WHERE p.scope = 'clinic' OR (p.scope = 'mine' AND p.owner_id = ?)
       ORDER BY p.shortcut, p.scope DESC`,
    )
    .all(ownerId) as PhraseRow[];
}

export const findPhrase = (db: Db, id: string): PhraseRow | undefined =>
  db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PhraseRow | undefined;

/** Another phrase of the same owner (or of the clinic, `ownerId` null) with this shortcut. */
export function shortcutTaken(db: Db, ownerId: string | null, shortcut: string, exceptId?: string): boolean {
  return (
    db
      .prepare(`SELECT 1 FROM saved_phrases WHERE coalesce(owner_id, '') = ? AND shortcut = ? AND id <> ?`)
      .get(ownerId ?? '', shortcut, exceptId ?? '') !== undefined
  );
}

export const countPhrases = (db: Db, ownerId: string | null): number =>
  db
    .prepare(`SELECT count(*) FROM saved_phrases WHERE coalesce(owner_id, '') = ?`)
    .pluck()
    .get(ownerId ?? '') as number;

export function insertPhrase(
  db: Db,
  row: {
    id: string;
    scope: PhraseScope;
    ownerId: string | null;
    shortcut: string;
    title: string;
    text: string;
    by: string;
    at: string;
  },
): void {
  db.prepare(
    `INSERT INTO saved_phrases
       (id, scope, owner_id, shortcut, title, text, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @scope, @ownerId, @shortcut, @title, @text, @at, @by, @at, @by)`,
  ).run(row);
}

export function updatePhrase(
  db: Db,
  row: { id: string; shortcut: string; title: string; text: string; by: string; at: string },
): void {
  db.prepare(
    `UPDATE saved_phrases SET shortcut = @shortcut, title = @title, text = @text,
       updated_at = @at, updated_by = @by WHERE id = @id`,
  ).run(row);
}

export const deletePhraseRow = (db: Db, id: string): void => {
  db.prepare('DELETE FROM saved_phrases WHERE id = ?').run(id);
};
