import type { Migration } from '../migrate';

/**
 * Unsaved form drafts (a new client's intake, an edit in progress), one per account and form, so
 * what a person typed survives an auto-lock or a crash. Kept in the encrypted database because a
 * draft holds client information; the renderer keeps nothing once Lantern locks.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        draft_key TEXT NOT NULL,
        payload TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (account_id, draft_key)
      ) STRICT;
    `);
  },
};
