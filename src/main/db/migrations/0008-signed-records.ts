import type { Migration } from '../migrate';

/**
 * The signed-record primitive (docs/signed-records.md): one set of tables for every clinical
 * record that is drafted, signed and then never changed — care plans, notes, assessments, safety
 * plans, consents. The database itself refuses to change what was signed: the triggers below
 * abort any UPDATE or DELETE of a signed version, a signed addendum, a signature or a status
 * event, whatever code runs the statement.
 *
 * Shaped for sync and merges: UUIDv7 text ids, ISO-8601 UTC instants, append-only rows, and a
 * `client_id` written once when the record is created (a merge points the duplicate client at
 * the kept one; it never rewrites these rows). `content` is the canonical JSON text
 * (src/shared/domain/canonical-json.ts) and `content_hash` the SHA-256 of its UTF-8 bytes.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'signed-records',
  up(db) {
    db.exec(`
      CREATE TABLE signed_records (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind GLOB '[a-z]*' AND kind NOT GLOB '*[^a-z0-9_]*' AND length(kind) <= 64),
        client_id TEXT NOT NULL REFERENCES clients(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES accounts(id),
        created_by_name TEXT NOT NULL
      ) STRICT;
      CREATE INDEX signed_records_by_client ON signed_records(client_id, kind, id);

      CREATE TABLE record_versions (
        id TEXT PRIMARY KEY NOT NULL,
        record_id TEXT NOT NULL REFERENCES signed_records(id),
        version_no INTEGER NOT NULL CHECK (version_no >= 1),
        -- The signed version this one corrects; it stays as it was, superseded once this is signed.
        supersedes_id TEXT UNIQUE REFERENCES record_versions(id),
        status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
        schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
        content TEXT NOT NULL CHECK (json_valid(content)),
        content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES accounts(id),
        created_by_name TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES accounts(id),
        UNIQUE (record_id, version_no)
      ) STRICT;
      -- One draft at a time per record: a correction is started from the current signed version.
      CREATE UNIQUE INDEX record_versions_one_draft ON record_versions(record_id) WHERE status = 'draft';

      CREATE TABLE record_addenda (
        id TEXT PRIMARY KEY NOT NULL,
        record_id TEXT NOT NULL REFERENCES signed_records(id),
        version_id TEXT NOT NULL REFERENCES record_versions(id),
        status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
        schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
        content TEXT NOT NULL CHECK (json_valid(content)),
        content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES accounts(id),
        created_by_name TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES accounts(id)
      ) STRICT;
      CREATE INDEX record_addenda_by_record ON record_addenda(record_id, id);

      CREATE TABLE record_signatures (
        id TEXT PRIMARY KEY NOT NULL,
        version_id TEXT REFERENCES record_versions(id),
        addendum_id TEXT REFERENCES record_addenda(id),
        role TEXT NOT NULL CHECK (role GLOB '[a-z]*' AND length(role) <= 32),
        -- The name as signed: the staff member's name at the time, or the name the client typed.
        signer_name TEXT NOT NULL CHECK (length(trim(signer_name)) > 0),
        -- The account at the keyboard (the signer, or the worker witnessing a client's signature).
        account_id TEXT NOT NULL REFERENCES accounts(id),
        account_name TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
        details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
        CHECK ((version_id IS NULL) <> (addendum_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX record_signatures_one_per_role_version ON record_signatures(version_id, role)
        WHERE version_id IS NOT NULL;
      CREATE UNIQUE INDEX record_signatures_one_per_role_addendum ON record_signatures(addendum_id, role)
        WHERE addendum_id IS NOT NULL;

      CREATE TABLE record_status_events (
        id TEXT PRIMARY KEY NOT NULL,
        record_id TEXT NOT NULL REFERENCES signed_records(id),
        status TEXT NOT NULL CHECK (status GLOB '[a-z]*'),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES accounts(id),
        created_by_name TEXT NOT NULL
      ) STRICT;
      CREATE INDEX record_status_events_by_record ON record_status_events(record_id, id);

      -- A record row is written once (a merge must never need to change it) and removed only
      -- with its last draft, when nothing of it was ever signed.
      CREATE TRIGGER signed_records_no_update BEFORE UPDATE ON signed_records
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a record is never changed'); END;
      CREATE TRIGGER signed_records_no_delete_once_signed BEFORE DELETE ON signed_records
      WHEN EXISTS (SELECT 1 FROM record_versions WHERE record_id = OLD.id)
        OR EXISTS (SELECT 1 FROM record_addenda WHERE record_id = OLD.id)
        OR EXISTS (SELECT 1 FROM record_status_events WHERE record_id = OLD.id)
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a record with versions is never deleted'); END;

      -- Versions: born drafts, editable and discardable until signed, then frozen.
      CREATE TRIGGER record_versions_born_draft BEFORE INSERT ON record_versions
      WHEN NEW.status <> 'draft'
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a version starts as a draft'); END;
      CREATE TRIGGER record_versions_supersede_signed BEFORE INSERT ON record_versions
      WHEN NEW.supersedes_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM record_versions WHERE id = NEW.supersedes_id AND record_id = NEW.record_id AND status = 'signed')
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: only a signed version of the same record is superseded'); END;
      CREATE TRIGGER record_versions_frozen_once_signed BEFORE UPDATE ON record_versions
      WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a signed version is never changed'); END;
      CREATE TRIGGER record_versions_identity_fixed
      BEFORE UPDATE OF id, record_id, version_no, supersedes_id, created_at, created_by, created_by_name ON record_versions
      WHEN NEW.id IS NOT OLD.id OR NEW.record_id IS NOT OLD.record_id OR NEW.version_no IS NOT OLD.version_no
        OR NEW.supersedes_id IS NOT OLD.supersedes_id OR NEW.created_at IS NOT OLD.created_at
        OR NEW.created_by IS NOT OLD.created_by OR NEW.created_by_name IS NOT OLD.created_by_name
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a version keeps its place and author'); END;
      CREATE TRIGGER record_versions_no_delete_once_signed BEFORE DELETE ON record_versions
      WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a signed version is never deleted'); END;

      -- Addenda: the same life, attached to a signed version.
      CREATE TRIGGER record_addenda_born_draft_on_signed BEFORE INSERT ON record_addenda
      WHEN NEW.status <> 'draft' OR NOT EXISTS (
        SELECT 1 FROM record_versions WHERE id = NEW.version_id AND record_id = NEW.record_id AND status = 'signed')
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: an addendum starts as a draft on a signed version'); END;
      CREATE TRIGGER record_addenda_frozen_once_signed BEFORE UPDATE ON record_addenda
      WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a signed addendum is never changed'); END;
      CREATE TRIGGER record_addenda_identity_fixed
      BEFORE UPDATE OF id, record_id, version_id, created_at, created_by, created_by_name ON record_addenda
      WHEN NEW.id IS NOT OLD.id OR NEW.record_id IS NOT OLD.record_id OR NEW.version_id IS NOT OLD.version_id
        OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
        OR NEW.created_by_name IS NOT OLD.created_by_name
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: an addendum keeps its place and author'); END;
      CREATE TRIGGER record_addenda_no_delete_once_signed BEFORE DELETE ON record_addenda
      WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a signed addendum is never deleted'); END;

      -- Signatures: only on signed content, over exactly that content's hash, never changed,
      -- never on a version a later signed version has superseded.
      CREATE TRIGGER record_signatures_cover_signed_content BEFORE INSERT ON record_signatures
      WHEN NEW.content_hash IS NOT coalesce(
        (SELECT content_hash FROM record_versions WHERE id = NEW.version_id AND status = 'signed'),
        (SELECT content_hash FROM record_addenda WHERE id = NEW.addendum_id AND status = 'signed'))
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a signature covers the signed content''s hash'); END;
      CREATE TRIGGER record_signatures_not_superseded BEFORE INSERT ON record_signatures
      WHEN NEW.version_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM record_versions WHERE supersedes_id = NEW.version_id AND status = 'signed')
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a superseded version takes no more signatures'); END;
      CREATE TRIGGER record_signatures_no_update BEFORE UPDATE ON record_signatures
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a signature is never changed'); END;
      CREATE TRIGGER record_signatures_no_delete BEFORE DELETE ON record_signatures
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a signature is never deleted'); END;

      -- Status events ("entered in error"): append-only.
      CREATE TRIGGER record_status_events_no_update BEFORE UPDATE ON record_status_events
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a status event is never changed'); END;
      CREATE TRIGGER record_status_events_no_delete BEFORE DELETE ON record_status_events
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a status event is never deleted'); END;
    `);
  },
};
