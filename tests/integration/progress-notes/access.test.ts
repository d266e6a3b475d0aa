import { describe, expect, it } from 'vitest';
import { client } from '../../helpers/clinic';
import { dapContent, draftNote, noteClinic, signedNote } from './note-clinic';

describe('progress notes under the access policy', () => {
  it('front desk, administrator and reporting are refused every channel that shows note content', async () => {
    const clinic = await noteClinic();
    const note = await signedNote(clinic, clinic.clientId);
    const draft = await draftNote(clinic, clinic.clientId);
    const calls: [string, unknown][] = [
      ['notes:list', { clientId: clinic.clientId }],
      ['notes:get', { noteId: note.id }],
      ['notes:start', { clientId: clinic.clientId }],
      ['notes:saveDraft', { versionId: draft.current.id, content: dapContent() }],
      ['notes:sign', { versionId: draft.current.id }],
      ['notes:addAddendum', { noteId: note.id, text: 'More' }],
      ['notes:markEnteredInError', { noteId: note.id, reason: 'Wrong client' }],
      ['notes:myDrafts', {}],
      ['notes:returnedToMe', {}],
      ['notes:awaitingCosign', {}],
      ['notes:cosign', { versionId: note.current.id }],
      ['notes:return', { versionId: note.current.id, comment: 'x' }],
    ];
    for (const who of ['fran', 'ada', 'remy']) {
      await clinic.as(who);
      for (const [channel, input] of calls)
        expect([who, channel, (await clinic.refuse(channel, input)).code]).toEqual([
          who,
          channel,
          'forbidden',
        ]);
    }
    await clinic.as('cam');
    const after = await clinic.call('notes:get', { noteId: note.id });
    expect([after.addendumCount, after.enteredInError]).toEqual([0, null]);
  });

  it('a case manager off the caseload is refused until they break the glass', async () => {
    const clinic = await noteClinic();
    const note = await signedNote(clinic, clinic.clientId);
    await clinic.as('dee');
    const refused = await clinic.refuse('notes:get', { noteId: note.id });
    expect(refused).toMatchObject({ code: 'forbidden', details: { needsReason: true } });
    for (const [channel, input] of [
      ['notes:list', { clientId: clinic.clientId }],
      ['notes:start', { clientId: clinic.clientId }],
      ['notes:addAddendum', { noteId: note.id, text: 'More' }],
    ] as const)
      expect((await clinic.refuse(channel, input)).code).toBe('forbidden');
    expect(await clinic.call('notes:myDrafts', {})).toEqual([]);
    await clinic.call('clients:breakGlass', { clientId: clinic.clientId, reason: 'Covering for Cam today' });
    expect((await clinic.call('notes:list', { clientId: clinic.clientId })).map((n) => n.id)).toEqual([
      note.id,
    ]);
    const seen = await clinic.call('notes:get', { noteId: note.id });
    expect(seen.can).toMatchObject({ addAddendum: true, markEnteredInError: false, edit: false });
  });

  it('a Part 2 note is marked so, and so is every note of a Part 2 client', async () => {
    const clinic = await noteClinic();
    const marked = await signedNote(clinic, clinic.clientId, dapContent({ part2: true }));
    const plain = await signedNote(clinic, clinic.clientId);
    const listed = await clinic.call('notes:list', { clientId: clinic.clientId });
    expect(listed.map((n) => [n.id, n.part2]).sort()).toEqual(
      [
        [marked.id, true],
        [plain.id, false],
      ].sort(),
    );
    const { id } = await clinic.call('clients:create', {
      client: client({
        legalFirstName: 'Pat',
        legalLastName: 'Two',
        assignedCaseManagerIds: [clinic.ids.cam as string],
        flags: { part2Protected: true },
      }),
      duplicatesReviewed: true,
    });
    const ofPart2Client = await signedNote(clinic, id, dapContent({ addressed: [] }));
    expect(ofPart2Client.part2).toBe(true);
  });

  it('a merged duplicate’s notes read through the kept client, under the kept client’s policy', async () => {
    const clinic = await noteClinic();
    await clinic.as('dee');
    const dupeNote = await signedNote(clinic, clinic.otherClientId, dapContent({ addressed: [] }));
    await clinic.as('ada');
    await clinic.call('clients:merge', {
      survivorId: clinic.clientId,
      mergedId: clinic.otherClientId,
      reason: 'Same person',
    });
    await clinic.as('cam');
    const mine = await signedNote(clinic, clinic.clientId);
    const listed = await clinic.call('notes:list', { clientId: clinic.clientId });
    expect(listed.map((n) => n.id).sort()).toEqual([dupeNote.id, mine.id].sort());
    expect(
      (await clinic.call('notes:list', { clientId: clinic.otherClientId })).map((n) => n.id).sort(),
    ).toEqual([dupeNote.id, mine.id].sort());
    const seen = await clinic.call('notes:get', { noteId: dupeNote.id });
    expect(seen.authorName).toBe('Dee Manager');
    const started = await clinic.call('notes:start', { clientId: clinic.otherClientId });
    expect(started.clientId).toBe(clinic.clientId);
  });
});
