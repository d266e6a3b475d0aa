import type { Migration } from '../migrate';

/**
 * Standardized measures. A measure given is an observation of one moment, never edited: its
 * rows are append-only (triggers refuse UPDATE and DELETE), like the audit trail, rather than a
 * signed record — nothing is drafted or signed, and the trend and caseload read the score as a
 * column (an index, not JSON parsed per row). A wrong entry is answered by giving it again.
 *
 * - instruments: files a clinic added (the shipped ones live in resources/instruments). A result
 *   names its instrument's id and version; an added version is never replaced or removed.
 * - measure_results: one per measure given; answers and subscale totals as JSON, score columns.
 * - measure_alerts / measure_alert_acks: a critical item's alert, and the one acknowledgement that
 *   closes it (who, when, what was done). Open = no acknowledgement row.
 * - measure_schedules: "instrument every N days for program X (or everyone)". Settings, not
 *   clinical content: they may be changed (each change audited).
 */
export const migration0011: Migration = {
  version: 11,
  name: 'measures',
  up(db) {
    db.exec(`
      CREATE TABLE instruments (
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        definition TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL REFERENCES accounts(id),
        added_by_name TEXT NOT NULL,
        PRIMARY KEY (id, version)
      );

      CREATE TABLE measure_results (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients(id),
        instrument_id TEXT NOT NULL,
        instrument_version TEXT NOT NULL,
        administered_at TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('office', 'client')),
        status TEXT NOT NULL CHECK (status IN ('complete', 'prorated', 'incomplete')),
        total INTEGER,
        band_id TEXT,
        subscales TEXT NOT NULL,
        criteria_met INTEGER,
        answers TEXT NOT NULL,
        entered_by TEXT NOT NULL REFERENCES accounts(id),
        entered_by_name TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX measure_results_trend ON measure_results(client_id, instrument_id, administered_at);

      CREATE TABLE measure_alerts (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients(id),
        result_id TEXT NOT NULL REFERENCES measure_results(id),
        instrument_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        alert_id TEXT NOT NULL,
        raised_at TEXT NOT NULL
      );
      CREATE INDEX measure_alerts_by_client ON measure_alerts(client_id, raised_at);

      CREATE TABLE measure_alert_acks (
        alert_id TEXT PRIMARY KEY REFERENCES measure_alerts(id),
        note TEXT NOT NULL CHECK (length(trim(note)) > 0),
        acknowledged_by TEXT NOT NULL REFERENCES accounts(id),
        acknowledged_by_name TEXT NOT NULL,
        acknowledged_at TEXT NOT NULL
      );

      CREATE TABLE measure_schedules (
        id TEXT PRIMARY KEY,
        instrument_id TEXT NOT NULL,
        program TEXT,
        interval_days INTEGER NOT NULL CHECK (interval_days BETWEEN 1 AND 365),
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES accounts(id),
        updated_by_name TEXT NOT NULL
      );
    `);
    for (const table of ['instruments', 'measure_results', 'measure_alerts', 'measure_alert_acks']) {
      db.exec(`
        CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
        BEGIN SELECT RAISE(ABORT, 'measure_immutable: ${table} rows are never changed'); END;
        CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
        BEGIN SELECT RAISE(ABORT, 'measure_immutable: ${table} rows are never deleted'); END;
      `);
    }
  },
};
