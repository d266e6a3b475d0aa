import type { Migration } from '../migrate';

/** A record of every backup attempt, so Administration can say when the last good one was. */
export const migration0004: Migration = {
  version: 4,
  name: 'backups',
  up(db) {
    db.exec(`
      CREATE TABLE backup_runs (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('daily','quit','manual','before_restore')),
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        folder TEXT NOT NULL,
        name TEXT,
        ok INTEGER NOT NULL CHECK (ok IN (0,1)),
        verified INTEGER NOT NULL CHECK (verified IN (0,1)),
        bytes INTEGER,
        message TEXT,
        started_by TEXT REFERENCES accounts(id)
      ) STRICT;
      CREATE INDEX backup_runs_recent ON backup_runs(finished_at);
    `);
  },
};
