import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addAddendum, createDraft, sign, signAddendum, verifyRecords } from '../../../src/main/records';
import { CAM, SAGE, recordsClinic, testPlan } from './fixture';

/** Two signed plans, one with a co-signature and a signed addendum, and one unsigned draft. */
function clinicWithRecords() {
  const clinic = recordsClinic();
  const signedVersion = (title: string) => {
    const draft = createDraft(clinic.as(CAM), testPlan, {
      clientId: 'client-1',
      content: { title, goals: ['g'] },
    });
    const versionId = draft.draftVersionId as string;
    sign(clinic.as(CAM), testPlan, versionId, { role: 'worker' });
    return versionId;
  };
  const first = signedVersion('First');
  const second = signedVersion('Second');
  sign(clinic.as(SAGE), testPlan, second, { role: 'supervisor' });
  const addendumId = addAddendum(clinic.as(CAM), testPlan, second, { text: 'Later fact' }).addenda[0]!.id;
  signAddendum(clinic.as(CAM), testPlan, addendumId, { role: 'worker' });
  createDraft(clinic.as(CAM), testPlan, { clientId: 'client-1', content: { title: 'Unsigned' } });
  return { clinic, first, second, addendumId };
}

/**
 * Alters rows the way someone with the key and a SQLite shell could: triggers dropped, the change
 * made, the triggers put back exactly as migration 0008 wrote them.
 */
function behindTheTriggers(clinic: ReturnType<typeof recordsClinic>, sql: string, ...params: unknown[]) {
  const triggers = clinic.db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%record%'`)
    .all() as { name: string; sql: string }[];
  expect(triggers.length).toBeGreaterThan(10);
  for (const trigger of triggers) clinic.db.exec(`DROP TRIGGER ${trigger.name}`);
  clinic.db.prepare(sql).run(...params);
  for (const trigger of triggers) clinic.db.exec(trigger.sql);
}

describe('signed records: verify', () => {
  it('recomputes every signed hash and finds the store intact, counting what it checked', () => {
    const { clinic } = clinicWithRecords();
    const result = verifyRecords(clinic.as(SAGE));
    expect(result).toEqual({
      intact: true,
      checked: { versions: 2, addenda: 1, signatures: 4 },
      firstProblem: null,
    });
    const entry = clinic.audit().at(-1)!;
    expect(entry.action).toBe('records.verified');
    expect(JSON.parse(entry.details)).toMatchObject({
      intact: true,
      versions: 2,
      signatures: 4,
      problem: null,
    });
  });

  it('detects signed content altered with the triggers dropped, and names the version', () => {
    const { clinic, first, second } = clinicWithRecords();
    behindTheTriggers(
      clinic,
      `UPDATE record_versions SET content = '{"goals":["g"],"title":"Forged"}' WHERE id = ?`,
      second,
    );
    const result = verifyRecords(clinic.as(SAGE));
    expect(result.intact).toBe(false);
    expect(result.firstProblem).toMatchObject({ problem: 'content_altered', of: 'version', id: second });
    expect(result.checked.versions).toBe(1); // the first version, checked before the altered one
    expect(first < second).toBe(true);
  });

  it('detects an altered addendum, a signature that covers another hash, and a signature removed', () => {
    const a = clinicWithRecords();
    behindTheTriggers(
      a.clinic,
      `UPDATE record_addenda SET content = '{"text":"Other fact"}' WHERE id = ?`,
      a.addendumId,
    );
    expect(verifyRecords(a.clinic.as(SAGE)).firstProblem).toMatchObject({
      problem: 'content_altered',
      of: 'addendum',
      id: a.addendumId,
    });

    const b = clinicWithRecords();
    // Content and its hash both rewritten consistently: the signatures still record the old hash.
    const forged = '{"goals":["g"],"title":"Forged"}';
    behindTheTriggers(
      b.clinic,
      `UPDATE record_versions SET content = ?, content_hash = ? WHERE id = ?`,
      forged,
      createHash('sha256').update(forged, 'utf8').digest('hex'),
      b.first,
    );
    expect(verifyRecords(b.clinic.as(SAGE)).firstProblem).toMatchObject({
      problem: 'signature_mismatch',
      of: 'signature',
    });

    const c = clinicWithRecords();
    behindTheTriggers(c.clinic, `DELETE FROM record_signatures WHERE version_id = ?`, c.first);
    expect(verifyRecords(c.clinic.as(SAGE)).firstProblem).toMatchObject({
      problem: 'signed_without_signature',
      of: 'version',
      id: c.first,
    });
  });

  it('the tampering helper puts the triggers back, so the clinic it leaves still refuses changes', () => {
    const { clinic, second } = clinicWithRecords();
    behindTheTriggers(clinic, 'SELECT 1');
    expect(() => clinic.db.prepare(`DELETE FROM record_versions WHERE id = ?`).run(second)).toThrow(
      /signed_record_immutable/,
    );
  });
});
