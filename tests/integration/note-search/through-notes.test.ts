import { describe, expect, it } from 'vitest';
import { dapContent, draftNote, noteClinic, signedNote } from '../progress-notes/note-clinic';

/** Notes written the ordinary way (notes:start → saveDraft → sign, addenda) are found through the router. */
describe('note search over notes written through the notes service', () => {
  it("finds signed notes and addenda, not drafts, and never Dee's client for Cam", async () => {
    const clinic = await noteClinic();
    const note = await signedNote(clinic, clinic.clientId);
    await draftNote(clinic, clinic.clientId, dapContent({ nextSteps: 'Unsigned idea about the bicycle.' }));
    await clinic.call('notes:addAddendum', { noteId: note.id, text: 'The sister called about the lease.' });
    await clinic.as('dee');
    await signedNote(
      clinic,
      clinic.otherClientId,
      dapContent({ addressed: [], interventions: 'Reviewed the sleep diary.' }),
    );

    await clinic.as('cam');
    const { hits } = await clinic.call('notes:search', { query: 'sleep diary' });
    expect(hits.map((hit) => [hit.noteId, hit.in, hit.clientName])).toEqual([[note.id, 'note', 'Ana Diaz']]);
    // Stemmed: "sleeping" in the data section matches "sleep" too.
    expect(hits[0]?.snippet.filter((part) => part.match).map((part) => part.text)).toEqual([
      'sleeping',
      'sleep',
      'diary',
    ]);
    expect((await clinic.call('notes:search', { query: 'bicycle' })).hits).toEqual([]);
    const addendum = await clinic.call('notes:search', { query: 'lease', clientId: clinic.clientId });
    expect(addendum.hits.map((hit) => hit.in)).toEqual(['addendum']);

    await clinic.as('sage');
    expect((await clinic.call('notes:search', { query: 'sleep diary' })).hits).toHaveLength(2);
  });
});
