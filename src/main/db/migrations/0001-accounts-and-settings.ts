import type { Migration } from '../migrate';

/**
 * Staff accounts and clinic settings. Every row carries updated_at/updated_by and ids are
 * UUIDv7 text, so a future sync engine can merge installations without renumbering.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'accounts-and-settings',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY NOT NULL,
        username TEXT NOT NULL COLLATE NOCASE UNIQUE,
        full_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('administrator','supervisor','case_manager','front_desk','reporting')),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','deactivated')),
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0,1)),
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES accounts(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES accounts(id),
        deactivated_at TEXT,
        deactivated_by TEXT REFERENCES accounts(id),
        deactivated_reason TEXT
      ) STRICT;

      -- Accounts are never deleted: past work must keep its author's name.
      CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts
      BEGIN SELECT RAISE(ABORT, 'accounts are deactivated, never deleted'); END;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES accounts(id)
      ) STRICT;
    `);
  },
};
