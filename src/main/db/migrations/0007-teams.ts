import type { Migration } from '../migrate';

/**
 * Teams of staff. A case manager sees, besides their own clients, the clients assigned to anyone
 * on their team; an account has at most one team, and no team means access by assignment only.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'teams',
  up(db) {
    db.exec(`
      CREATE TABLE teams (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES accounts(id)
      ) STRICT;

      ALTER TABLE accounts ADD COLUMN team_id TEXT REFERENCES teams(id);
      CREATE INDEX accounts_by_team ON accounts(team_id);
    `);
  },
};
