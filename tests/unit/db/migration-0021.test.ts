import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import { schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { encryptedTestDatabase } from '../../helpers/db';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);
const SHA = 'b'.repeat(64);

describe('migration 0021: the documents register', () => {
  it('upgrades a clinic with a client; documents and their issues are append-only', () => {
    const { db: before, file, dir, key } = encryptedTestDatabase(upTo(20));
    before.exec(`
      INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES ('a1', 'cam', 'Cam', 'case_manager', 'x', 'x');
      INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
        VALUES ('c1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x');
    `);
    before.close();
    const { db } = openClinicDatabase(file, Buffer.from(key), {
      preMigrationDir: join(dir, 'pre'),
      migrations: upTo(21),
    });
    expect(schemaVersion(db)).toBe(21);
    expect(db.prepare("SELECT legal_first_name FROM clients WHERE id = 'c1'").pluck().get()).toBe('Ana');

    const insert = db.prepare(
      `INSERT INTO client_documents (id, client_id, source, definition_id, template_id, template_version, title,
         file_name, mime_type, byte_length, sha256, page_count, language, recipient, part2, stored_copy,
         created_by, created_by_name, created_by_role, created_at)
       VALUES (@id, @client, @source, @definition, @template, @version, 'Face sheet', 'face-sheet.pdf',
         'application/pdf', @length, '${SHA}', 1, @language, 'client', 0, @bytes, 'a1', 'Cam', 'case_manager', 'x')`,
    );
    const good = {
      id: 'd1',
      client: 'c1',
      source: 'built_in',
      definition: 'face_sheet',
      template: null,
      version: null,
      length: 4,
      language: 'en',
      bytes: Buffer.from('%PDF'),
    };
    expect(() => insert.run({ ...good, id: 'x1', client: 'nobody' })).toThrow(/FOREIGN KEY/);
    expect(() => insert.run({ ...good, id: 'x2', source: 'template' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...good, id: 'x3', language: 'fr' })).toThrow(/CHECK/);
    // The stored copy is the bytes the register describes, or none.
    expect(() => insert.run({ ...good, id: 'x4', length: 5 })).toThrow(/CHECK/);
    insert.run(good);
    insert.run({ ...good, id: 'd2', bytes: null });

    expect(() => db.prepare("UPDATE client_documents SET stored_copy = NULL WHERE id = 'd1'").run()).toThrow(
      /client_document_immutable/,
    );
    expect(() => db.prepare("UPDATE client_documents SET stored_copy = x'00' WHERE id = 'd2'").run()).toThrow(
      /client_document_immutable/,
    );
    expect(() => db.prepare("DELETE FROM client_documents WHERE id = 'd1'").run()).toThrow(
      /client_document_immutable/,
    );

    const issue = db.prepare(
      `INSERT INTO client_document_issues (id, document_id, how, at, by_account, by_name) VALUES (?, 'd1', ?, 'x', 'a1', 'Cam')`,
    );
    expect(() => issue.run('i0', 'emailed')).toThrow(/CHECK/);
    issue.run('i1', 'saved');
    expect(() => db.prepare("UPDATE client_document_issues SET how = 'printed'").run()).toThrow(
      /client_document_immutable/,
    );
    expect(() => db.prepare('DELETE FROM client_document_issues').run()).toThrow(/client_document_immutable/);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM client_documents WHERE client_id = 'c1' ORDER BY created_at",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/client_documents_by_client/);
    db.close();
  });
});
