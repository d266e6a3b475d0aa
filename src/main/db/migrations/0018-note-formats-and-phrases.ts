import type { Migration } from '../migrate';

/**
 * Note formats a clinic adds, and saved phrases.
 *
 * - note_formats: format files the clinic added (the shipped ones live in resources/note-formats).
 *   A signed note names its format's id and version, so an added version is never changed or
 *   removed (triggers refuse it, as for instruments): a new version is a new row.
 * - saved_phrases: a worker's own phrases (scope `mine`, owner_id set) and the clinic's (scope
 *   `clinic`, owner_id NULL). Wording, not client information: edited and deleted freely, each
 *   change audited. A shortcut is unique per owner, and once among the clinic's phrases — the
 *   unique index makes it so even if two saves race.
 */
export const migration0018: Migration = {
  version: 18,
  name: 'note-formats-and-phrases',
  up(db) {
    db.exec(`
      CREATE TABLE note_formats (
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        definition TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL REFERENCES accounts(id),
        added_by_name TEXT NOT NULL,
        PRIMARY KEY (id, version)
      );
      CREATE TRIGGER note_formats_no_update BEFORE UPDATE ON note_formats
      BEGIN SELECT RAISE(ABORT, 'note_format_immutable: an added note format is never changed'); END;
      CREATE TRIGGER note_formats_no_delete BEFORE DELETE ON note_formats
      BEGIN SELECT RAISE(ABORT, 'note_format_immutable: an added note format is never removed'); END;

      CREATE TABLE saved_phrases (
        id TEXT PRIMARY KEY,
        scope TEXT NOT NULL CHECK (scope IN ('mine', 'clinic')),
        owner_id TEXT REFERENCES accounts(id),
        shortcut TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES accounts(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES accounts(id),
        CHECK ((scope = 'mine') = (owner_id IS NOT NULL))
      );
      CREATE UNIQUE INDEX saved_phrases_shortcut ON saved_phrases (coalesce(owner_id, ''), shortcut);
    `);
  },
};
