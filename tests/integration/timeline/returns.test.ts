import { describe, expect, it } from 'vitest';
import { clientIdsJson } from '../../../src/main/clients/repository';
import { contactInstant } from '../../../src/main/progress-notes/dates';
import { readTimelineAuthors, readTimelinePage } from '../../../src/main/timeline/repository';
import { TIMELINE_KINDS } from '../../../src/shared/contracts/timeline';
import { movableClock } from '../measures/fixture';
import { dapContent, dayOffset, noteClinic, signedNote } from '../progress-notes/note-clinic';
import { openClinicFile } from './fixture';

const COMMENT = 'Say which landlord: the methadone clinic letter is missing.';

describe('the timeline of a note returned and signed again', () => {
  it('reads in order: signed v1, returned v1 (no comment), signed v2, co-signed v2', async () => {
    const noon = new Date();
    noon.setHours(12, 0, 0, 0);
    const clock = movableClock(noon.toISOString());
    const later = (minutes: number) =>
      clock.set(new Date(clock.now().getTime() + minutes * 60_000).toISOString());
    const clinic = await noteClinic({ now: clock.now });
    await clinic.as('ada');
    const settings = await clinic.call('notes:settings', {});
    await clinic.call('notes:saveSettings', { ...settings, cosignRoles: ['case_manager'] });
    await clinic.as('cam');
    const note = await signedNote(clinic, clinic.clientId, dapContent({ contactDate: dayOffset(-1) }));
    later(60);
    await clinic.as('sage');
    await clinic.call('notes:return', { versionId: note.current.id, comment: COMMENT });
    later(60);
    await clinic.as('cam');
    const draft = (await clinic.call('notes:get', { noteId: note.id })).current;
    const resigned = await clinic.call('notes:sign', { versionId: draft.id });
    later(60);
    await clinic.as('sage');
    await clinic.call('notes:cosign', { versionId: resigned.current.id });

    const timeline = await clinic.call('timeline:list', { clientId: clinic.clientId, kinds: ['note'] });
    const story = [...timeline.items]
      .reverse()
      .map((item) => [item.event, item.params.version, item.authorName, item.ref.id]);
    expect(story).toEqual([
      ['note_signed', 1, 'Cam Manager', note.id],
      ['note_returned', 1, 'Sage Supervisor', note.id],
      ['note_signed', 2, 'Cam Manager', note.id],
      ['note_cosigned', 2, 'Sage Supervisor', note.id],
    ]);
    const [first, returned, second] = [...timeline.items].reverse();
    // The note stands at its contact; the return and the second signing when they happened.
    expect(first?.at).toBe(contactInstant(dayOffset(-1), '10:00'));
    expect(returned?.at).toBe(new Date(noon.getTime() + 60 * 60_000).toISOString());
    expect(second?.at).toBe(new Date(noon.getTime() + 120 * 60_000).toISOString());
    expect(returned).toMatchObject({ excerpt: null, kind: 'note', ref: { screen: 'note', id: note.id } });
    // The supervisor's comment is clinical text: nowhere in what the timeline sends.
    expect(JSON.stringify(timeline)).not.toContain('landlord');
    expect(timeline.authors.map((a) => a.name)).toEqual(['Cam Manager', 'Sage Supervisor']);

    const bySage = await clinic.call('timeline:list', {
      clientId: clinic.clientId,
      authorId: clinic.ids.sage as string,
    });
    expect(bySage.items.map((item) => item.event)).toEqual(['note_cosigned', 'note_returned']);
    // Paging through the return item works (its id is a valid cursor).
    const onePage = await clinic.call('timeline:list', {
      clientId: clinic.clientId,
      kinds: ['note'],
      limit: 2,
    });
    const next = await clinic.call('timeline:list', {
      clientId: clinic.clientId,
      kinds: ['note'],
      limit: 2,
      cursor: onePage.nextCursor as string,
    });
    expect([...onePage.items, ...next.items].map((item) => item.id)).toEqual(timeline.items.map((i) => i.id));

    // Withheld with the rest of a Part 2 client's notes, from the page and from the authors.
    const db = await openClinicFile(clinic.dataDir);
    const query = {
      ids: clientIdsJson(db, clinic.clientId),
      kinds: [...TIMELINE_KINDS],
      part2Instruments: '[]',
      clientPart2: true,
      authorId: null,
      fromAt: null,
      toAt: null,
      after: null,
      limit: 1000,
    };
    const events = (withholdPart2: boolean) =>
      readTimelinePage(db, { ...query, withholdPart2 }).map((row) => row.event);
    expect(events(false)).toContain('note_returned');
    expect(events(true).filter((event) => event.startsWith('note_'))).toEqual([]);
    const authors = (withholdPart2: boolean) =>
      readTimelineAuthors(db, { ...query, withholdPart2 }).map((a) => a.name);
    expect(authors(true)).toEqual(['Cam Manager']);
    db.close();
  });
});
