import type { PlanNeed, PlanTemplate } from '../../shared/contracts/care-plans';
import { clientIdsJson } from '../clients/repository';
import type { Db } from '../db/open';

/** All SQL of care plans outside the signed-record tables: which record is a plan, its review date, templates. */

export interface CarePlanRow {
  record_id: string;
  client_id: string;
  created_at: string;
  review_date: string | null;
  review_version_id: string | null;
  updated_at: string;
}

export function insertCarePlan(db: Db, row: Omit<CarePlanRow, 'review_date' | 'review_version_id'>): void {
  db.prepare(
    `INSERT INTO care_plans (record_id, client_id, created_at, review_date, review_version_id, updated_at)
     VALUES (@record_id, @client_id, @created_at, NULL, NULL, @updated_at)`,
  ).run(row);
}

/**
 * The client's plan: the newest one not entered in error, among the client's own and those of
 * records merged into it (merges never move rows; a merge can bring a second plan).
 */
export function latestCarePlanOf(db: Db, clientId: string): CarePlanRow | undefined {
  return db
    .prepare(
      `SELECT p.* FROM care_plans p
       WHERE p.client_id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM record_status_events e
                         WHERE e.record_id = p.record_id AND e.status = 'entered_in_error')
       ORDER BY p.created_at DESC, p.record_id DESC LIMIT 1`,
    )
    .get(clientIdsJson(db, clientId)) as CarePlanRow | undefined;
}

/** The plan a version belongs to, with that version's status and content (its canonical JSON). */
export function carePlanOfVersion(db: Db, versionId: string) {
  return db
    .prepare(
      `SELECT v.status, v.content, v.version_no, p.* FROM record_versions v
       JOIN care_plans p ON p.record_id = v.record_id WHERE v.id = ?`,
    )
    .get(versionId) as
    (CarePlanRow & { status: 'draft' | 'signed'; content: string; version_no: number }) | undefined;
}

/** Whether this account signed the version in this role (the signed-record tables, read only). */
export function signedInRole(db: Db, versionId: string, role: string, accountId: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM record_signatures WHERE version_id = ? AND role = ? AND account_id = ?')
      .get(versionId, role, accountId) !== undefined
  );
}

export function setReviewDate(
  db: Db,
  recordId: string,
  reviewDate: string,
  versionId: string,
  at: string,
): void {
  db.prepare(
    'UPDATE care_plans SET review_date = ?, review_version_id = ?, updated_at = ? WHERE record_id = ?',
  ).run(reviewDate, versionId, at, recordId);
}

export interface PlanReview {
  reviewDate: string;
  overdue: boolean;
}

/**
 * For the caseload: each listed client's plan review date and whether it has passed on `today`
 * (YYYY-MM-DD). The plan is the one the client's file shows — the newest not entered in error,
 * its own or a merged duplicate's (`latestCarePlanOf`) — and its date is that of its signed
 * version in force. Clients without one are absent. One query for the whole page, through
 * `json_each` so the statement is the same for any page size.
 */
export function planReviewsFor(db: Db, clientIds: readonly string[], today: string): Map<string, PlanReview> {
  const rows = db
    .prepare(
      `WITH RECURSIVE family(root, id, depth) AS (
         SELECT value, value, 0 FROM json_each(?)
         UNION
         SELECT f.root, c.id, f.depth + 1 FROM clients c JOIN family f ON c.merged_into_id = f.id
         WHERE f.depth < 64
       ),
       ranked AS (
         SELECT f.root, p.review_date,
                ROW_NUMBER() OVER (PARTITION BY f.root ORDER BY p.created_at DESC, p.record_id DESC) AS n
         FROM family f JOIN care_plans p ON p.client_id = f.id
         WHERE NOT EXISTS (SELECT 1 FROM record_status_events e
                           WHERE e.record_id = p.record_id AND e.status = 'entered_in_error')
       )
       SELECT root AS clientId, review_date AS reviewDate FROM ranked
       WHERE n = 1 AND review_date IS NOT NULL`,
    )
    .all(JSON.stringify(clientIds)) as { clientId: string; reviewDate: string }[];
  return new Map(rows.map((r) => [r.clientId, { reviewDate: r.reviewDate, overdue: r.reviewDate < today }]));
}

// ---- templates ---------------------------------------------------------------------------------

interface TemplateRow {
  id: string;
  name: string;
  content: string;
  updated_at: string;
  updated_by_name: string;
}

const toTemplate = (row: TemplateRow): PlanTemplate => ({
  id: row.id,
  name: row.name,
  needs: (JSON.parse(row.content) as { needs: PlanNeed[] }).needs,
  updatedAt: row.updated_at,
  updatedByName: row.updated_by_name,
});

export function listTemplates(db: Db): PlanTemplate[] {
  return (
    db
      .prepare(
        `SELECT id, name, content, updated_at, updated_by_name FROM care_plan_templates
         WHERE archived_at IS NULL ORDER BY lower(name)`,
      )
      .all() as TemplateRow[]
  ).map(toTemplate);
}

export function findTemplate(db: Db, id: string): PlanTemplate | undefined {
  const row = db
    .prepare(
      'SELECT id, name, content, updated_at, updated_by_name FROM care_plan_templates WHERE id = ? AND archived_at IS NULL',
    )
    .get(id) as TemplateRow | undefined;
  return row ? toTemplate(row) : undefined;
}

export function templateNameTaken(db: Db, name: string, exceptId: string | null): boolean {
  return (
    db
      .prepare(
        'SELECT 1 FROM care_plan_templates WHERE lower(name) = lower(?) AND archived_at IS NULL AND id IS NOT ?',
      )
      .get(name, exceptId) !== undefined
  );
}

export function upsertTemplate(
  db: Db,
  row: { id: string; name: string; needs: PlanNeed[]; by: string; byName: string; at: string },
): void {
  db.prepare(
    `INSERT INTO care_plan_templates (id, name, content, created_at, created_by, updated_at, updated_by, updated_by_name)
     VALUES (@id, @name, @content, @at, @by, @at, @by, @byName)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, content = excluded.content,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by, updated_by_name = excluded.updated_by_name`,
  ).run({ ...row, content: JSON.stringify({ needs: row.needs }) });
}

export function archiveTemplate(db: Db, id: string, at: string): boolean {
  return (
    db
      .prepare('UPDATE care_plan_templates SET archived_at = ? WHERE id = ? AND archived_at IS NULL')
      .run(at, id).changes === 1
  );
}
