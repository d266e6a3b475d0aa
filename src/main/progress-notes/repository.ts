import type { ContactType, NoteState } from '../../shared/contracts/progress-notes';
import type { Db } from '../db/open';

/**
 * All SQL of progress notes outside the signed-record tables (which it only reads): which record
 * is a note, whose, where it stands, the contact it documents, and the supervisors' returns.
 */

export interface NoteRow {
  record_id: string;
  client_id: string;
  author_id: string;
  author_name: string;
  state: NoteState;
  format_id: string;
  contact_date: string | null;
  start_time: string | null;
  contact_type: ContactType;
  part2: number;
  draft_version_id: string | null;
  signed_version_id: string | null;
  cosign_required: number;
  signed_at: string | null;
  late: number;
  reached_at: string | null;
  cosigned_at: string | null;
  cosigned_by_name: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * A note as lists read it: its row, the client's name and Part 2 flag, addenda and error mark.
 * The client is the one whose file the note is in now: for a merged duplicate's note, the record
 * kept (its id, name, and Part 2 if either record is flagged), as note search reads them.
 */
export interface NoteListRow extends NoteRow {
  kept_client_id: string;
  client_name: string;
  client_part2: number;
  addendum_count: number;
  error_reason: string | null;
  error_by_name: string | null;
  error_at: string | null;
}

/**
 * The list columns; `n` is progress_notes, `d` the client the note was written for, `c` the
 * client kept (`d` itself unless merged): access scopes and Part 2 are asked of `c`.
 */
export const NOTE_LIST_SELECT = `
  SELECT n.*, c.id AS kept_client_id, c.legal_first_name || ' ' || c.legal_last_name AS client_name,
         max(c.flag_part2_protected, d.flag_part2_protected) AS client_part2,
         (SELECT count(*) FROM record_addenda a WHERE a.record_id = n.record_id AND a.status = 'signed')
           AS addendum_count,
         e.reason AS error_reason, e.created_by_name AS error_by_name, e.created_at AS error_at
  FROM progress_notes n
  JOIN clients d ON d.id = n.client_id
  JOIN clients c ON c.id = coalesce(d.merged_into_id, d.id)
  LEFT JOIN record_status_events e ON e.record_id = n.record_id AND e.status = 'entered_in_error'`;

/** What a list shows of the contact, copied from the version it follows. */
export interface NoteListing {
  format_id: string;
  contact_date: string | null;
  start_time: string | null;
  contact_type: ContactType;
  part2: number;
}

export function insertNote(
  db: Db,
  row: Pick<NoteRow, 'record_id' | 'client_id' | 'author_id' | 'author_name' | 'draft_version_id'> &
    NoteListing & { at: string },
): void {
  db.prepare(
    `INSERT INTO progress_notes (record_id, client_id, author_id, author_name, state, format_id, contact_date,
       start_time, contact_type, part2, draft_version_id, created_at, updated_at)
     VALUES (@record_id, @client_id, @author_id, @author_name, 'draft', @format_id, @contact_date,
       @start_time, @contact_type, @part2, @draft_version_id, @at, @at)`,
  ).run(row);
}

export function findNote(db: Db, recordId: string): NoteListRow | undefined {
  return db.prepare(`${NOTE_LIST_SELECT} WHERE n.record_id = ?`).get(recordId) as NoteListRow | undefined;
}

export interface NoteVersionRow {
  id: string;
  status: 'draft' | 'signed';
  content: string;
  version_no: number;
}

/** The note a version belongs to, and that version (its canonical JSON content). */
export function noteOfVersion(
  db: Db,
  versionId: string,
): { note: NoteListRow; version: NoteVersionRow } | undefined {
  const version = db
    .prepare('SELECT id, status, content, version_no, record_id FROM record_versions WHERE id = ?')
    .get(versionId) as (NoteVersionRow & { record_id: string }) | undefined;
  const note = version ? findNote(db, version.record_id) : undefined;
  return version && note ? { note, version } : undefined;
}

/**
 * Autosave keeps the list columns current while nothing is signed; once a version is signed the
 * list shows that one, not the writer's copy of a returned note.
 */
export function updateDraftListing(db: Db, recordId: string, listing: NoteListing, at: string): void {
  db.prepare(
    `UPDATE progress_notes SET format_id = @format_id, contact_date = @contact_date, start_time = @start_time,
       contact_type = @contact_type, part2 = @part2, updated_at = @at
     WHERE record_id = @recordId AND signed_version_id IS NULL`,
  ).run({ ...listing, recordId, at });
}

export function touchNote(db: Db, recordId: string, at: string): void {
  db.prepare('UPDATE progress_notes SET updated_at = ? WHERE record_id = ?').run(at, recordId);
}

/** The writer signed: the list follows the signed version; the state says what comes next. */
export function markWriterSigned(
  db: Db,
  recordId: string,
  signed: NoteListing & {
    state: 'awaiting_cosign' | 'signed';
    signed_version_id: string;
    cosign_required: number;
    late: number;
    reached_at: string | null;
    at: string;
  },
): void {
  db.prepare(
    `UPDATE progress_notes SET state = @state, format_id = @format_id, contact_date = @contact_date,
       start_time = @start_time, contact_type = @contact_type, part2 = @part2, draft_version_id = NULL,
       signed_version_id = @signed_version_id, cosign_required = @cosign_required, signed_at = @at,
       late = @late, reached_at = @reached_at, cosigned_at = NULL, cosigned_by_name = NULL, updated_at = @at
     WHERE record_id = @recordId`,
  ).run({ ...signed, recordId });
}

/**
 * When the writer first signed the note (any version), or null if never: a returned note's
 * documentation was completed then, whatever the supervisor asked to change afterwards.
 */
export function firstWriterSignedAt(db: Db, recordId: string): string | null {
  return (
    (db
      .prepare(
        `SELECT min(s.signed_at) FROM record_versions v JOIN record_signatures s ON s.version_id = v.id
         WHERE v.record_id = ? AND s.role = 'worker'`,
      )
      .pluck()
      .get(recordId) as string | null) ?? null
  );
}

export function markCosigned(db: Db, recordId: string, byName: string, at: string): void {
  db.prepare(
    `UPDATE progress_notes SET state = 'signed', cosigned_at = ?, cosigned_by_name = ?, updated_at = ?
     WHERE record_id = ?`,
  ).run(at, byName, at, recordId);
}

export function markReturned(db: Db, recordId: string, draftVersionId: string, at: string): void {
  db.prepare(
    `UPDATE progress_notes SET state = 'returned', draft_version_id = ?, updated_at = ? WHERE record_id = ?`,
  ).run(draftVersionId, at, recordId);
}

/** Before the primitive removes a never-signed record with its only draft. */
export function deleteUnsignedNote(db: Db, recordId: string): void {
  db.prepare('DELETE FROM progress_notes WHERE record_id = ? AND signed_version_id IS NULL').run(recordId);
}

export interface ReturnRow {
  id: string;
  record_id: string;
  version_id: string;
  comment: string;
  returned_by: string;
  returned_by_name: string;
  returned_at: string;
}

export function insertReturn(db: Db, row: ReturnRow): void {
  db.prepare(
    `INSERT INTO progress_note_returns (id, record_id, version_id, comment, returned_by, returned_by_name, returned_at)
     VALUES (@id, @record_id, @version_id, @comment, @returned_by, @returned_by_name, @returned_at)`,
  ).run(row);
}

export function returnsOf(db: Db, recordId: string): (ReturnRow & { version_no: number })[] {
  return db
    .prepare(
      `SELECT r.*, v.version_no FROM progress_note_returns r JOIN record_versions v ON v.id = r.version_id
       WHERE r.record_id = ? ORDER BY r.returned_at, r.id`,
    )
    .all(recordId) as (ReturnRow & { version_no: number })[];
}

/**
 * The client's most recent signed note not entered in error (for "same as last time"): the
 * content of its writer's signed version. `family` is the client and its merged duplicates (JSON).
 */
export function lastSignedNoteContent(db: Db, family: string): string | undefined {
  return db
    .prepare(
      `SELECT v.content FROM progress_notes n JOIN record_versions v ON v.id = n.signed_version_id
       WHERE n.client_id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM record_status_events e
                         WHERE e.record_id = n.record_id AND e.status = 'entered_in_error')
       ORDER BY n.contact_date DESC, n.start_time DESC, n.signed_at DESC LIMIT 1`,
    )
    .pluck()
    .get(family) as string | undefined;
}

/** The content of the signed version in force of a care plan record (the newest signed). */
export function signedPlanVersion(db: Db, planRecordId: string): { id: string; content: string } | undefined {
  return db
    .prepare(
      `SELECT id, content FROM record_versions WHERE record_id = ? AND status = 'signed'
       ORDER BY version_no DESC LIMIT 1`,
    )
    .get(planRecordId) as { id: string; content: string } | undefined;
}
