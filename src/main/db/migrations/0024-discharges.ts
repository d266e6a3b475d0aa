import type { Migration } from '../migrate';

/**
 * Discharge (issue 11). A discharge is a signed record (kind `discharge`, migration 0008's
 * tables): its content, versions and signatures live there. This adds what lists and the timeline
 * read without parsing signed content, and the re-enrollments.
 *
 * - discharges: one row per discharge record — whose, which program, where it stands, the reason
 *   and date as signed. Once signed the row never changes (trigger), like the version it mirrors.
 *   One draft per client and program at a time.
 * - client_reenrollments: append-only; each names the program and start of the new enrollment and
 *   the discharge it followed. The enrollment itself is a client_enrollments row like any other.
 */
export const migration0024: Migration = {
  version: 24,
  name: 'discharges',
  up(db) {
    db.exec(`
      CREATE TABLE discharges (
        record_id TEXT PRIMARY KEY NOT NULL REFERENCES signed_records(id) ON DELETE CASCADE,
        client_id TEXT NOT NULL REFERENCES clients(id),
        program TEXT NOT NULL CHECK (length(program) BETWEEN 1 AND 100),
        author_id TEXT NOT NULL REFERENCES accounts(id),
        author_name TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('draft','signed')),
        draft_version_id TEXT,
        signed_version_id TEXT REFERENCES record_versions(id),
        reason TEXT,
        discharge_date TEXT CHECK (discharge_date IS NULL OR discharge_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        part2 INTEGER NOT NULL DEFAULT 0 CHECK (part2 IN (0,1)),
        signed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (state = 'draft' OR (signed_version_id IS NOT NULL AND signed_at IS NOT NULL AND discharge_date IS NOT NULL))
      ) STRICT;
      CREATE INDEX discharges_by_client ON discharges(client_id, discharge_date);
      CREATE UNIQUE INDEX discharges_one_draft_per_program ON discharges(client_id, program) WHERE state = 'draft';
      CREATE TRIGGER discharges_signed_no_update BEFORE UPDATE ON discharges WHEN OLD.state = 'signed'
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a signed discharge is never changed'); END;
      CREATE TRIGGER discharges_signed_no_delete BEFORE DELETE ON discharges WHEN OLD.state = 'signed'
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a signed discharge is never removed'); END;

      CREATE TABLE client_reenrollments (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients(id),
        program TEXT NOT NULL CHECK (length(program) BETWEEN 1 AND 100),
        start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        previous_discharge_id TEXT REFERENCES signed_records(id),
        by_account TEXT NOT NULL REFERENCES accounts(id),
        by_name TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX client_reenrollments_by_client ON client_reenrollments(client_id, at);
      CREATE TRIGGER client_reenrollments_no_update BEFORE UPDATE ON client_reenrollments
      BEGIN SELECT RAISE(ABORT, 'reenrollment_immutable: a re-enrollment is never changed'); END;
      CREATE TRIGGER client_reenrollments_no_delete BEFORE DELETE ON client_reenrollments
      BEGIN SELECT RAISE(ABORT, 'reenrollment_immutable: a re-enrollment is never removed'); END;
    `);
  },
};
