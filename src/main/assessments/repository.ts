import type { AssessmentType, RiskEntry } from '../../shared/contracts/assessments';
import type { AssessedRiskLevel } from '../../shared/domain/risk';
import { RISK_RANK } from '../../shared/domain/risk';
import { clientIdsJson } from '../clients/repository';
import type { Db } from '../db/open';

/** Every SQL statement of assessments and risk levels (tables of migration 0012). */

export interface AssessmentRow {
  record_id: string;
  client_id: string;
  type: AssessmentType;
  based_on_id: string | null;
  created_at: string;
  signed_at: string | null;
  signed_by_name: string | null;
  risk_level: AssessedRiskLevel | null;
}

export function insertAssessment(
  db: Db,
  row: Pick<AssessmentRow, 'record_id' | 'client_id' | 'type' | 'based_on_id' | 'created_at'>,
): void {
  db.prepare(
    `INSERT INTO assessments (record_id, client_id, type, based_on_id, created_at)
     VALUES (@record_id, @client_id, @type, @based_on_id, @created_at)`,
  ).run(row);
}

export const findAssessment = (db: Db, recordId: string): AssessmentRow | null =>
  (db.prepare('SELECT * FROM assessments WHERE record_id = ?').get(recordId) as AssessmentRow | undefined) ??
  null;

/** A client's assessments (and those of records merged into it), newest first. */
export const assessmentsOfClient = (db: Db, clientId: string): AssessmentRow[] =>
  db
    .prepare(
      `SELECT * FROM assessments WHERE client_id IN (SELECT value FROM json_each(?))
       ORDER BY created_at DESC, record_id DESC`,
    )
    .all(clientIdsJson(db, clientId)) as AssessmentRow[];

/** The newest signed assessment of a client, if any: where a reassessment starts from. */
export const lastSignedAssessment = (db: Db, clientId: string): AssessmentRow | null =>
  (db
    .prepare(
      `SELECT * FROM assessments WHERE client_id IN (SELECT value FROM json_each(?)) AND signed_at IS NOT NULL
       ORDER BY signed_at DESC, record_id DESC LIMIT 1`,
    )
    .get(clientIdsJson(db, clientId)) as AssessmentRow | undefined) ?? null;

/** The record a version belongs to (the signed-record tables, read only). */
export const recordOfVersion = (db: Db, versionId: string): string | null =>
  (db.prepare('SELECT record_id FROM record_versions WHERE id = ?').pluck().get(versionId) as
    string | undefined) ?? null;

/** Who started each record, by record id (the signed-record tables, read only). */
export function authorsOf(db: Db, recordIds: readonly string[]): Map<string, string> {
  const rows = db
    .prepare('SELECT id, created_by_name FROM signed_records WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(recordIds)) as { id: string; created_by_name: string }[];
  return new Map(rows.map((r) => [r.id, r.created_by_name]));
}

/** Records that the assessment was signed: once (a trigger refuses a second time). */
export function markAssessmentSigned(
  db: Db,
  recordId: string,
  signed: { at: string; byName: string; riskLevel: AssessedRiskLevel },
): void {
  db.prepare(
    'UPDATE assessments SET signed_at = ?, signed_by_name = ?, risk_level = ? WHERE record_id = ?',
  ).run(signed.at, signed.byName, signed.riskLevel, recordId);
}

/** Only an assessment never signed is removed (its draft was discarded); a trigger guards it. */
export function deleteUnsignedAssessment(db: Db, recordId: string): void {
  db.prepare('DELETE FROM assessments WHERE record_id = ? AND signed_at IS NULL').run(recordId);
}

/**
 * When each client's newest signed assessment was signed, for many clients at once (the caseload's
 * reassessment-due column). Clients never assessed are absent from the map. Ids of merged
 * duplicates are not followed: the caseload lists kept clients, and a merge moves nothing here.
 */
export function lastSignedAtForClients(db: Db, clientIds: readonly string[]): Map<string, string> {
  if (clientIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT client_id, MAX(signed_at) AS last FROM assessments
       WHERE client_id IN (SELECT value FROM json_each(?)) AND signed_at IS NOT NULL
       GROUP BY client_id`,
    )
    .all(JSON.stringify(clientIds)) as { client_id: string; last: string }[];
  return new Map(rows.map((r) => [r.client_id, r.last]));
}

// ---- risk levels ---------------------------------------------------------------------------------

interface RiskRow {
  id: string;
  client_id: string;
  level: AssessedRiskLevel;
  reason: string;
  source: 'assessment' | 'manual';
  assessment_id: string | null;
  set_at: string;
  set_by: string;
  set_by_name: string;
}

export const toRiskEntry = (row: RiskRow): RiskEntry => ({
  id: row.id,
  level: row.level,
  reason: row.reason,
  source: row.source,
  assessmentId: row.assessment_id,
  setAt: row.set_at,
  setByName: row.set_by_name,
});

/**
 * Appends a risk level to the client's history and makes it the client's current level (the
 * clients row the caseload and the file header read): call inside the change's transaction.
 */
export function setClientRiskLevel(db: Db, row: RiskRow): void {
  db.prepare(
    `INSERT INTO client_risk_levels (id, client_id, level, reason, source, assessment_id, set_at, set_by, set_by_name)
     VALUES (@id, @client_id, @level, @reason, @source, @assessment_id, @set_at, @set_by, @set_by_name)`,
  ).run(row);
  db.prepare(
    'UPDATE clients SET risk_level = ?, risk_rank = ?, updated_at = ?, updated_by = ? WHERE id = ?',
  ).run(row.level, RISK_RANK[row.level], row.set_at, row.set_by, row.client_id);
}

/** Newest first, with those of records merged into this client. */
export const riskHistoryOf = (db: Db, clientId: string): RiskEntry[] =>
  (
    db
      .prepare(
        `SELECT * FROM client_risk_levels WHERE client_id IN (SELECT value FROM json_each(?))
         ORDER BY set_at DESC, id DESC`,
      )
      .all(clientIdsJson(db, clientId)) as RiskRow[]
  ).map(toRiskEntry);

export type { RiskRow };
