import { describe, expect, it } from 'vitest';
import { insertAccount } from '../../../src/main/accounts/repository';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { newId } from '../../../src/main/ids';
import { encryptedTestDatabase } from '../../helpers/db';

function clinic() {
  const { db } = encryptedTestDatabase(MIGRATIONS);
  const admin = newId();
  insertAccount(
    db,
    { id: admin, username: 'ada', fullName: 'Ada Admin', role: 'administrator', mustChangePassword: false },
    null,
    new Date().toISOString(),
  );
  const id = newId();
  const at = new Date().toISOString();
  db.prepare(`INSERT INTO document_templates (id, created_at, created_by) VALUES (?, ?, ?)`).run(
    id,
    at,
    admin,
  );
  db.prepare(
    `INSERT INTO document_template_versions (template_id, version, name, description, file_name, bytes, sha256, fields,
       added_at, added_by, added_by_name) VALUES (?, 1, 'Letter', '', 'letter.docx', ?, 'x', '[]', ?, ?, 'Ada Admin')`,
  ).run(id, Buffer.from([1, 2, 3]), at, admin);
  return { db, admin, id, at };
}

describe('Word templates are kept append-only (migration 0023)', () => {
  it('a version is never changed or removed', () => {
    const { db, id } = clinic();
    expect(() =>
      db.prepare(`UPDATE document_template_versions SET bytes = x'00' WHERE template_id = ?`).run(id),
    ).toThrow(/document_template_immutable/);
    expect(() => db.prepare(`DELETE FROM document_template_versions WHERE template_id = ?`).run(id)).toThrow(
      /document_template_immutable/,
    );
    db.close();
  });

  it('a template is only ever archived, once, and never removed', () => {
    const { db, id, admin, at } = clinic();
    expect(() => db.prepare(`DELETE FROM document_templates WHERE id = ?`).run(id)).toThrow(
      /document_template_immutable/,
    );
    expect(() =>
      db.prepare(`UPDATE document_templates SET created_by = ? WHERE id = ?`).run(newId(), id),
    ).toThrow(/document_template_immutable/);
    // Archived without saying when: refused by the table's own check.
    expect(() =>
      db.prepare(`UPDATE document_templates SET status = 'archived' WHERE id = ?`).run(id),
    ).toThrow(/CHECK constraint/);
    db.prepare(
      `UPDATE document_templates SET status = 'archived', archived_at = ?, archived_by = ?, archived_by_name = 'Ada Admin' WHERE id = ?`,
    ).run(at, admin, id);
    expect(() =>
      db.prepare(`UPDATE document_templates SET status = 'active', archived_at = NULL WHERE id = ?`).run(id),
    ).toThrow(/document_template_immutable/);
    db.close();
  });

  it('a database from before it gains the tables empty, its other data untouched', () => {
    const { db } = encryptedTestDatabase(MIGRATIONS.filter((m) => m.version < 23));
    expect(
      db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'document_templates'`).pluck().get(),
    ).toBe(0);
    MIGRATIONS.find((m) => m.version === 23)?.up(db);
    expect(db.prepare(`SELECT count(*) FROM document_template_versions`).pluck().get()).toBe(0);
    db.close();
  });
});
