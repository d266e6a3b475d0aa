import type { Migration } from '../migrate';

/**
 * Care plans (issue 9). The plan itself is a signed record (kind `care_plan`, migration 0008's
 * tables); this adds only what is the feature's own: which record is a client's plan and the
 * review date of its version in force (so the caseload can tell overdue reviews for many clients
 * in one query, without reading signed content), and the clinic's plan templates.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'care-plans',
  up(db) {
    db.exec(`
      CREATE TABLE care_plans (
        record_id TEXT PRIMARY KEY NOT NULL REFERENCES signed_records(id) ON DELETE CASCADE,
        client_id TEXT NOT NULL REFERENCES clients(id),
        created_at TEXT NOT NULL,
        -- The review date of the signed version in force; NULL until a version is signed.
        review_date TEXT CHECK (review_date IS NULL OR review_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        review_version_id TEXT REFERENCES record_versions(id),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX care_plans_by_client ON care_plans(client_id, created_at);

      CREATE TABLE care_plan_templates (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        content TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES accounts(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES accounts(id),
        updated_by_name TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX care_plan_templates_by_name ON care_plan_templates(lower(name)) WHERE archived_at IS NULL;
    `);
  },
};
