import type { DischargeReason } from '../../shared/contracts/discharge';
import type { Db } from '../db/open';

/**
 * All SQL of discharges outside the signed-record tables (which it only reads): which record is
 * a discharge, of which program, where it stands; the re-enrollments; and what the pre-fill
 * counts from the notes and measures of an enrollment.
 */

export interface DischargeRow {
  record_id: string;
  client_id: string;
  program: string;
  author_id: string;
  author_name: string;
  state: 'draft' | 'signed';
  draft_version_id: string | null;
  signed_version_id: string | null;
  reason: DischargeReason | null;
  discharge_date: string | null;
  part2: number;
  signed_at: string | null;
  created_at: string;
  updated_at: string;
  /** The kept client (the row's own unless merged) and whether the record was entered in error. */
  kept_client_id: string;
  in_error: number;
}

const SELECT = `SELECT d.*, coalesce(c.merged_into_id, c.id) AS kept_client_id,
    EXISTS (SELECT 1 FROM record_status_events e WHERE e.record_id = d.record_id AND e.status = 'entered_in_error') AS in_error
  FROM discharges d JOIN clients c ON c.id = d.client_id`;

export function insertDischarge(
  db: Db,
  row: Pick<
    DischargeRow,
    'record_id' | 'client_id' | 'program' | 'author_id' | 'author_name' | 'draft_version_id'
  > & {
    part2: number;
    discharge_date: string | null;
    at: string;
  },
): void {
  db.prepare(
    `INSERT INTO discharges (record_id, client_id, program, author_id, author_name, state, draft_version_id,
       discharge_date, part2, created_at, updated_at)
     VALUES (@record_id, @client_id, @program, @author_id, @author_name, 'draft', @draft_version_id,
       @discharge_date, @part2, @at, @at)`,
  ).run(row);
}

export const findDischarge = (db: Db, recordId: string): DischargeRow | undefined =>
  db.prepare(`${SELECT} WHERE d.record_id = ?`).get(recordId) as DischargeRow | undefined;

export function dischargeOfVersion(db: Db, versionId: string) {
  const version = db
    .prepare('SELECT id, record_id, status, content FROM record_versions WHERE id = ?')
    .get(versionId) as
    { id: string; record_id: string; status: 'draft' | 'signed'; content: string } | undefined;
  const row = version ? findDischarge(db, version.record_id) : undefined;
  return version && row ? { row, version } : undefined;
}

/** The open draft of a client's program, whoever writes it. */
export const draftForProgram = (db: Db, clientId: string, program: string): DischargeRow | undefined =>
  db
    .prepare(`${SELECT} WHERE d.client_id = ? AND d.program = ? AND d.state = 'draft'`)
    .get(clientId, program) as DischargeRow | undefined;

/** A client's discharges (with merged duplicates'): signed ones and `viewerId`'s drafts, newest first. */
export const dischargesOf = (db: Db, family: string, viewerId: string): DischargeRow[] =>
  db
    .prepare(
      `${SELECT} WHERE d.client_id IN (SELECT value FROM json_each(?)) AND (d.state = 'signed' OR d.author_id = ?)
       ORDER BY coalesce(d.discharge_date, d.created_at) DESC, d.record_id DESC`,
    )
    .all(family, viewerId) as DischargeRow[];

export function updateDraftListing(
  db: Db,
  recordId: string,
  listing: { discharge_date: string | null; part2: number; at: string },
): void {
  db.prepare(
    `UPDATE discharges SET discharge_date = @discharge_date, part2 = @part2, updated_at = @at
     WHERE record_id = @recordId AND state = 'draft'`,
  ).run({ ...listing, recordId });
}

/** Signed: the row follows the signed version and is frozen from here on (trigger). */
export function markDischargeSigned(
  db: Db,
  recordId: string,
  signed: { versionId: string; reason: DischargeReason; dischargeDate: string; part2: number; at: string },
): void {
  db.prepare(
    `UPDATE discharges SET state = 'signed', draft_version_id = NULL, signed_version_id = @versionId,
       reason = @reason, discharge_date = @dischargeDate, part2 = @part2, signed_at = @at, updated_at = @at
     WHERE record_id = @recordId AND state = 'draft'`,
  ).run({ ...signed, recordId });
}

/** Before the primitive removes a never-signed record with its only draft. */
export function deleteDraftDischarge(db: Db, recordId: string): void {
  db.prepare(`DELETE FROM discharges WHERE record_id = ? AND state = 'draft'`).run(recordId);
}

export interface ReenrollmentRow {
  id: string;
  client_id: string;
  program: string;
  start_date: string;
  previous_discharge_id: string | null;
  by_account: string;
  by_name: string;
  at: string;
}

export function insertReenrollment(db: Db, row: ReenrollmentRow): void {
  db.prepare(
    `INSERT INTO client_reenrollments (id, client_id, program, start_date, previous_discharge_id, by_account, by_name, at)
     VALUES (@id, @client_id, @program, @start_date, @previous_discharge_id, @by_account, @by_name, @at)`,
  ).run(row);
}

export const reenrollmentsOf = (db: Db, family: string): ReenrollmentRow[] =>
  db
    .prepare(
      `SELECT * FROM client_reenrollments WHERE client_id IN (SELECT value FROM json_each(?)) ORDER BY at DESC, id DESC`,
    )
    .all(family) as ReenrollmentRow[];

/** The latest signed discharge of a client's program (what a re-enrollment follows). */
export const lastSignedDischarge = (db: Db, family: string, program: string): string | null =>
  (db
    .prepare(
      `SELECT record_id FROM discharges WHERE client_id IN (SELECT value FROM json_each(?)) AND program = ?
         AND state = 'signed' ORDER BY discharge_date DESC, signed_at DESC LIMIT 1`,
    )
    .pluck()
    .get(family, program) as string | undefined) ?? null;

/**
 * The signed notes of an enrollment (contact day from `from` to `to`, inclusive), not entered in
 * error: their signed content and contact type, for the pre-fill's marks and count of contacts.
 */
export const signedNotesBetween = (
  db: Db,
  family: string,
  from: string | null,
  to: string,
): { content: string; contact_type: string }[] =>
  db
    .prepare(
      `SELECT v.content, n.contact_type FROM progress_notes n JOIN record_versions v ON v.id = n.signed_version_id
       WHERE n.client_id IN (SELECT value FROM json_each(?))
         AND (? IS NULL OR n.contact_date >= ?) AND n.contact_date <= ?
         AND NOT EXISTS (SELECT 1 FROM record_status_events e
                         WHERE e.record_id = n.record_id AND e.status = 'entered_in_error')`,
    )
    .all(family, from, from, to) as { content: string; contact_type: string }[];

/** Scored results of the enrollment (from `fromAt`), oldest first, not entered in error. */
export const scoresSince = (
  db: Db,
  family: string,
  fromAt: string | null,
): { instrument_id: string; total: number; administered_at: string }[] =>
  db
    .prepare(
      `SELECT instrument_id, total, administered_at FROM measure_results m
       WHERE m.client_id IN (SELECT value FROM json_each(?)) AND m.total IS NOT NULL
         AND (? IS NULL OR m.administered_at >= ?)
         AND NOT EXISTS (SELECT 1 FROM measure_result_events e WHERE e.result_id = m.id AND e.status = 'entered_in_error')
       ORDER BY m.administered_at, m.id`,
    )
    .all(family, fromAt, fromAt) as { instrument_id: string; total: number; administered_at: string }[];

/** A signed discharge's content and its signatures, for the summary document (read, not audited: its channel audits). */
export function signedDischargeVersion(
  db: Db,
  versionId: string,
): { content: string; signatures: { role: string; signer_name: string; signed_at: string }[] } | undefined {
  const content = db
    .prepare(`SELECT content FROM record_versions WHERE id = ? AND status = 'signed'`)
    .pluck()
    .get(versionId) as string | undefined;
  if (content === undefined) return undefined;
  const signatures = db
    .prepare(
      'SELECT role, signer_name, signed_at FROM record_signatures WHERE version_id = ? ORDER BY signed_at, id',
    )
    .all(versionId) as { role: string; signer_name: string; signed_at: string }[];
  return { content, signatures };
}
