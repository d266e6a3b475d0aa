import type { DocumentIssue, RegisteredDocument } from '../../shared/contracts/documents';
import type { Role } from '../../shared/domain/roles';
import type { RowOf, Storage } from '../db/columns';
import { columnList, describeColumns, namedValues } from '../db/columns';
import type { Db } from '../db/open';

/** What the register keeps about a document, beside its id, client, maker and stored copy. */
export type DocumentFields = Pick<
  RegisteredDocument,
  | 'source'
  | 'definitionId'
  | 'templateId'
  | 'templateVersion'
  | 'title'
  | 'fileName'
  | 'mimeType'
  | 'byteLength'
  | 'pageCount'
  | 'language'
  | 'recipient'
  | 'part2'
> & { sha256: string };

/** Where each field is kept (columns in snake_case, src/main/db/columns.ts). */
const DOCUMENT_STORAGE = {
  source: 'text',
  definitionId: 'nullableText',
  templateId: 'nullableText',
  templateVersion: 'nullableText',
  title: 'text',
  fileName: 'text',
  mimeType: 'text',
  byteLength: 'text',
  sha256: 'text',
  pageCount: 'nullableText',
  language: 'text',
  recipient: 'text',
  part2: 'boolean',
} as const satisfies Record<keyof DocumentFields, Storage>;
const documentColumns = describeColumns<DocumentFields, typeof DOCUMENT_STORAGE>(DOCUMENT_STORAGE);
const COLUMNS = documentColumns.columns;

export type DocumentRow = RowOf<DocumentFields, typeof DOCUMENT_STORAGE> & {
  id: string;
  client_id: string;
  has_stored_copy: number;
  created_by: string;
  created_by_name: string;
  created_by_role: Role;
  created_at: string;
};

interface IssueRow {
  document_id: string;
  how: DocumentIssue;
  at: string;
  by_name: string;
}

export interface NewDocument {
  id: string;
  clientId: string;
  fields: DocumentFields;
  /** The bytes to keep in the encrypted database, or null ("Keep a copy in Lantern" unticked). */
  storedCopy: Uint8Array | null;
  by: { id: string; name: string; role: Role };
  at: string;
}

export function insertDocument(db: Db, document: NewDocument): void {
  db.prepare(
    `INSERT INTO client_documents (id, client_id, ${columnList(COLUMNS)}, stored_copy,
       created_by, created_by_name, created_by_role, created_at)
     VALUES (@id, @clientId, ${namedValues(COLUMNS)}, @storedCopy, @byId, @byName, @byRole, @at)`,
  ).run({
    id: document.id,
    clientId: document.clientId,
    ...documentColumns.write(document.fields),
    storedCopy: document.storedCopy ? Buffer.from(document.storedCopy) : null,
    byId: document.by.id,
    byName: document.by.name,
    byRole: document.by.role,
    at: document.at,
  });
}

export function insertIssue(
  db: Db,
  issue: { id: string; documentId: string; how: DocumentIssue; at: string; by: { id: string; name: string } },
): void {
  db.prepare(
    `INSERT INTO client_document_issues (id, document_id, how, at, by_account, by_name)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(issue.id, issue.documentId, issue.how, issue.at, issue.by.id, issue.by.name);
}

/** Every column but the stored bytes (a list never reads megabytes it does not show). */
const SELECT_DOCUMENT = `SELECT id, client_id, ${columnList(COLUMNS)}, stored_copy IS NOT NULL AS has_stored_copy,
  created_by, created_by_name, created_by_role, created_at FROM client_documents`;

export function findDocumentRow(db: Db, id: string): DocumentRow | null {
  return (db.prepare(`${SELECT_DOCUMENT} WHERE id = ?`).get(id) as DocumentRow | undefined) ?? null;
}

/** A client's documents (and its merged duplicates': `idsJson`), newest first. */
export function readDocumentRows(db: Db, idsJson: string, withPart2: boolean): DocumentRow[] {
  return db
    .prepare(
      `${SELECT_DOCUMENT} WHERE client_id IN (SELECT value FROM json_each(?)) AND (? = 1 OR part2 = 0)
       ORDER BY created_at DESC, id DESC`,
    )
    .all(idsJson, withPart2 ? 1 : 0) as DocumentRow[];
}

/** How each of these documents was issued, oldest first. */
export function readIssues(db: Db, documentIds: readonly string[]): Map<string, IssueRow[]> {
  const byDocument = new Map<string, IssueRow[]>();
  if (documentIds.length === 0) return byDocument;
  const rows = db
    .prepare(
      `SELECT document_id, how, at, by_name FROM client_document_issues
       WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY at, id`,
    )
    .all(JSON.stringify(documentIds)) as IssueRow[];
  for (const row of rows) byDocument.set(row.document_id, [...(byDocument.get(row.document_id) ?? []), row]);
  return byDocument;
}

export function readStoredCopy(db: Db, id: string): Uint8Array | null {
  const bytes = db.prepare('SELECT stored_copy FROM client_documents WHERE id = ?').pluck().get(id) as
    Buffer | null | undefined;
  return bytes ? new Uint8Array(bytes) : null;
}

export function toRegisteredDocument(row: DocumentRow, issues: readonly IssueRow[]): RegisteredDocument {
  return {
    id: row.id,
    clientId: row.client_id,
    ...documentColumns.read(row),
    hasStoredCopy: row.has_stored_copy === 1,
    createdAt: row.created_at,
    createdBy: { id: row.created_by, name: row.created_by_name, role: row.created_by_role },
    issues: issues.map((issue) => ({ how: issue.how, at: issue.at, byName: issue.by_name })),
  };
}
