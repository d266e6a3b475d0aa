import type { Diagnosis } from '../../shared/contracts/diagnoses';
import { clientIdsJson, keptClientId } from '../clients/repository';
import type { Db } from '../db/open';

export interface DiagnosisRow {
  id: string;
  client_id: string;
  code: string;
  title: string;
  is_primary: number;
  onset_date: string | null;
  resolved_date: string | null;
  recorded_by_name: string | null;
  updated_at: string;
}

export const toDiagnosis = (r: DiagnosisRow): Diagnosis => ({
  id: r.id,
  clientId: r.client_id,
  code: r.code,
  title: r.title,
  isPrimary: r.is_primary === 1,
  onsetDate: r.onset_date,
  resolvedDate: r.resolved_date,
  recordedByName: r.recorded_by_name,
  updatedAt: r.updated_at,
});

/** What a diagnosis row holds besides who and when. */
export interface DiagnosisColumns {
  code: string;
  title: string;
  isPrimary: boolean;
  onsetDate: string | null;
  resolvedDate: string | null;
}

const SELECT = `SELECT d.*, a.full_name AS recorded_by_name FROM client_diagnoses d LEFT JOIN accounts a ON a.id = d.created_by`;

export const findDiagnosisRow = (db: Db, id: string) =>
  (db.prepare(`${SELECT} WHERE d.id = ? AND d.status = 'active'`).get(id) as DiagnosisRow | undefined) ??
  null;

/** Every active diagnosis of a client, unfiltered: for code that already asked the policy (exports). */
export function readDiagnoses(db: Db, clientId: string): Diagnosis[] {
  return (
    (
      db
        .prepare(
          `${SELECT} WHERE d.client_id IN (SELECT value FROM json_each(?)) AND d.status = 'active' ORDER BY d.is_primary DESC, d.resolved_date IS NOT NULL, d.created_at`,
        )
        // The client's own diagnoses and those of every record merged into it.
        .all(clientIdsJson(db, clientId)) as DiagnosisRow[]
    ).map(toDiagnosis)
  );
}

export const hasOpenDiagnosis = (db: Db, clientId: string, code: string): boolean =>
  db
    .prepare(
      `SELECT 1 FROM client_diagnoses WHERE client_id IN (SELECT value FROM json_each(?)) AND code = ? AND status = 'active' AND resolved_date IS NULL`,
    )
    .get(clientIdsJson(db, keptClientId(db, clientId)), code) !== undefined;

export function insertDiagnosis(
  db: Db,
  row: { id: string; clientId: string; by: string; at: string } & DiagnosisColumns,
): void {
  db.prepare(
    `INSERT INTO client_diagnoses (id, client_id, code, title, is_primary, onset_date, resolved_date, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.clientId,
    row.code,
    row.title,
    row.isPrimary ? 1 : 0,
    row.onsetDate,
    row.resolvedDate,
    row.at,
    row.by,
    row.at,
    row.by,
  );
}

export function updateDiagnosisRow(
  db: Db,
  id: string,
  columns: DiagnosisColumns,
  by: string,
  at: string,
): void {
  db.prepare(
    `UPDATE client_diagnoses SET code = ?, title = ?, is_primary = ?, onset_date = ?, resolved_date = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(
    columns.code,
    columns.title,
    columns.isPrimary ? 1 : 0,
    columns.onsetDate,
    columns.resolvedDate,
    at,
    by,
    id,
  );
}

/** Only one primary diagnosis: marking a new one primary clears the flag on the others. */
export function clearOtherPrimary(db: Db, clientId: string, exceptId: string, by: string, at: string): void {
  db.prepare(
    `UPDATE client_diagnoses SET is_primary = 0, updated_at = ?, updated_by = ?
       WHERE client_id IN (SELECT value FROM json_each(?)) AND id != ? AND is_primary = 1`,
  ).run(at, by, clientIdsJson(db, keptClientId(db, clientId)), exceptId);
}

export function markEnteredInError(db: Db, id: string, reason: string, by: string, at: string): void {
  db.prepare(
    `UPDATE client_diagnoses SET status = 'entered_in_error', is_primary = 0, removed_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(reason, at, by, id);
}
