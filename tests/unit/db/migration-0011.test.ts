import { describe, expect, it } from 'vitest';
import { encryptedTestDatabase } from '../../helpers/db';

/** Measures are append-only: these statements go straight to SQL, past every service check. */
function clinicWithOneAcknowledgedAlert() {
  const { db } = encryptedTestDatabase();
  db.exec(`
    INSERT INTO accounts (id, username, full_name, role, created_at, updated_at)
      VALUES ('acc-cam', 'cam', 'Cam Manager', 'case_manager', 'x', 'x');
    INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
      VALUES ('client-1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x');
    INSERT INTO instruments (id, version, definition, added_at, added_by, added_by_name)
      VALUES ('clinic-x', '1', '{}', 'x', 'acc-cam', 'Cam Manager');
    INSERT INTO measure_results (id, client_id, instrument_id, instrument_version, administered_at, mode, status, total,
        band_id, subscales, criteria_met, answers, entered_by, entered_by_name, created_at)
      VALUES ('r-1', 'client-1', 'phq-9', '1', '2026-01-01T10:00:00.000Z', 'office', 'complete', 1, 'minimal', '[]',
        NULL, '{"q9":1}', 'acc-cam', 'Cam Manager', 'x');
    INSERT INTO measure_alerts (id, client_id, result_id, instrument_id, item_id, alert_id, raised_at)
      VALUES ('a-1', 'client-1', 'r-1', 'phq-9', 'q9', 'self-harm-thoughts', 'x');
    INSERT INTO measure_alert_acks (alert_id, note, acknowledged_by, acknowledged_by_name, acknowledged_at)
      VALUES ('a-1', 'Safety plan reviewed', 'acc-cam', 'Cam Manager', 'x');
  `);
  return db;
}

describe('migration 0011: measures', () => {
  it('refuses UPDATE and DELETE of instruments, results, alerts and acknowledgements', () => {
    const db = clinicWithOneAcknowledgedAlert();
    const everything = () =>
      ['instruments', 'measure_results', 'measure_alerts', 'measure_alert_acks'].map((table) =>
        db.prepare(`SELECT * FROM ${table}`).all(),
      );
    const before = everything();
    for (const sql of [
      `UPDATE instruments SET definition = '{"changed":true}'`,
      `DELETE FROM instruments`,
      `UPDATE measure_results SET total = 0`,
      `UPDATE measure_results SET answers = '{"q9":0}'`,
      `DELETE FROM measure_results`,
      `UPDATE measure_alerts SET item_id = 'q1'`,
      `DELETE FROM measure_alerts`,
      `UPDATE measure_alert_acks SET note = 'nothing'`,
      `DELETE FROM measure_alert_acks`,
    ]) {
      expect(() => db.exec(sql), sql).toThrow(/measure_immutable/);
    }
    expect(everything()).toEqual(before);
  });

  it('refuses an empty acknowledgement note and an unknown mode', () => {
    const db = clinicWithOneAcknowledgedAlert();
    db.exec(`INSERT INTO measure_alerts (id, client_id, result_id, instrument_id, item_id, alert_id, raised_at)
      VALUES ('a-2', 'client-1', 'r-1', 'phq-9', 'q9', 'self-harm-thoughts', 'x')`);
    expect(() =>
      db.exec(`INSERT INTO measure_alert_acks (alert_id, note, acknowledged_by, acknowledged_by_name, acknowledged_at)
        VALUES ('a-2', '   ', 'acc-cam', 'Cam Manager', 'x')`),
    ).toThrow(/CHECK/);
    expect(() =>
      db.exec(`INSERT INTO measure_results (id, client_id, instrument_id, instrument_version, administered_at, mode, status,
        total, band_id, subscales, criteria_met, answers, entered_by, entered_by_name, created_at)
        VALUES ('r-2', 'client-1', 'phq-9', '1', 'x', 'phone', 'complete', 1, NULL, '[]', NULL, '{}', 'acc-cam', 'C', 'x')`),
    ).toThrow(/CHECK/);
  });
});
