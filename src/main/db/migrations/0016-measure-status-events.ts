import type { Migration } from '../migrate';

/**
 * A measure result entered in error. Results stay append-only (0011): removing one is a status
 * event beside it — who, when and why — never an edit, so the wrong entry stays readable (struck
 * through) while the trend, due dates and alerts leave it out. Events are append-only too.
 * One `entered_in_error` per result: marking it twice is refused by the key, not only by main.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'measure-status-events',
  up(db) {
    db.exec(`
      CREATE TABLE measure_result_events (
        id TEXT PRIMARY KEY,
        result_id TEXT NOT NULL REFERENCES measure_results(id),
        status TEXT NOT NULL CHECK (status IN ('entered_in_error')),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        by_account TEXT NOT NULL REFERENCES accounts(id),
        by_name TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (result_id, status)
      );
      CREATE TRIGGER measure_result_events_no_update BEFORE UPDATE ON measure_result_events
      BEGIN SELECT RAISE(ABORT, 'measure_immutable: measure_result_events rows are never changed'); END;
      CREATE TRIGGER measure_result_events_no_delete BEFORE DELETE ON measure_result_events
      BEGIN SELECT RAISE(ABORT, 'measure_immutable: measure_result_events rows are never deleted'); END;
    `);
  },
};
