import { describe, expect, it } from 'vitest';
import { planReviewsFor } from '../../../src/main/care-plans/repository';
import { openEncrypted } from '../../../src/main/db/open';
import { dataFiles } from '../../../src/main/paths';
import { Keyring } from '../../../src/main/security/keyring';
import { localToday } from '../../../src/shared/domain/clients';
import { clinicWithStaff, client } from '../../helpers/clinic';
import { ADMIN } from '../../helpers/lantern';
import { planContent } from './plan-clinic';

const inDays = (days: number) =>
  new Date(Date.parse(`${localToday()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A second connection to the clinic's real encrypted file, as the caseload reads it. */
async function openClinicFile(dataDir: string) {
  const files = dataFiles(dataDir);
  const keyring = await Keyring.load(files.keyring);
  const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
  return openEncrypted(files.database, databaseKey);
}

describe('a care plan after a merge', () => {
  it('shows on the kept file, under the kept client’s policy, and in the caseload’s review dates', async () => {
    const clinic = await clinicWithStaff();
    // The duplicate is Dee's client, with a signed plan; the kept record is Cam's.
    await clinic.as('dee');
    const dupe = await clinic.call('clients:create', {
      client: client({ legalFirstName: 'Johnathan', assignedCaseManagerIds: [clinic.ids.dee as string] }),
    });
    const created = await clinic.call('carePlans:create', { clientId: dupe.id });
    const versionId = created.draftVersionId as string;
    await clinic.call('carePlans:saveDraft', { versionId, content: planContent(localToday(), inDays(90)) });
    await clinic.call('carePlans:signAsWorker', { versionId });
    await clinic.as('cam');
    const keep = await clinic.call('clients:create', {
      client: client({ assignedCaseManagerIds: [clinic.ids.cam as string] }),
      duplicatesReviewed: true,
    });
    await clinic.as('ada');
    await clinic.call('clients:merge', { survivorId: keep.id, mergedId: dupe.id, reason: 'Same person' });

    await clinic.as('cam');
    const { plan } = await clinic.call('carePlans:get', { clientId: keep.id });
    expect(plan?.recordId).toBe(created.recordId);
    expect(plan?.reviewDate).toBe(inDays(90));
    const second = await clinic.refuse('carePlans:create', { clientId: keep.id });
    expect(second).toMatchObject({ code: 'conflict', details: { messageKey: 'errors.care_plan_exists' } });
    // The policy is asked about the kept client (Cam's), not the duplicate (Dee's): Cam acts on it.
    const agreed = await clinic.call('carePlans:recordClientAgreement', {
      versionId,
      agreement: { method: 'declined', reason: 'Wants to think about it' },
    });
    expect(agreed.versions[0]?.signatures.map((s) => [s.role, s.signerName])).toEqual([
      ['worker', 'Dee Manager'],
      ['client', 'Jonathan Smith'],
    ]);
    const revised = await clinic.call('carePlans:revise', { versionId });
    expect(revised.draftVersionId).toBeTruthy();
    // The duplicate's id stands for the kept file: the same plan, with its new draft.
    const throughDupe = await clinic.call('carePlans:get', { clientId: dupe.id });
    expect(throughDupe.plan?.draftVersionId).toBe(revised.draftVersionId);

    const db = await openClinicFile(clinic.dataDir);
    try {
      const reviews = planReviewsFor(db, [keep.id], inDays(91));
      expect([...reviews]).toEqual([[keep.id, { reviewDate: inDays(90), overdue: true }]]);
    } finally {
      db.close();
    }
  });
});
