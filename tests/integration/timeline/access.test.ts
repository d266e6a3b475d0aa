import { describe, expect, it } from 'vitest';
import { clientIdsJson } from '../../../src/main/clients/repository';
import { readTimelineAuthors, readTimelinePage } from '../../../src/main/timeline/repository';
import { TIMELINE_KINDS } from '../../../src/shared/contracts/timeline';
import { timelineClinic } from './fixture';

type Clinic = Awaited<ReturnType<typeof timelineClinic>>;

const viewed = async (clinic: Clinic) => {
  await clinic.as('ada');
  const { entries } = await clinic.call('audit:list', { action: 'client.timeline_viewed', limit: 500 });
  return entries;
};

describe('who may read a client’s timeline', () => {
  it('the case manager of the client and a supervisor; each page read is audited, with counts only', async () => {
    const clinic = await timelineClinic();
    const first = await clinic.call('timeline:list', { clientId: clinic.clientId, limit: 3 });
    await clinic.call('timeline:list', {
      clientId: clinic.clientId,
      limit: 3,
      cursor: first.nextCursor as string,
    });
    await clinic.as('sage');
    expect((await clinic.call('timeline:list', { clientId: clinic.clientId })).items.length).toBeGreaterThan(
      10,
    );
    const entries = await viewed(clinic);
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry.subject).toBe(clinic.clientId);
      // No clinical words: counts and which page only.
      expect(Object.keys(entry.details).sort()).toEqual(['count', 'page']);
    }
    expect(entries.map((entry) => entry.details.page).sort()).toEqual(['first', 'first', 'later']);
  });

  it('refuses front desk, the administrator, reporting and a case manager off the caseload — nothing audited as viewed', async () => {
    const clinic = await timelineClinic();
    for (const person of ['fran', 'ada', 'remy', 'dee']) {
      await clinic.as(person);
      const refused = await clinic.refuse('timeline:list', { clientId: clinic.clientId });
      expect(refused.code, person).toBe('forbidden');
    }
    await clinic.as('dee');
    const refused = await clinic.refuse('timeline:list', { clientId: clinic.clientId });
    expect(refused.details).toMatchObject({ needsReason: true });
    expect(await viewed(clinic)).toEqual([]);
  });

  it('a case manager who broke the glass reads it, and that read is audited', async () => {
    const clinic = await timelineClinic();
    await clinic.as('dee');
    await clinic.call('clients:breakGlass', { clientId: clinic.clientId, reason: 'Covering for Cam today' });
    expect((await clinic.call('timeline:list', { clientId: clinic.clientId })).items.length).toBeGreaterThan(
      10,
    );
    expect(await viewed(clinic)).toHaveLength(1);
  });

  it('an unknown client is not found', async () => {
    const clinic = await timelineClinic();
    const refused = await clinic.refuse('timeline:list', {
      clientId: '01900000-0000-7000-8000-000000000000',
    });
    expect(refused.code).toBe('not_found');
  });
});

/**
 * No role today is allowed the clinical record but refused Part 2 (tests/integration/measures/
 * result-views.test.ts holds the table to that), so the withholding is tested where main applies
 * it: the repository's `withholdPart2`, on the clinic's real encrypted file.
 */
describe('Part 2 items for a viewer refused Part 2', () => {
  it('are left out of pages and authors, and the pages stay full and exact', async () => {
    const clinic = await timelineClinic();
    const base = {
      ids: clientIdsJson(clinic.db, clinic.clientId),
      kinds: [...TIMELINE_KINDS],
      part2Instruments: JSON.stringify(['audit-c']),
      clientPart2: false,
      authorId: null,
      fromAt: null,
      toAt: null,
      after: null,
      limit: 1000,
    };
    const shown = readTimelinePage(clinic.db, { ...base, withholdPart2: false });
    const withheld = readTimelinePage(clinic.db, { ...base, withholdPart2: true });
    const part2 = shown.filter((row) => row.part2 === 1);
    expect(part2.map((row) => row.kind).sort()).toEqual(['measure', 'note']);
    expect(withheld.map((row) => row.id)).toEqual(
      shown.filter((row) => row.part2 === 0).map((row) => row.id),
    );
    // A client flagged Part 2: every note and addendum is withheld.
    const flagged = readTimelinePage(clinic.db, { ...base, clientPart2: true, withholdPart2: true });
    expect(flagged.some((row) => row.kind === 'note' || row.kind === 'addendum')).toBe(false);
    expect(flagged.some((row) => row.kind === 'assessment')).toBe(true);
    // Sage only co-signed a note and approved a plan: with notes withheld she still appears (the plan).
    const authors = readTimelineAuthors(clinic.db, { ...base, clientPart2: true, withholdPart2: true });
    expect(authors.map((author) => author.name)).toEqual(['Cam Manager', 'Sage Supervisor']);
    const paged = readTimelinePage(clinic.db, {
      ...base,
      withholdPart2: true,
      limit: 2,
      after: withheld[1] ?? null,
    });
    expect(paged.map((row) => row.id)).toEqual(withheld.slice(2, 4).map((row) => row.id));
  });
});
