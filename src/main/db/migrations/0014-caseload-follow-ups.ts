import type { Migration } from '../migrate';

/**
 * Indexes for the caseload's "needs attention" filters (issue 9), so each starts from the few
 * rows that match instead of probing every client:
 * - plans by review date: the overdue ones are a range at the start of the index; and by client
 *   and review date, so "no review still to come" is one probe that reads no plan row;
 * - measure results by instrument and date: who was given an instrument recently, one range;
 * (Walking a merge family goes through 0015's index on merged_into_id.)
 */
export const migration0014: Migration = {
  version: 14,
  name: 'caseload-follow-ups',
  up(db) {
    db.exec(`
      CREATE INDEX care_plans_by_review ON care_plans(review_date, client_id) WHERE review_date IS NOT NULL;
      CREATE INDEX care_plans_by_client_review ON care_plans(client_id, review_date) WHERE review_date IS NOT NULL;
      CREATE INDEX measure_results_by_instrument ON measure_results(instrument_id, administered_at, client_id);
    `);
  },
};
