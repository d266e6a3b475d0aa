import type { DocumentTemplate } from '../../shared/contracts/document-templates';
import type { Db } from '../db/open';

/** All SQL of the clinic's Word templates (migration 0023): templates and their append-only versions. */

interface TemplateRow {
  id: string;
  status: 'active' | 'archived';
  archived_at: string | null;
  archived_by_name: string | null;
}

interface VersionRow {
  template_id: string;
  version: number;
  name: string;
  description: string;
  file_name: string;
  byte_length: number;
  fields: string;
  merge_fields_converted: number;
  added_at: string;
  added_by_name: string;
}

const VERSION_COLUMNS = `template_id, version, name, description, file_name, length(bytes) AS byte_length, fields,
  merge_fields_converted, added_at, added_by_name`;

function toTemplate(row: TemplateRow, versions: VersionRow[]): DocumentTemplate | null {
  const newest = versions.at(-1);
  if (!newest) return null;
  return {
    id: row.id,
    name: newest.name,
    description: newest.description,
    status: row.status,
    version: newest.version,
    fields: JSON.parse(newest.fields) as string[],
    versions: versions.map((v) => ({
      version: v.version,
      fileName: v.file_name,
      byteLength: v.byte_length,
      mergeFieldsConverted: v.merge_fields_converted,
      addedAt: v.added_at,
      addedByName: v.added_by_name,
    })),
    archivedAt: row.archived_at,
    archivedByName: row.archived_by_name,
  };
}

/** The templates with their versions (oldest version first), by name. */
export function readTemplates(db: Db, includeArchived: boolean): DocumentTemplate[] {
  const rows = db
    .prepare(
      `SELECT id, status, archived_at, archived_by_name FROM document_templates
       ${includeArchived ? '' : "WHERE status = 'active'"}`,
    )
    .all() as TemplateRow[];
  const versions = db
    .prepare(`SELECT ${VERSION_COLUMNS} FROM document_template_versions ORDER BY template_id, version`)
    .all() as VersionRow[];
  const byTemplate = new Map<string, VersionRow[]>();
  for (const v of versions) byTemplate.set(v.template_id, [...(byTemplate.get(v.template_id) ?? []), v]);
  return rows
    .flatMap((row) => toTemplate(row, byTemplate.get(row.id) ?? []) ?? [])
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export function findTemplate(db: Db, id: string): DocumentTemplate | null {
  const row = db
    .prepare(`SELECT id, status, archived_at, archived_by_name FROM document_templates WHERE id = ?`)
    .get(id) as TemplateRow | undefined;
  if (!row) return null;
  const versions = db
    .prepare(
      `SELECT ${VERSION_COLUMNS} FROM document_template_versions WHERE template_id = ? ORDER BY version`,
    )
    .all(id) as VersionRow[];
  return toTemplate(row, versions);
}

/** Is another active template already called this (case and spacing aside)? */
export function activeNameTaken(db: Db, name: string, exceptId: string | null): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM document_templates t JOIN document_template_versions v ON v.template_id = t.id
         WHERE t.status = 'active' AND t.id IS NOT ?
           AND v.version = (SELECT max(version) FROM document_template_versions WHERE template_id = t.id)
           AND lower(trim(v.name)) = lower(trim(?))`,
      )
      .get(exceptId, name) !== undefined
  );
}

export function insertTemplate(db: Db, row: { id: string; at: string; by: string }): void {
  db.prepare(`INSERT INTO document_templates (id, created_at, created_by) VALUES (@id, @at, @by)`).run(row);
}

export interface NewVersion {
  templateId: string;
  version: number;
  name: string;
  description: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  fields: readonly string[];
  mergeFieldsConverted: number;
  at: string;
  by: string;
  byName: string;
}

export function insertVersion(db: Db, v: NewVersion): void {
  db.prepare(
    `INSERT INTO document_template_versions (template_id, version, name, description, file_name, bytes, sha256,
       fields, merge_fields_converted, added_at, added_by, added_by_name)
     VALUES (@templateId, @version, @name, @description, @fileName, @bytes, @sha256, @fields,
       @mergeFieldsConverted, @at, @by, @byName)`,
  ).run({ ...v, bytes: Buffer.from(v.bytes), fields: JSON.stringify(v.fields) });
}

/** The stored bytes of one version. */
export function readVersionBytes(db: Db, templateId: string, version: number): Uint8Array | null {
  const row = db
    .prepare(`SELECT bytes FROM document_template_versions WHERE template_id = ? AND version = ?`)
    .get(templateId, version) as { bytes: Buffer } | undefined;
  return row ? new Uint8Array(row.bytes) : null;
}

/** Archives an active template; false when there is none by that id (or it is archived already). */
export function archiveTemplate(db: Db, id: string, by: string, byName: string, at: string): boolean {
  return (
    db
      .prepare(
        `UPDATE document_templates SET status = 'archived', archived_at = @at, archived_by = @by,
           archived_by_name = @byName WHERE id = @id AND status = 'active'`,
      )
      .run({ id, by, byName, at }).changes === 1
  );
}
