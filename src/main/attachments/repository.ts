import type { AttachmentKind, AttachmentType } from '../../shared/contracts/attachments';
import type { Db } from '../db/open';

/** All SQL of attachments: the rows, their chunks, and the notes and plans they may link to. */

export interface AttachmentRow {
  id: string;
  client_id: string;
  title: string;
  kind: AttachmentKind;
  document_date: string;
  file_name: string;
  file_type: AttachmentType;
  mime_type: string;
  size_bytes: number;
  chunk_bytes: number;
  chunk_count: number;
  sha256: string;
  linked_record_id: string | null;
  linked_kind: 'note' | 'care_plan' | null;
  added_by: string;
  added_by_name: string;
  added_at: string;
  removed_at: string | null;
  removed_by: string | null;
  removed_by_name: string | null;
  removed_reason: string | null;
}

/** A row with what its record kind depends on: the linked note's Part 2 mark. */
export type AttachmentListRow = AttachmentRow & { linked_note_part2: number };

const SELECT = `SELECT a.*, coalesce(n.part2, 0) AS linked_note_part2 FROM attachments a
  LEFT JOIN progress_notes n ON a.linked_kind = 'note' AND n.record_id = a.linked_record_id`;

/** Stores a finished upload: the row and every chunk, in the caller's transaction. */
export function insertAttachment(
  db: Db,
  row: Omit<AttachmentRow, `removed_${string}`>,
  chunks: Buffer[],
): void {
  db.prepare(
    `INSERT INTO attachments (id, client_id, title, kind, document_date, file_name, file_type, mime_type,
       size_bytes, chunk_bytes, chunk_count, sha256, linked_record_id, linked_kind, added_by, added_by_name, added_at)
     VALUES (@id, @client_id, @title, @kind, @document_date, @file_name, @file_type, @mime_type,
       @size_bytes, @chunk_bytes, @chunk_count, @sha256, @linked_record_id, @linked_kind, @added_by, @added_by_name, @added_at)`,
  ).run(row);
  const insertChunk = db.prepare(
    'INSERT INTO attachment_chunks (attachment_id, chunk_no, data) VALUES (?, ?, ?)',
  );
  chunks.forEach((data, index) => insertChunk.run(row.id, index, data));
}

export function findAttachment(db: Db, id: string): AttachmentListRow | undefined {
  return db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AttachmentListRow | undefined;
}

/** A client's attachments (and those of records merged into it: `ids` is their JSON array), newest first. */
export function attachmentsOf(db: Db, ids: string): AttachmentListRow[] {
  return db
    .prepare(
      `${SELECT} WHERE a.client_id IN (SELECT value FROM json_each(?))
       ORDER BY a.document_date DESC, a.added_at DESC, a.id DESC`,
    )
    .all(ids) as AttachmentListRow[];
}

export function readChunk(db: Db, attachmentId: string, index: number): Buffer | undefined {
  return db
    .prepare('SELECT data FROM attachment_chunks WHERE attachment_id = ? AND chunk_no = ?')
    .pluck()
    .get(attachmentId, index) as Buffer | undefined;
}

export function markRemoved(
  db: Db,
  id: string,
  removal: { at: string; by: string; byName: string; reason: string },
): void {
  db.prepare(
    `UPDATE attachments SET removed_at = @at, removed_by = @by, removed_by_name = @byName, removed_reason = @reason
     WHERE id = @id AND removed_at IS NULL`,
  ).run({ id, ...removal });
}

/**
 * A note or care plan that an attachment may point at: a signed record of that kind in this
 * client's family (`ids`), with a signed version (a draft can be discarded; a signed record stays).
 */
export function linkableRecord(
  db: Db,
  ids: string,
  kind: 'note' | 'care_plan',
  recordId: string,
): { part2: number } | undefined {
  return db
    .prepare(
      `SELECT coalesce(n.part2, 0) AS part2 FROM signed_records r
       LEFT JOIN progress_notes n ON n.record_id = r.id
       WHERE r.id = @recordId AND r.kind = @kind AND r.client_id IN (SELECT value FROM json_each(@ids))
         AND EXISTS (SELECT 1 FROM record_versions v WHERE v.record_id = r.id AND v.status = 'signed')`,
    )
    .get({ recordId, ids, kind: kind === 'note' ? 'progress_note' : 'care_plan' }) as
    { part2: number } | undefined;
}
