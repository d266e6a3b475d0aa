import type { Diagnosis } from '../../shared/contracts/diagnoses';
import { clientIdsJson, keptClientId } from '../clients/repository';
import type { RowOf, Storage } from '../db/columns';
import { assignments, columnList, describeColumns, namedValues } from '../db/columns';
import type { Db } from '../db/open';

/** What a diagnosis row holds besides who and when. */
export interface DiagnosisColumns {
  code: string;
  title: string;
  isPrimary: boolean;
  onsetDate: string | null;
  resolvedDate: string | null;
}

/** Where each of them is kept (columns named in snake_case, src/main/db/columns.ts). */
const DIAGNOSIS_STORAGE = {
  code: 'text',
  title: 'text',
  isPrimary: 'boolean',
  onsetDate: 'nullableText',
  resolvedDate: 'nullableText',
} as const satisfies Record<keyof DiagnosisColumns, Storage>;
const diagnosisColumns = describeColumns<DiagnosisColumns, typeof DIAGNOSIS_STORAGE>(DIAGNOSIS_STORAGE);
const COLUMNS = diagnosisColumns.columns;

export type DiagnosisRow = RowOf<DiagnosisColumns, typeof DIAGNOSIS_STORAGE> & {
  id: string;
  client_id: string;
  recorded_by_name: string | null;
  updated_at: string;
};

export const toDiagnosis = (r: DiagnosisRow): Diagnosis => ({
  id: r.id,
  clientId: r.client_id,
  ...diagnosisColumns.read(r),
  recordedByName: r.recorded_by_name,
  updatedAt: r.updated_at,
});

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
    `INSERT INTO client_diagnoses (id, client_id, ${columnList(COLUMNS)}, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @clientId, ${namedValues(COLUMNS)}, @at, @by, @at, @by)`,
  ).run({ id: row.id, clientId: row.clientId, ...diagnosisColumns.write(row), at: row.at, by: row.by });
}

export function updateDiagnosisRow(
  db: Db,
  id: string,
  columns: DiagnosisColumns,
  by: string,
  at: string,
): void {
  db.prepare(
    `UPDATE client_diagnoses SET ${assignments(COLUMNS)}, updated_at = @at, updated_by = @by WHERE id = @id`,
  ).run({ id, ...diagnosisColumns.write(columns), at, by });
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
