import { describe, expect, it } from 'vitest';
import { raiseLastContact } from '../../../src/main/progress-notes/last-contact-repository';
import { movableClock } from '../measures/fixture';
import { openClinicFile } from '../timeline/fixture';
import { dapContent, dayOffset, draftNote, noteClinic } from './note-clinic';

/** Today at noon on the workstation's clock: a time later today is 12:05, an earlier one 11:55. */
function noonToday() {
  const noon = new Date();
  noon.setHours(12, 0, 30, 0);
  return movableClock(noon.toISOString());
}

describe('progress notes: a contact cannot start later than now', () => {
  it('today, a start after the local time now is refused at startTime; now or earlier signs', async () => {
    const clock = noonToday();
    const clinic = await noteClinic({ now: clock.now });
    const today = dayOffset(0);
    const later = await draftNote(
      clinic,
      clinic.clientId,
      dapContent({ contactDate: today, startTime: '12:05' }),
    );
    const refused = await clinic.refuse('notes:sign', { versionId: later.current.id });
    expect(refused).toMatchObject({
      code: 'invalid_input',
      fields: { startTime: 'validation.time_in_future' },
    });
    expect((await clinic.call('notes:get', { noteId: later.id })).state).toBe('draft');
    // The same time yesterday is in the past; today at the minute now, too.
    const yesterday = await draftNote(
      clinic,
      clinic.clientId,
      dapContent({ contactDate: dayOffset(-1), startTime: '23:55' }),
    );
    expect((await clinic.call('notes:sign', { versionId: yesterday.current.id })).state).toBe('signed');
    const atNow = await draftNote(
      clinic,
      clinic.clientId,
      dapContent({ contactDate: today, startTime: '12:00' }),
    );
    expect((await clinic.call('notes:sign', { versionId: atNow.current.id })).state).toBe('signed');
    // Once the clock passes it, the refused note signs.
    clock.set(new Date(clock.now().getTime() + 10 * 60_000).toISOString());
    expect((await clinic.call('notes:sign', { versionId: later.current.id })).state).toBe('signed');
  });

  it('the last contact is never set later than now', async () => {
    const clock = noonToday();
    const clinic = await noteClinic({ now: clock.now });
    const db = await openClinicFile(clinic.dataDir);
    const now = clock.now().toISOString();
    const inAnHour = new Date(clock.now().getTime() + 3_600_000).toISOString();
    raiseLastContact(db, clinic.clientId, inAnHour, now);
    const lastContact = () =>
      db.prepare('SELECT last_contact_at FROM clients WHERE id = ?').pluck().get(clinic.clientId);
    expect(lastContact()).toBe(now);
    // An earlier contact does not lower it.
    raiseLastContact(db, clinic.clientId, new Date(clock.now().getTime() - 3_600_000).toISOString(), now);
    expect(lastContact()).toBe(now);
    db.close();
  });
});
