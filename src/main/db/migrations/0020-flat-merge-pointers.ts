import type { Migration } from '../migrate';

/**
 * A merge chain (B merged into A, later A into K) left B pointing at A, a merged record. Code
 * that resolves the kept client in one hop (`coalesce(merged_into_id, id)`: notes, note search,
 * the queues) then named A and asked access of A. From now on `markMerged` repoints the earlier
 * duplicates; this repoints the chains already made, each to the end of its chain.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'flat-merge-pointers',
  up(db) {
    db.exec(`
      WITH RECURSIVE chain(id, root, depth) AS (
        SELECT id, merged_into_id, 1 FROM clients WHERE merged_into_id IS NOT NULL
        UNION ALL
        SELECT chain.id, c.merged_into_id, chain.depth + 1
          FROM chain JOIN clients c ON c.id = chain.root
         WHERE c.merged_into_id IS NOT NULL AND chain.depth < 64
      )
      UPDATE clients
         SET merged_into_id = (SELECT root FROM chain WHERE chain.id = clients.id ORDER BY depth DESC LIMIT 1)
       WHERE merged_into_id IN (SELECT id FROM clients WHERE merged_into_id IS NOT NULL);
    `);
  },
};
