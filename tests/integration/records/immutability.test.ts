import { describe, expect, it } from 'vitest';
import { addAddendum, createDraft, markEnteredInError, sign, signAddendum } from '../../../src/main/records';
import { CAM, SAGE, recordsClinic, testPlan } from './fixture';

/**
 * The database itself refuses to change what was signed: these statements go straight to SQL,
 * past every service check, as a bug or a careless script would.
 */
function signedWithAddendum() {
  const clinic = recordsClinic();
  const draft = createDraft(clinic.as(CAM), testPlan, {
    clientId: 'client-1',
    content: { title: 'Housing', goals: ['Find a flat'] },
  });
  const versionId = draft.draftVersionId as string;
  sign(clinic.as(CAM), testPlan, versionId, { role: 'worker' });
  const withAddendum = addAddendum(clinic.as(CAM), testPlan, versionId, { text: 'Called the landlord' });
  const addendumId = withAddendum.addenda[0]!.id;
  signAddendum(clinic.as(CAM), testPlan, addendumId, { role: 'worker' });
  markEnteredInError(clinic.as(SAGE), testPlan, draft.id, 'Wrong client');
  const everything = () =>
    ['signed_records', 'record_versions', 'record_addenda', 'record_signatures', 'record_status_events'].map(
      (table) => clinic.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all(),
    );
  return { clinic, recordId: draft.id, versionId, addendumId, everything };
}

const IMMUTABLE = /signed_record_immutable/;

describe('signed records: the database refuses changes to what was signed', () => {
  it('refuses UPDATE and DELETE of a signed version, its signatures, a signed addendum and status events', () => {
    const { clinic, recordId, versionId, addendumId, everything } = signedWithAddendum();
    const before = everything();
    const statements: [string, unknown[]][] = [
      [`UPDATE record_versions SET content = '{"goals":["x"],"title":"Changed"}' WHERE id = ?`, [versionId]],
      [`UPDATE record_versions SET content_hash = ? WHERE id = ?`, ['0'.repeat(64), versionId]],
      [`UPDATE record_versions SET status = 'draft' WHERE id = ?`, [versionId]],
      [`UPDATE record_versions SET updated_at = 'later' WHERE id = ?`, [versionId]],
      [`DELETE FROM record_versions WHERE id = ?`, [versionId]],
      [`UPDATE record_signatures SET signer_name = 'Someone else'`, []],
      [`UPDATE record_signatures SET signed_at = '2020-01-01T00:00:00.000Z'`, []],
      [`DELETE FROM record_signatures`, []],
      [`UPDATE record_addenda SET content = '{"text":"Edited"}' WHERE id = ?`, [addendumId]],
      [`DELETE FROM record_addenda WHERE id = ?`, [addendumId]],
      [`UPDATE record_status_events SET reason = 'Changed my mind'`, []],
      [`DELETE FROM record_status_events`, []],
      // A merge must never need these: the client is written once, and a signed record never goes.
      [`UPDATE signed_records SET client_id = 'client-2' WHERE id = ?`, [recordId]],
      [`DELETE FROM signed_records WHERE id = ?`, [recordId]],
    ];
    for (const [sql, params] of statements) {
      expect(() => clinic.db.prepare(sql).run(...params), sql).toThrow(IMMUTABLE);
    }
    expect(everything()).toEqual(before);
  });

  it('refuses signatures that do not cover the signed content, and versions born signed', () => {
    const { clinic, recordId, versionId, everything } = signedWithAddendum();
    const draft = createDraft(clinic.as(CAM), testPlan, {
      clientId: 'client-1',
      content: { title: 'Draft' },
    });
    const draftId = draft.draftVersionId as string;
    const before = everything();
    const signature = (target: string, hash: string, role = 'client') =>
      clinic.db
        .prepare(
          `INSERT INTO record_signatures (id, version_id, role, signer_name, account_id, account_name, signed_at, content_hash)
           VALUES (?, ?, ?, 'Ana', 'acc-cam', 'Cam Manager', 'now', ?)`,
        )
        .run(`sig-${role}-${target}`, target, role, hash);
    expect(() => signature(versionId, 'f'.repeat(64))).toThrow(IMMUTABLE);
    const draftHash = clinic.db
      .prepare('SELECT content_hash FROM record_versions WHERE id = ?')
      .pluck()
      .get(draftId);
    expect(() => signature(draftId, draftHash as string)).toThrow(IMMUTABLE);
    expect(() =>
      clinic.db
        .prepare(
          `INSERT INTO record_versions (id, record_id, version_no, status, schema_version, content, content_hash,
             created_at, created_by, created_by_name, updated_at, updated_by)
           VALUES ('v-forged', ?, 9, 'signed', 1, '{}', ?, 'now', 'acc-cam', 'Cam', 'now', 'acc-cam')`,
        )
        .run(recordId, '0'.repeat(64)),
    ).toThrow(IMMUTABLE);
    expect(() =>
      clinic.db
        .prepare(
          `INSERT INTO record_addenda (id, record_id, version_id, status, schema_version, content, content_hash,
             created_at, created_by, created_by_name, updated_at, updated_by)
           VALUES ('a-on-draft', ?, ?, 'draft', 1, '{}', ?, 'now', 'acc-cam', 'Cam', 'now', 'acc-cam')`,
        )
        .run(draft.id, draftId, '0'.repeat(64)),
    ).toThrow(IMMUTABLE);
    expect(everything()).toEqual(before);
  });

  it('lets a draft be edited and discarded through SQL, but never moved to another record or author', () => {
    const { clinic } = signedWithAddendum();
    const draft = createDraft(clinic.as(CAM), testPlan, {
      clientId: 'client-1',
      content: { title: 'Draft' },
    });
    const draftId = draft.draftVersionId as string;
    clinic.db.prepare(`UPDATE record_versions SET content = '{"title":"Edited"}' WHERE id = ?`).run(draftId);
    expect(() =>
      clinic.db.prepare(`UPDATE record_versions SET created_by_name = 'Someone' WHERE id = ?`).run(draftId),
    ).toThrow(IMMUTABLE);
    expect(() =>
      clinic.db.prepare(`UPDATE record_versions SET version_no = 5 WHERE id = ?`).run(draftId),
    ).toThrow(IMMUTABLE);
    clinic.db.prepare('DELETE FROM record_versions WHERE id = ?').run(draftId);
    clinic.db.prepare('DELETE FROM signed_records WHERE id = ?').run(draft.id);
    expect(clinic.db.prepare('SELECT count(*) FROM signed_records').pluck().get()).toBe(1);
  });
});
