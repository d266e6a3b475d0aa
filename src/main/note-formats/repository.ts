import type { Db } from '../db/open';

/** The SQL of the clinic's own note formats (table note_formats, migration 0018). */

export interface NoteFormatRow {
  id: string;
  version: string;
  definition: string;
  added_at: string;
  added_by_name: string;
}

/** Every added version, oldest first within an id (the last of an id is its current one). */
export const readClinicNoteFormats = (db: Db): NoteFormatRow[] =>
  db
    .prepare(
      'SELECT id, version, definition, added_at, added_by_name FROM note_formats ORDER BY id, added_at, rowid',
    )
    .all() as NoteFormatRow[];

export const clinicNoteFormatExists = (db: Db, id: string, version: string): boolean =>
  db.prepare('SELECT 1 FROM note_formats WHERE id = ? AND version = ?').get(id, version) !== undefined;

export function insertNoteFormat(
  db: Db,
  row: { id: string; version: string; definition: string; at: string; by: string; byName: string },
): void {
  db.prepare(
    `INSERT INTO note_formats (id, version, definition, added_at, added_by, added_by_name)
     VALUES (@id, @version, @definition, @at, @by, @byName)`,
  ).run(row);
}
