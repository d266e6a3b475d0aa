import type { Db } from '../open';
import type { Migration } from '../migrate';

const OLD_RISK_CHECK = "CHECK (risk_level IN ('unknown','low','moderate','high'))";
const NEW_RISK_CHECK = "CHECK (risk_level IN ('unknown','low','moderate','high','imminent'))";

/**
 * Assessments (issue 9). Their content is a signed record (kind `assessment`, tables of 0008);
 * here are only the rows the feature keeps beside it, and the client's risk level history.
 *
 * - `assessments`: one row per assessment record — intake or reassessment, the assessment a
 *   reassessment started from, and, once signed, when and the risk level it set. `signed_at` is
 *   written once (a trigger refuses changing it), so "last signed assessment per client" is one
 *   indexed lookup for the reassessment-due column.
 * - `client_risk_levels`: every risk level set, who, when, why and from what; append-only.
 * - `clients.risk_level` gains `imminent`.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'assessments',
  up(db) {
    widenRiskLevelCheck(db);
    db.exec(`
      CREATE TABLE assessments (
        record_id TEXT PRIMARY KEY NOT NULL REFERENCES signed_records(id),
        client_id TEXT NOT NULL REFERENCES clients(id),
        type TEXT NOT NULL CHECK (type IN ('intake','reassessment')),
        based_on_id TEXT REFERENCES assessments(record_id),
        created_at TEXT NOT NULL,
        signed_at TEXT,
        signed_by_name TEXT,
        risk_level TEXT CHECK (risk_level IS NULL OR risk_level IN ('low','moderate','high','imminent'))
      ) STRICT;
      CREATE INDEX assessments_by_client ON assessments(client_id, created_at);
      CREATE INDEX assessments_signed_by_client ON assessments(client_id, signed_at) WHERE signed_at IS NOT NULL;
      CREATE TRIGGER assessments_signed_once BEFORE UPDATE ON assessments
      WHEN OLD.signed_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a signed assessment is never changed'); END;
      CREATE TRIGGER assessments_signed_kept BEFORE DELETE ON assessments
      WHEN OLD.signed_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'signed_record_immutable: a signed assessment is never deleted'); END;

      CREATE TABLE client_risk_levels (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients(id),
        level TEXT NOT NULL CHECK (level IN ('low','moderate','high','imminent')),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        source TEXT NOT NULL CHECK (source IN ('assessment','manual')),
        assessment_id TEXT REFERENCES assessments(record_id),
        set_at TEXT NOT NULL,
        set_by TEXT NOT NULL REFERENCES accounts(id),
        set_by_name TEXT NOT NULL,
        CHECK ((source = 'assessment') = (assessment_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX client_risk_levels_by_client ON client_risk_levels(client_id, set_at);
      CREATE TRIGGER client_risk_levels_no_update BEFORE UPDATE ON client_risk_levels
      BEGIN SELECT RAISE(ABORT, 'risk level history is append-only'); END;
      CREATE TRIGGER client_risk_levels_no_delete BEFORE DELETE ON client_risk_levels
      BEGIN SELECT RAISE(ABORT, 'risk level history is append-only'); END;
    `);
  },
};

/**
 * Lets `clients.risk_level` hold `imminent`. SQLite cannot alter a CHECK, and rebuilding the
 * clients table inside the migration transaction (with foreign keys on and ten tables pointing
 * at it) is not possible; SQLite documents editing the stored CREATE TABLE text for loosening a
 * CHECK (https://sqlite.org/lang_altertable.html, "making other kinds of table schema changes"),
 * safe because every existing row satisfies the wider rule. It runs inside the migration's
 * transaction, bumps schema_version so every connection re-reads the schema, and checks the
 * result: if the text was not found exactly once, nothing is changed and the upgrade fails.
 */
function widenRiskLevelCheck(db: Db): void {
  const row = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'clients'").get() as
    { sql: string } | undefined;
  if (!row || row.sql.split(OLD_RISK_CHECK).length !== 2)
    throw new Error('0012: the clients table does not have the risk_level rule this upgrade expects.');
  const version = db.pragma('schema_version', { simple: true }) as number;
  // better-sqlite3 opens connections in SQLite's defensive mode, which forbids writing the schema.
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'clients'").run(
      row.sql.replace(OLD_RISK_CHECK, NEW_RISK_CHECK),
    );
    db.pragma(`schema_version = ${version + 1}`);
  } finally {
    db.pragma('writable_schema = OFF');
    db.unsafeMode(false);
  }
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok')
    throw new Error(`0012: the database is not consistent after the change (${String(check)}).`);
}
