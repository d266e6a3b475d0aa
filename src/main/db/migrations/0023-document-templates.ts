import type { Migration } from '../migrate';

/**
 * The clinic's Word templates (issue 11), their bytes inside the encrypted database.
 *
 * - document_templates: one row per template; its only change is being archived (no longer
 *   offered for filling), which is final. Never deleted: documents made from it name it.
 * - document_template_versions: append-only. A re-upload is a new version; a filled document
 *   names the version it was made from, so a version's bytes are never changed or removed
 *   (triggers refuse it). The name and description travel with each version.
 */
export const migration0023: Migration = {
  version: 23,
  name: 'document-templates',
  up(db) {
    db.exec(`
      CREATE TABLE document_templates (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES accounts(id),
        archived_at TEXT,
        archived_by TEXT REFERENCES accounts(id),
        archived_by_name TEXT,
        CHECK ((status = 'archived') = (archived_at IS NOT NULL))
      );
      CREATE TRIGGER document_templates_archive_only BEFORE UPDATE ON document_templates
      WHEN OLD.status = 'archived' OR NEW.id IS NOT OLD.id OR NEW.created_at IS NOT OLD.created_at
        OR NEW.created_by IS NOT OLD.created_by
      BEGIN SELECT RAISE(ABORT, 'document_template_immutable: a template is only ever archived'); END;
      CREATE TRIGGER document_templates_no_delete BEFORE DELETE ON document_templates
      BEGIN SELECT RAISE(ABORT, 'document_template_immutable: a template is never removed'); END;

      CREATE TABLE document_template_versions (
        template_id TEXT NOT NULL REFERENCES document_templates(id),
        version INTEGER NOT NULL CHECK (version >= 1),
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        file_name TEXT NOT NULL,
        bytes BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        fields TEXT NOT NULL,
        merge_fields_converted INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL REFERENCES accounts(id),
        added_by_name TEXT NOT NULL,
        PRIMARY KEY (template_id, version)
      );
      CREATE TRIGGER document_template_versions_no_update BEFORE UPDATE ON document_template_versions
      BEGIN SELECT RAISE(ABORT, 'document_template_immutable: a template version is never changed'); END;
      CREATE TRIGGER document_template_versions_no_delete BEFORE DELETE ON document_template_versions
      BEGIN SELECT RAISE(ABORT, 'document_template_immutable: a template version is never removed'); END;
    `);
  },
};
