import type { Migration } from '../migrate';

/**
 * Indexes measured to matter with a clinical history at 10,000–100,000 clients (`npm run bench`).
 * Every clinical read that follows merges (`clientIdsOf`: a client and the duplicates merged into
 * it — assessments, measures, risk history) walked `clients.merged_into_id`, which had no index:
 * each step of the recursive query read the whole clients table (a measure's trend took 28 ms at
 * 10,000 clients). Partial, because only merged duplicates have the column set.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'clinical-speed',
  up(db) {
    db.exec(`
      CREATE INDEX clients_by_merged_into ON clients(merged_into_id) WHERE merged_into_id IS NOT NULL;
    `);
  },
};
