import type { Db } from '../db/open';

/**
 * Merges never move child rows: a duplicate only points to the record kept (`merged_into_id`),
 * and reads resolve through that pointer. Signed records cannot have their client changed (the
 * database refuses it), and a table added next year needs no line in the merge to follow it.
 *
 * A merge chain is short (B into A, later A into K), and `merged_into_id` can only be set on an
 * active record that is not the survivor, so it has no cycles; the depth limit is a guard anyway.
 */
const MAX_DEPTH = 64;

/**
 * The client and every record merged into it, directly or through another merged record: the ids
 * whose rows make up this client's file. The client's own id comes first.
 */
export function clientIdsOf(db: Db, clientId: string): string[] {
  const ids = db
    .prepare(
      `WITH RECURSIVE family(id, depth) AS (
         SELECT ?, 0
         UNION
         SELECT c.id, f.depth + 1 FROM clients c JOIN family f ON c.merged_into_id = f.id WHERE f.depth < ?
       )
       SELECT id FROM family ORDER BY depth, id`,
    )
    .pluck()
    .all(clientId, MAX_DEPTH) as string[];
  return ids.length ? ids : [clientId];
}

/** `clientIdsOf` as a JSON array, for `client_id IN (SELECT value FROM json_each(?))`. */
export const clientIdsJson = (db: Db, clientId: string): string => JSON.stringify(clientIdsOf(db, clientId));

/**
 * The record a client id stands for now: itself, or — for a merged duplicate — the record it was
 * merged into (following later merges too). Unknown ids come back unchanged.
 */
export function keptClientId(db: Db, clientId: string): string {
  const next = db.prepare('SELECT merged_into_id FROM clients WHERE id = ?').pluck();
  let id = clientId;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const into = next.get(id) as string | null | undefined;
    if (!into) return id;
    id = into;
  }
  return id;
}
