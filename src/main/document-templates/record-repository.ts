import type { ContactType } from '../../shared/contracts/progress-notes';
import type { Db } from '../db/open';

/**
 * What a template fill reads of a client's clinical record that the other features' repositories
 * do not already offer in this shape: the newest signed notes with their content, and the newest
 * score of each measure. Read only after the access policy allowed every kind the template uses.
 * `clientIdsJson`: the client and the records merged into it.
 */

export interface TemplateNoteRow {
  contact_date: string | null;
  contact_type: ContactType;
  author_name: string;
  part2: number;
  content: string;
}

/** The newest signed notes (not marked entered in error), newest contact first. */
export const readNewestSignedNotes = (db: Db, clientIdsJson: string, limit: number): TemplateNoteRow[] =>
  db
    .prepare(
      `SELECT n.contact_date, n.contact_type, n.author_name, n.part2, v.content
       FROM progress_notes n JOIN record_versions v ON v.id = n.signed_version_id
       WHERE n.client_id IN (SELECT value FROM json_each(?)) AND n.state = 'signed'
         AND NOT EXISTS (SELECT 1 FROM record_status_events e
                         WHERE e.record_id = n.record_id AND e.status = 'entered_in_error')
       ORDER BY n.contact_date DESC, n.signed_at DESC LIMIT ?`,
    )
    .all(clientIdsJson, limit) as TemplateNoteRow[];

export interface TemplateScoreRow {
  instrument_id: string;
  instrument_version: string;
  total: number;
  band_id: string | null;
  administered_at: string;
}

/** The newest scored result of each instrument (results entered in error left out). */
export const readNewestScores = (db: Db, clientIdsJson: string): TemplateScoreRow[] =>
  db
    .prepare(
      `SELECT instrument_id, instrument_version, total, band_id, administered_at FROM (
         SELECT r.*, row_number() OVER (PARTITION BY r.instrument_id ORDER BY r.administered_at DESC, r.id DESC) AS n
         FROM measure_results r
         WHERE r.client_id IN (SELECT value FROM json_each(?)) AND r.total IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM measure_result_events e
                           WHERE e.result_id = r.id AND e.status = 'entered_in_error'))
       WHERE n = 1 ORDER BY instrument_id`,
    )
    .all(clientIdsJson) as TemplateScoreRow[];
