import { describe, expect, it } from 'vitest';
import { movableClock } from '../measures/fixture';
import { dapContent, dayOffset, noteClinic, signedNote } from './note-clinic';

describe('progress notes: signing again after a return keeps the first signing’s timeliness', () => {
  it('a note signed on time and returned days later is not late, and its days to sign stay', async () => {
    const noon = new Date();
    noon.setHours(12, 0, 0, 0);
    const clock = movableClock(noon.toISOString());
    const clinic = await noteClinic({ now: clock.now });
    await clinic.as('ada');
    const settings = await clinic.call('notes:settings', {});
    await clinic.call('notes:saveSettings', { ...settings, cosignRoles: ['case_manager'] });
    await clinic.as('cam');
    const note = await signedNote(clinic, clinic.clientId, dapContent({ contactDate: dayOffset(-1) }));
    expect([note.late, note.daysToSign]).toEqual([false, 1]);

    clock.set(new Date(noon.getTime() + 6 * 86_400_000).toISOString());
    await clinic.as('sage');
    await clinic.call('notes:return', { versionId: note.current.id, comment: 'Name the landlord.' });
    await clinic.as('cam');
    const draft = (await clinic.call('notes:get', { noteId: note.id })).current;
    const resigned = await clinic.call('notes:sign', { versionId: draft.id });
    expect(resigned.current.versionNo).toBe(2);
    expect([resigned.state, resigned.late, resigned.daysToSign]).toEqual(['awaiting_cosign', false, 1]);
    const listed = await clinic.call('notes:list', { clientId: clinic.clientId });
    expect(listed.map((n) => [n.id, n.late])).toEqual([[note.id, false]]);
    await clinic.as('sage');
    expect((await clinic.call('notes:get', { noteId: note.id })).daysToSign).toBe(1);
  });

  it('a note first signed late stays late when signed again', async () => {
    const clinic = await noteClinic();
    await clinic.as('ada');
    const settings = await clinic.call('notes:settings', {});
    await clinic.call('notes:saveSettings', { ...settings, cosignRoles: ['case_manager'] });
    await clinic.as('cam');
    const note = await signedNote(clinic, clinic.clientId, dapContent({ contactDate: dayOffset(-5) }));
    expect([note.late, note.daysToSign]).toEqual([true, 5]);
    await clinic.as('sage');
    await clinic.call('notes:return', { versionId: note.current.id, comment: 'Add the place.' });
    await clinic.as('cam');
    const draft = (await clinic.call('notes:get', { noteId: note.id })).current;
    const resigned = await clinic.call('notes:sign', { versionId: draft.id });
    expect([resigned.late, resigned.daysToSign]).toEqual([true, 5]);
  });
});
