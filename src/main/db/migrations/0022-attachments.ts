import type { Migration } from '../migrate';

/**
 * Attachments (issue 11): files added to a client's file, kept inside this encrypted database —
 * one file to back up, nothing in plaintext on disk. The bytes are split into chunks of 256 KiB
 * (`attachment_chunks`), so reading or saving one never needs the whole file in memory.
 *
 * A stored attachment never changes: its chunks refuse UPDATE and DELETE, and no chunk can be
 * added past its `chunk_count`. The attachment's row refuses DELETE, and its only change is
 * removal — a status with who, when and why, set once — after which the bytes stay.
 *
 * An upload in progress is not here at all: it is held by the core until it is finished (then
 * written in one transaction) or cancelled, so a half-sent file leaves nothing behind.
 */
export const migration0022: Migration = {
  version: 22,
  name: 'attachments',
  up(db) {
    db.exec(`
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients(id),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        kind TEXT NOT NULL CHECK (kind IN ('consent_form','id_card','letter','hospital_papers','insurance_card','other')),
        document_date TEXT NOT NULL CHECK (document_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        file_type TEXT NOT NULL CHECK (file_type IN ('pdf','jpg','png','heic','docx')),
        mime_type TEXT NOT NULL,
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        chunk_bytes INTEGER NOT NULL CHECK (chunk_bytes > 0),
        chunk_count INTEGER NOT NULL CHECK (chunk_count >= 1),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        -- A signed note or care plan of the same client (checked by the service).
        linked_record_id TEXT REFERENCES signed_records(id),
        linked_kind TEXT CHECK (linked_kind IN ('note','care_plan')),
        added_by TEXT NOT NULL REFERENCES accounts(id),
        added_by_name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        removed_at TEXT,
        removed_by TEXT REFERENCES accounts(id),
        removed_by_name TEXT,
        removed_reason TEXT CHECK (removed_reason IS NULL OR length(removed_reason) BETWEEN 1 AND 500),
        CHECK ((linked_record_id IS NULL) = (linked_kind IS NULL)),
        CHECK ((removed_at IS NULL) = (removed_by IS NULL)
           AND (removed_at IS NULL) = (removed_by_name IS NULL)
           AND (removed_at IS NULL) = (removed_reason IS NULL))
      ) STRICT;
      CREATE INDEX attachments_by_client ON attachments(client_id, added_at);

      CREATE TABLE attachment_chunks (
        attachment_id TEXT NOT NULL REFERENCES attachments(id),
        chunk_no INTEGER NOT NULL CHECK (chunk_no >= 0),
        data BLOB NOT NULL,
        PRIMARY KEY (attachment_id, chunk_no)
      ) STRICT;

      CREATE TRIGGER attachment_chunks_no_update BEFORE UPDATE ON attachment_chunks
      BEGIN SELECT RAISE(ABORT, 'attachment_immutable: a stored chunk is never changed'); END;
      CREATE TRIGGER attachment_chunks_no_delete BEFORE DELETE ON attachment_chunks
      BEGIN SELECT RAISE(ABORT, 'attachment_immutable: a stored chunk is never removed'); END;
      CREATE TRIGGER attachment_chunks_within_count BEFORE INSERT ON attachment_chunks
      WHEN NEW.chunk_no >= (SELECT chunk_count FROM attachments WHERE id = NEW.attachment_id)
      BEGIN SELECT RAISE(ABORT, 'attachment_immutable: no chunk beyond the stored count'); END;

      CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
      BEGIN SELECT RAISE(ABORT, 'attachment_immutable: an attachment is removed by a status, never deleted'); END;
      CREATE TRIGGER attachments_only_removal BEFORE UPDATE ON attachments
      WHEN OLD.removed_at IS NOT NULL OR NEW.removed_at IS NULL
        OR NEW.id IS NOT OLD.id OR NEW.client_id IS NOT OLD.client_id OR NEW.title IS NOT OLD.title
        OR NEW.kind IS NOT OLD.kind OR NEW.document_date IS NOT OLD.document_date
        OR NEW.file_name IS NOT OLD.file_name OR NEW.file_type IS NOT OLD.file_type
        OR NEW.mime_type IS NOT OLD.mime_type OR NEW.size_bytes IS NOT OLD.size_bytes
        OR NEW.chunk_bytes IS NOT OLD.chunk_bytes OR NEW.chunk_count IS NOT OLD.chunk_count
        OR NEW.sha256 IS NOT OLD.sha256 OR NEW.linked_record_id IS NOT OLD.linked_record_id
        OR NEW.linked_kind IS NOT OLD.linked_kind OR NEW.added_by IS NOT OLD.added_by
        OR NEW.added_by_name IS NOT OLD.added_by_name OR NEW.added_at IS NOT OLD.added_at
      BEGIN SELECT RAISE(ABORT, 'attachment_immutable: only a removal, once, changes an attachment'); END;
    `);
  },
};
