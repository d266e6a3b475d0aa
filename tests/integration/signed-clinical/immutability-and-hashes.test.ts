import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../src/main/db/open';
import { dataFiles } from '../../../src/main/paths';
import { Keyring } from '../../../src/main/security/keyring';
import { localToday } from '../../../src/shared/domain/clients';
import { ADMIN } from '../../helpers/lantern';
import { completeAssessment } from '../assessments/fixture';
import { TYPED, planClinic, planContent } from '../care-plans/plan-clinic';

const IMMUTABLE = /signed_record_immutable/;
const inDays = (days: number) =>
  new Date(Date.parse(`${localToday()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A second connection to the clinic's real encrypted file, as someone with the key and a SQL shell. */
async function openClinicFile(dataDir: string) {
  const files = dataFiles(dataDir);
  const keyring = await Keyring.load(files.keyring);
  const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
  return openEncrypted(files.database, databaseKey);
}

/** A clinic where Cam signed an intake assessment and a care plan (the client agreed to it). */
async function signedClinic() {
  const clinic = await planClinic();
  const intake = await clinic.call('assessments:startIntake', { clientId: clinic.clientId });
  await clinic.call('assessments:saveDraft', { versionId: intake.versionId, content: completeAssessment() });
  await clinic.call('assessments:sign', { versionId: intake.versionId });
  const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
  const planVersionId = created.draftVersionId as string;
  await clinic.call('carePlans:saveDraft', {
    versionId: planVersionId,
    content: planContent(localToday(), inDays(90)),
  });
  await clinic.call('carePlans:signAsWorker', { versionId: planVersionId });
  await clinic.call('carePlans:recordClientAgreement', { versionId: planVersionId, agreement: TYPED });
  return { clinic, assessmentVersionId: intake.versionId, planVersionId };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('signed assessments and care plans in the encrypted file', () => {
  it('refuse a direct SQL UPDATE or DELETE of their versions and signatures; nothing changes', async () => {
    const { clinic, assessmentVersionId, planVersionId } = await signedClinic();
    const db = await openClinicFile(clinic.dataDir);
    try {
      for (const versionId of [assessmentVersionId, planVersionId]) {
        const version = () => db.prepare('SELECT * FROM record_versions WHERE id = ?').get(versionId);
        const signatures = () =>
          db.prepare('SELECT * FROM record_signatures WHERE version_id = ? ORDER BY id').all(versionId);
        const before = { version: version(), signatures: signatures() };
        expect(before.signatures.length).toBeGreaterThan(0);
        const attempts = [
          () => db.prepare(`UPDATE record_versions SET content = '{}' WHERE id = ?`).run(versionId),
          () => db.prepare(`UPDATE record_versions SET status = 'draft' WHERE id = ?`).run(versionId),
          () => db.prepare('DELETE FROM record_versions WHERE id = ?').run(versionId),
          () =>
            db.prepare(`UPDATE record_signatures SET signer_name = 'x' WHERE version_id = ?`).run(versionId),
          () =>
            db
              .prepare(`UPDATE record_signatures SET content_hash = ? WHERE version_id = ?`)
              .run('0'.repeat(64), versionId),
          () => db.prepare('DELETE FROM record_signatures WHERE version_id = ?').run(versionId),
        ];
        for (const attempt of attempts) expect(attempt, versionId).toThrow(IMMUTABLE);
        expect({ version: version(), signatures: signatures() }).toEqual(before);
      }
    } finally {
      db.close();
    }
  });

  it('carry signature hashes that are SHA-256 of the stored canonical content', async () => {
    const { clinic, assessmentVersionId, planVersionId } = await signedClinic();
    const db = await openClinicFile(clinic.dataDir);
    try {
      for (const [versionId, roles] of [
        [assessmentVersionId, ['worker']],
        [planVersionId, ['worker', 'client']],
      ] as const) {
        const { content, content_hash } = db
          .prepare('SELECT content, content_hash FROM record_versions WHERE id = ?')
          .get(versionId) as { content: string; content_hash: string };
        expect(sha256(content)).toBe(content_hash);
        const signed = db
          .prepare('SELECT role, content_hash FROM record_signatures WHERE version_id = ? ORDER BY signed_at')
          .all(versionId) as { role: string; content_hash: string }[];
        expect(signed.map((s) => s.role)).toEqual(roles);
        for (const s of signed) expect(s.content_hash).toBe(sha256(content));
        // The stored text is canonical: parsing and writing it back the same way gives the same bytes.
        expect(JSON.stringify(JSON.parse(content))).toBe(content);
      }
      // The same hashes reach the screen.
      const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
      const shown = plan?.versions[0];
      const stored = db
        .prepare('SELECT content FROM record_versions WHERE id = ?')
        .pluck()
        .get(planVersionId) as string;
      expect(shown?.contentHash).toBe(sha256(stored));
      expect(shown?.signatures.map((s) => s.contentHash)).toEqual([sha256(stored), sha256(stored)]);
    } finally {
      db.close();
    }
  });
});
