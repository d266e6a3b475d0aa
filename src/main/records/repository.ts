import type { Db } from '../db/open';

/**
 * All SQL of signed records. Plain `(db, …args)` functions; rows come back as stored. The
 * database's triggers (migration 0008) refuse any change to what was signed, whatever calls these.
 */

export interface RecordRow {
  id: string;
  kind: string;
  client_id: string;
  created_at: string;
  created_by: string;
  created_by_name: string;
}

/** A version or an addendum: the same life (draft, then signed and frozen). */
interface ContentRow {
  id: string;
  record_id: string;
  status: 'draft' | 'signed';
  schema_version: number;
  content: string;
  content_hash: string;
  created_at: string;
  created_by: string;
  created_by_name: string;
  updated_at: string;
  updated_by: string;
}

export interface VersionRow extends ContentRow {
  version_no: number;
  supersedes_id: string | null;
}

export interface AddendumRow extends ContentRow {
  version_id: string;
}

export interface SignatureRow {
  id: string;
  version_id: string | null;
  addendum_id: string | null;
  role: string;
  signer_name: string;
  account_id: string;
  account_name: string;
  signed_at: string;
  content_hash: string;
  details: string;
}

export interface StatusEventRow {
  id: string;
  record_id: string;
  status: string;
  reason: string;
  created_at: string;
  created_by: string;
  created_by_name: string;
}

/** Which table holds the signed thing: a version or an addendum. */
export type SignedTable = 'record_versions' | 'record_addenda';

export function insertRecord(db: Db, row: RecordRow): void {
  db.prepare(
    `INSERT INTO signed_records (id, kind, client_id, created_at, created_by, created_by_name)
     VALUES (@id, @kind, @client_id, @created_at, @created_by, @created_by_name)`,
  ).run(row);
}

export function findRecord(db: Db, id: string): RecordRow | undefined {
  return db.prepare('SELECT * FROM signed_records WHERE id = ?').get(id) as RecordRow | undefined;
}

/** Ids of one kind of record for these clients (a kept client and the duplicates merged into it). */
export function recordIdsForClients(db: Db, kind: string, clientIds: readonly string[]): string[] {
  if (clientIds.length === 0) return [];
  const marks = clientIds.map(() => '?').join(', ');
  return db
    .prepare(`SELECT id FROM signed_records WHERE kind = ? AND client_id IN (${marks}) ORDER BY id`)
    .pluck()
    .all(kind, ...clientIds) as string[];
}

/** Removes a record none of whose content was ever signed (the triggers refuse anything else). */
export function deleteUnsignedRecord(db: Db, id: string): void {
  db.prepare('DELETE FROM signed_records WHERE id = ?').run(id);
}

export function insertVersion(db: Db, row: VersionRow): void {
  db.prepare(
    `INSERT INTO record_versions (id, record_id, version_no, supersedes_id, status, schema_version, content,
       content_hash, created_at, created_by, created_by_name, updated_at, updated_by)
     VALUES (@id, @record_id, @version_no, @supersedes_id, @status, @schema_version, @content,
       @content_hash, @created_at, @created_by, @created_by_name, @updated_at, @updated_by)`,
  ).run(row);
}

export function findVersion(db: Db, id: string): VersionRow | undefined {
  return db.prepare('SELECT * FROM record_versions WHERE id = ?').get(id) as VersionRow | undefined;
}

export function versionsOf(db: Db, recordId: string): VersionRow[] {
  return db
    .prepare('SELECT * FROM record_versions WHERE record_id = ? ORDER BY version_no')
    .all(recordId) as VersionRow[];
}

export function nextVersionNo(db: Db, recordId: string): number {
  return db
    .prepare('SELECT coalesce(max(version_no), 0) + 1 FROM record_versions WHERE record_id = ?')
    .pluck()
    .get(recordId) as number;
}

export function draftVersionOf(db: Db, recordId: string): VersionRow | undefined {
  return db
    .prepare(`SELECT * FROM record_versions WHERE record_id = ? AND status = 'draft'`)
    .get(recordId) as VersionRow | undefined;
}

/** The signed version no later signed version supersedes: what the record says now. */
export function currentVersionOf(db: Db, recordId: string): VersionRow | undefined {
  return db
    .prepare(
      `SELECT * FROM record_versions WHERE record_id = ? AND status = 'signed'
       ORDER BY version_no DESC LIMIT 1`,
    )
    .get(recordId) as VersionRow | undefined;
}

export function isSuperseded(db: Db, versionId: string): boolean {
  return (
    db
      .prepare(`SELECT 1 FROM record_versions WHERE supersedes_id = ? AND status = 'signed'`)
      .pluck()
      .get(versionId) !== undefined
  );
}

export function insertAddendum(db: Db, row: AddendumRow): void {
  db.prepare(
    `INSERT INTO record_addenda (id, record_id, version_id, status, schema_version, content, content_hash,
       created_at, created_by, created_by_name, updated_at, updated_by)
     VALUES (@id, @record_id, @version_id, @status, @schema_version, @content, @content_hash,
       @created_at, @created_by, @created_by_name, @updated_at, @updated_by)`,
  ).run(row);
}

export function findAddendum(db: Db, id: string): AddendumRow | undefined {
  return db.prepare('SELECT * FROM record_addenda WHERE id = ?').get(id) as AddendumRow | undefined;
}

export function addendaOf(db: Db, recordId: string): AddendumRow[] {
  return db
    .prepare('SELECT * FROM record_addenda WHERE record_id = ? ORDER BY id')
    .all(recordId) as AddendumRow[];
}

/** New draft content (autosave). Only a draft row changes; a signed one is refused by the database. */
export function updateDraftContent(
  db: Db,
  table: SignedTable,
  id: string,
  change: {
    content: string;
    content_hash: string;
    schema_version: number;
    updated_at: string;
    updated_by: string;
  },
): void {
  db.prepare(
    `UPDATE ${table} SET content = @content, content_hash = @content_hash, schema_version = @schema_version,
       updated_at = @updated_at, updated_by = @updated_by
     WHERE id = @id AND status = 'draft'`,
  ).run({ id, ...change });
}

/** The moment content freezes: status becomes `signed`, with the content and hash as signed. */
export function markSigned(
  db: Db,
  table: SignedTable,
  id: string,
  change: { content: string; content_hash: string; updated_at: string; updated_by: string },
): void {
  db.prepare(
    `UPDATE ${table} SET status = 'signed', content = @content, content_hash = @content_hash,
       updated_at = @updated_at, updated_by = @updated_by
     WHERE id = @id AND status = 'draft'`,
  ).run({ id, ...change });
}

export function deleteDraft(db: Db, table: SignedTable, id: string): void {
  db.prepare(`DELETE FROM ${table} WHERE id = ? AND status = 'draft'`).run(id);
}

export function insertSignature(db: Db, row: SignatureRow): void {
  db.prepare(
    `INSERT INTO record_signatures (id, version_id, addendum_id, role, signer_name, account_id, account_name,
       signed_at, content_hash, details)
     VALUES (@id, @version_id, @addendum_id, @role, @signer_name, @account_id, @account_name,
       @signed_at, @content_hash, @details)`,
  ).run(row);
}

export function signaturesOf(db: Db, table: SignedTable, id: string): SignatureRow[] {
  const column = table === 'record_versions' ? 'version_id' : 'addendum_id';
  return db
    .prepare(`SELECT * FROM record_signatures WHERE ${column} = ? ORDER BY signed_at, id`)
    .all(id) as SignatureRow[];
}

/** Every signature on a record's versions and addenda, oldest first. */
export function signaturesOfRecord(db: Db, recordId: string): SignatureRow[] {
  return db
    .prepare(
      `SELECT s.* FROM record_signatures s
       WHERE s.version_id IN (SELECT id FROM record_versions WHERE record_id = @recordId)
          OR s.addendum_id IN (SELECT id FROM record_addenda WHERE record_id = @recordId)
       ORDER BY s.signed_at, s.id`,
    )
    .all({ recordId }) as SignatureRow[];
}

export function insertStatusEvent(db: Db, row: StatusEventRow): void {
  db.prepare(
    `INSERT INTO record_status_events (id, record_id, status, reason, created_at, created_by, created_by_name)
     VALUES (@id, @record_id, @status, @reason, @created_at, @created_by, @created_by_name)`,
  ).run(row);
}

export function statusEventsOf(db: Db, recordId: string): StatusEventRow[] {
  return db
    .prepare('SELECT * FROM record_status_events WHERE record_id = ? ORDER BY id')
    .all(recordId) as StatusEventRow[];
}

/** Signed versions and addenda, one at a time (a large clinic holds millions), oldest first. */
export function iterateSignedContent(
  db: Db,
  table: SignedTable,
): IterableIterator<{ id: string; record_id: string; content: string; content_hash: string }> {
  return db
    .prepare(`SELECT id, record_id, content, content_hash FROM ${table} WHERE status = 'signed' ORDER BY id`)
    .iterate() as IterableIterator<{ id: string; record_id: string; content: string; content_hash: string }>;
}

/** Each signature beside the hash and state of what it signed, oldest first. */
export function iterateSignatureCoverage(db: Db): IterableIterator<{
  id: string;
  record_id: string | null;
  content_hash: string;
  target_hash: string | null;
  target_status: string | null;
}> {
  return db
    .prepare(
      `SELECT s.id, coalesce(v.record_id, a.record_id) AS record_id, s.content_hash,
         coalesce(v.content_hash, a.content_hash) AS target_hash, coalesce(v.status, a.status) AS target_status
       FROM record_signatures s
       LEFT JOIN record_versions v ON v.id = s.version_id
       LEFT JOIN record_addenda a ON a.id = s.addendum_id
       ORDER BY s.id`,
    )
    .iterate() as ReturnType<typeof iterateSignatureCoverage>;
}

/** Signed versions or addenda without a single signature (only possible behind the triggers' back). */
export function firstSignedWithoutSignature(
  db: Db,
  table: SignedTable,
): { id: string; record_id: string } | undefined {
  const column = table === 'record_versions' ? 'version_id' : 'addendum_id';
  return db
    .prepare(
      `SELECT t.id, t.record_id FROM ${table} t WHERE t.status = 'signed'
         AND NOT EXISTS (SELECT 1 FROM record_signatures s WHERE s.${column} = t.id)
       ORDER BY t.id LIMIT 1`,
    )
    .get() as { id: string; record_id: string } | undefined;
}
