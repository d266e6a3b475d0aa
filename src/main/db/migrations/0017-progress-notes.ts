import type { Migration } from '../migrate';

/**
 * Progress notes (issue 10). A note is a signed record (kind `progress_note`, migration 0008's
 * tables): its content, versions, signatures and addenda live there and nowhere else. This adds
 * only what lists and queues need without reading signed content — whose note it is, where it
 * stands, the contact it documents — and the supervisors' returns, which are append-only.
 *
 * The listing columns (format, contact date and time, type, Part 2) follow the signed version
 * once there is one, and the draft before that (autosave keeps them current).
 */
export const migration0017: Migration = {
  version: 17,
  name: 'progress-notes',
  up(db) {
    db.exec(`
      CREATE TABLE progress_notes (
        record_id TEXT PRIMARY KEY NOT NULL REFERENCES signed_records(id) ON DELETE CASCADE,
        client_id TEXT NOT NULL REFERENCES clients(id),
        author_id TEXT NOT NULL REFERENCES accounts(id),
        author_name TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('draft','awaiting_cosign','returned','signed')),
        format_id TEXT NOT NULL,
        contact_date TEXT CHECK (contact_date IS NULL OR contact_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        start_time TEXT,
        contact_type TEXT NOT NULL,
        part2 INTEGER NOT NULL DEFAULT 0 CHECK (part2 IN (0,1)),
        -- The open draft (the first one, or the writer's copy of a returned note); NULL when none.
        draft_version_id TEXT,
        -- The writer's signed version (the one awaiting co-signature, or final).
        signed_version_id TEXT REFERENCES record_versions(id),
        cosign_required INTEGER NOT NULL DEFAULT 0 CHECK (cosign_required IN (0,1)),
        signed_at TEXT,
        late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0,1)),
        -- The signed contact's start as an instant, when it reached the client (caseload "last contact").
        reached_at TEXT,
        cosigned_at TEXT,
        cosigned_by_name TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX progress_notes_by_client ON progress_notes(client_id, contact_date, start_time);
      CREATE INDEX progress_notes_drafts_by_author ON progress_notes(author_id, updated_at)
        WHERE draft_version_id IS NOT NULL;
      CREATE INDEX progress_notes_cosign_queue ON progress_notes(signed_at) WHERE state = 'awaiting_cosign';
      CREATE INDEX progress_notes_reached ON progress_notes(client_id, reached_at) WHERE reached_at IS NOT NULL;

      CREATE TABLE progress_note_returns (
        id TEXT PRIMARY KEY NOT NULL,
        record_id TEXT NOT NULL REFERENCES signed_records(id),
        version_id TEXT NOT NULL REFERENCES record_versions(id),
        comment TEXT NOT NULL CHECK (length(comment) BETWEEN 1 AND 1000),
        returned_by TEXT NOT NULL REFERENCES accounts(id),
        returned_by_name TEXT NOT NULL,
        returned_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX progress_note_returns_by_record ON progress_note_returns(record_id, returned_at);
      CREATE TRIGGER progress_note_returns_no_update BEFORE UPDATE ON progress_note_returns
      BEGIN SELECT RAISE(ABORT, 'progress_note_return_immutable: a return is never changed'); END;
      CREATE TRIGGER progress_note_returns_no_delete BEFORE DELETE ON progress_note_returns
      BEGIN SELECT RAISE(ABORT, 'progress_note_return_immutable: a return is never removed'); END;
    `);
  },
};
