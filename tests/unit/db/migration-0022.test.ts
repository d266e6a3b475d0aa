import { describe, expect, it } from 'vitest';
import { insertAccount } from '../../../src/main/accounts/repository';
import { insertAttachment, markRemoved, readChunk } from '../../../src/main/attachments/repository';
import { seedClinic } from '../../../src/main/demo/synthetic-clinic';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { newId } from '../../../src/main/ids';
import { encryptedTestDatabase } from '../../helpers/db';

/** A clinic migrated to just before attachments, with clients, then brought to 0022. */
function clinic() {
  const { db } = encryptedTestDatabase(MIGRATIONS.filter((m) => m.version < 22));
  const worker = newId();
  insertAccount(
    db,
    { id: newId(), username: 'ada', fullName: 'Ada Admin', role: 'administrator', mustChangePassword: false },
    null,
    new Date().toISOString(),
  );
  insertAccount(
    db,
    { id: worker, username: 'cam', fullName: 'Cam Manager', role: 'case_manager', mustChangePassword: false },
    null,
    new Date().toISOString(),
  );
  seedClinic(db, { clients: 2, seed: 5 });
  MIGRATIONS.find((m) => m.version === 22)?.up(db);
  const clientId = db.prepare('SELECT id FROM clients LIMIT 1').pluck().get() as string;
  const id = newId();
  insertAttachment(
    db,
    {
      id,
      client_id: clientId,
      title: 'Consent',
      kind: 'consent_form',
      document_date: '2026-03-02',
      file_name: 'consent.pdf',
      file_type: 'pdf',
      mime_type: 'application/pdf',
      size_bytes: 6,
      chunk_bytes: 4,
      chunk_count: 2,
      sha256: 'a'.repeat(64),
      linked_record_id: null,
      linked_kind: null,
      added_by: worker,
      added_by_name: 'Cam Manager',
      added_at: new Date().toISOString(),
    },
    [Buffer.from('%PDF'), Buffer.from('-1')],
  );
  return { db, id, worker };
}

describe('migration 0022: attachments never change, except to be removed once', () => {
  it('refuses changing, deleting or adding chunks of a stored attachment', () => {
    const { db, id } = clinic();
    expect(readChunk(db, id, 1)?.toString()).toBe('-1');
    expect(() =>
      db.prepare('UPDATE attachment_chunks SET data = ? WHERE attachment_id = ?').run(Buffer.from('x'), id),
    ).toThrow(/attachment_immutable/);
    expect(() => db.prepare('DELETE FROM attachment_chunks WHERE attachment_id = ?').run(id)).toThrow(
      /attachment_immutable/,
    );
    expect(() =>
      db
        .prepare('INSERT INTO attachment_chunks (attachment_id, chunk_no, data) VALUES (?, 2, ?)')
        .run(id, Buffer.from('x')),
    ).toThrow(/attachment_immutable/);
    db.close();
  });

  it('refuses deleting an attachment or editing it; a removal is recorded once and stays', () => {
    const { db, id, worker } = clinic();
    expect(() => db.prepare('DELETE FROM attachments WHERE id = ?').run(id)).toThrow(/attachment_immutable/);
    expect(() => db.prepare("UPDATE attachments SET title = 'Other' WHERE id = ?").run(id)).toThrow(
      /attachment_immutable/,
    );
    const at = new Date().toISOString();
    markRemoved(db, id, { at, by: worker, byName: 'Cam Manager', reason: 'Wrong client' });
    expect(db.prepare('SELECT removed_reason FROM attachments WHERE id = ?').pluck().get(id)).toBe(
      'Wrong client',
    );
    expect(() => db.prepare("UPDATE attachments SET removed_reason = 'Other' WHERE id = ?").run(id)).toThrow(
      /attachment_immutable/,
    );
    expect(db.prepare('SELECT count(*) FROM attachment_chunks WHERE attachment_id = ?').pluck().get(id)).toBe(
      2,
    );
    db.close();
  });
});
