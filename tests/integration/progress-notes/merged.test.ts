import { describe, expect, it } from 'vitest';
import { client } from '../../helpers/clinic';
import { dapContent, noteClinic, signedNote } from './note-clinic';

/**
 * Dee's client Bo (not Part 2) is merged into Cam's client Ana, flagged Part 2; the notes Dee
 * wrote on Bo are now in Ana's file. Co-signature is required of case managers' notes.
 */
async function mergedIntoPart2() {
  const clinic = await noteClinic();
  await clinic.as('ada');
  const settings = await clinic.call('notes:settings', {});
  await clinic.call('notes:saveSettings', { ...settings, cosignRoles: ['case_manager'] });
  await clinic.as('dee');
  const awaiting = await signedNote(clinic, clinic.otherClientId, dapContent({ addressed: [] }));
  const returned = await signedNote(clinic, clinic.otherClientId, dapContent({ addressed: [] }));
  await clinic.as('sage');
  await clinic.call('notes:return', { versionId: returned.current.id, comment: 'Add the place.' });
  await clinic.as('dee');
  expect((await clinic.call('notes:returnedToMe', {})).map((n) => n.id)).toEqual([returned.id]);
  await clinic.as('cam');
  const file = await clinic.call('clients:get', { id: clinic.clientId });
  if (file.access !== 'full') throw new Error('expected the full file');
  await clinic.call('clients:update', {
    id: clinic.clientId,
    expectedUpdatedAt: file.client.updatedAt,
    client: client({
      legalFirstName: 'Ana',
      legalLastName: 'Diaz',
      assignedCaseManagerIds: [clinic.ids.cam as string],
      flags: { part2Protected: true },
    }),
  });
  await clinic.as('ada');
  await clinic.call('clients:merge', {
    survivorId: clinic.clientId,
    mergedId: clinic.otherClientId,
    reason: 'Same person',
  });
  return { ...clinic, awaiting, returned };
}

describe('progress notes of a merged duplicate', () => {
  it('are labelled Part 2 when the client kept is: notes:list and notes:get', async () => {
    const clinic = await mergedIntoPart2();
    await clinic.as('cam');
    const listed = await clinic.call('notes:list', { clientId: clinic.clientId });
    const awaiting = listed.find((n) => n.id === clinic.awaiting.id);
    expect(awaiting).toMatchObject({ part2: true, clientId: clinic.clientId, clientName: 'Ana Diaz' });
    const opened = await clinic.call('notes:get', { noteId: clinic.awaiting.id });
    expect([opened.part2, opened.clientId]).toEqual([true, clinic.clientId]);
  });

  it('show in the co-sign queue as the kept client’s, Part 2', async () => {
    const clinic = await mergedIntoPart2();
    await clinic.as('sage');
    const queue = await clinic.call('notes:awaitingCosign', {});
    expect(queue.map((n) => [n.id, n.clientId, n.clientName, n.part2])).toEqual([
      [clinic.awaiting.id, clinic.clientId, 'Ana Diaz', true],
    ]);
    const cosigned = await clinic.call('notes:cosign', { versionId: clinic.awaiting.current.id });
    expect(cosigned.state).toBe('signed');
  });

  it('a queue asks access of the client kept: Dee, not on Ana’s caseload, no longer lists what she cannot open', async () => {
    const clinic = await mergedIntoPart2();
    // The merge copied Dee's assignment to Ana; Ana's file is then given to Cam alone. Dee is
    // still assigned to the duplicate, which no longer has a file of its own.
    await clinic.as('sage');
    const file = await clinic.call('clients:get', { id: clinic.clientId });
    if (file.access !== 'full') throw new Error('expected the full file');
    await clinic.call('clients:update', {
      id: clinic.clientId,
      expectedUpdatedAt: file.client.updatedAt,
      client: client({
        legalFirstName: 'Ana',
        legalLastName: 'Diaz',
        assignedCaseManagerIds: [clinic.ids.cam as string],
        flags: { part2Protected: true },
      }),
    });
    await clinic.as('dee');
    expect((await clinic.refuse('notes:get', { noteId: clinic.returned.id })).code).toBe('forbidden');
    expect(await clinic.call('notes:returnedToMe', {})).toEqual([]);
    expect(await clinic.call('notes:myDrafts', {})).toEqual([]);
  });
});
