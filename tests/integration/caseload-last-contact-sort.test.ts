import { describe, expect, it } from 'vitest';
import { localToday } from '../../src/shared/domain/clients';
import { client } from '../helpers/clinic';
import { planContent } from './care-plans/plan-clinic';
import { dapContent, dayOffset, noteClinic, signedNote, type NoteClinic } from './progress-notes/note-clinic';

/** Another of Cam's clients with a signed care plan, so a note can be signed for them. */
async function planned(clinic: NoteClinic, legalFirstName: string, legalLastName: string) {
  const { id } = await clinic.call('clients:create', {
    client: client({ legalFirstName, legalLastName, assignedCaseManagerIds: [clinic.ids.cam as string] }),
    duplicatesReviewed: true,
  });
  const created = await clinic.call('carePlans:create', { clientId: id });
  const versionId = created.draftVersionId as string;
  await clinic.call('carePlans:saveDraft', { versionId, content: planContent(localToday(), dayOffset(90)) });
  await clinic.call('carePlans:signAsWorker', { versionId });
  return id;
}

const byLastContact = async (clinic: NoteClinic, direction: 'asc' | 'desc') =>
  (await clinic.call('caseload:list', { sort: { column: 'lastContactAt', direction } })).rows.map((row) => [
    row.legalName,
    row.lastContactAt === null ? 'never' : 'contacted',
  ]);

describe('the caseload sorted by last contact', () => {
  it('oldest first puts the never-contacted first; newest first puts them last', async () => {
    // Cam: Ana Diaz (a signed plan), plus Eve Early and Nia Never; Dee's Bo Other is never contacted.
    const clinic = await noteClinic();
    const early = await planned(clinic, 'Eve', 'Early');
    await clinic.call('clients:create', {
      client: client({ legalFirstName: 'Nia', legalLastName: 'Never' }),
      duplicatesReviewed: true,
    });
    await signedNote(clinic, early, dapContent({ contactDate: dayOffset(-20), startTime: '09:00' }));
    await signedNote(clinic, clinic.clientId, dapContent({ contactDate: dayOffset(-2), startTime: '09:00' }));

    // Never contacted is the longest without contact: first, by name, then the oldest contact.
    expect(await byLastContact(clinic, 'asc')).toEqual([
      ['Never, Nia', 'never'],
      ['Other, Bo', 'never'],
      ['Early, Eve', 'contacted'],
      ['Diaz, Ana', 'contacted'],
    ]);
    expect(await byLastContact(clinic, 'desc')).toEqual([
      ['Diaz, Ana', 'contacted'],
      ['Early, Eve', 'contacted'],
      ['Other, Bo', 'never'],
      ['Never, Nia', 'never'],
    ]);
    // Paging keeps the same order: the second page of two starts where the first stopped.
    const second = await clinic.call('caseload:list', {
      sort: { column: 'lastContactAt', direction: 'asc' },
      offset: 2,
      limit: 2,
    });
    expect(second.rows.map((row) => row.legalName)).toEqual(['Early, Eve', 'Diaz, Ana']);
  });
});
