import { describe, expect, it } from 'vitest';
import type { ListScope } from '../../../src/main/access/policy';
import { requestContext } from '../../../src/main/api/context';
import { pageEntries } from '../../../src/main/note-search/page-repository';
import type { NoteSearchQuery } from '../../../src/main/note-search/filters';
import { note, searchClinic } from './fixture';

/** Contact dates, in the order the notes are signed: late entries among timely ones. */
const DATES = [
  '2025-02-10',
  '2025-02-12',
  '2025-01-05', // a late entry: signed after newer contacts
  '2025-02-14',
  null,
  '2024-12-31', // another late entry, older still
  '2025-02-12', // the same day as an earlier one: the one signed later comes first
  '2025-02-20',
];

const newestFirst = (hits: { contactDate: string | null }[]) =>
  hits.map((hit) => hit.contactDate ?? '').every((date, i, all) => i === 0 || all[i - 1]! >= date);

describe('note search: newest contact first', () => {
  it('orders hits by contact date whatever order the notes were signed in, in every scope and page', () => {
    const clinic = searchClinic();
    const signed = DATES.map((contactDate, i) =>
      clinic.signNote(
        i % 2 === 0 ? 'cam' : 'dee',
        i % 3 === 0 ? 'teamwell' : 'ownby',
        note({ contactDate, sections: [{ id: 'data', text: `Talked about the garden, visit ${i}.` }] }),
      ),
    );
    // An addendum signed last sits at its note's contact date, not at the top.
    clinic.addendum('cam', signed[2]!.versionId, 'Garden plot confirmed.');

    const expected = [
      '2025-02-20',
      '2025-02-14',
      '2025-02-12',
      '2025-02-12',
      '2025-02-10',
      '2025-01-05',
      '2025-01-05',
      '2024-12-31',
      null,
    ];
    for (const who of ['sage', 'cam'] as const) {
      const { hits, more } = clinic.search(who, { query: 'garden' });
      expect(more).toBe(false);
      expect(hits.map((hit) => hit.contactDate)).toEqual(expected);
      // Same day: the note signed later first.
      expect(hits.slice(2, 4).map((hit) => hit.noteId)).toEqual([signed[6]!.noteId, signed[1]!.noteId]);
      expect(
        hits
          .slice(5, 7)
          .map((hit) => hit.in)
          .sort(),
      ).toEqual(['addendum', 'note']);
    }
    const ownby = clinic.search('cam', { query: 'garden', client: 'ownby' }).hits;
    expect(ownby.length).toBeGreaterThan(1);
    expect(newestFirst(ownby)).toBe(true);

    // Pages of two, end to end, are the same list.
    const paged: (string | null)[] = [];
    for (let offset = 0; ; offset += 2) {
      const page = clinic.search('sage', { query: 'garden', limit: 2, offset });
      paged.push(...page.hits.map((hit) => hit.contactDate));
      if (!page.more) break;
    }
    expect(paged).toEqual(expected);

    // A date range is a key range: its ends are included, undated notes left out.
    const january = clinic.search('sage', { query: 'garden', from: '2025-01-05', to: '2025-02-12' }).hits;
    expect(january.map((hit) => hit.contactDate)).toEqual([
      '2025-02-12',
      '2025-02-12',
      '2025-02-10',
      '2025-01-05',
      '2025-01-05',
    ]);
  });

  it('finds the same page by walking the matches and by testing the scope row by row', () => {
    const clinic = searchClinic();
    for (let i = 0; i < 40; i++)
      clinic.signNote(
        'cam',
        i % 4 === 0 ? 'grantham' : i % 4 === 1 ? 'otherton' : 'ownby',
        note({
          contactDate: `2025-0${1 + (i % 2)}-${String(10 + ((i * 7) % 19)).padStart(2, '0')}`,
          sections: [{ id: 'data', text: i % 5 === 0 ? 'Rent and bus pass.' : 'Rent only.' }],
        }),
      );
    const ctx = requestContext(
      clinic.db,
      { id: clinic.ids.cam, role: 'case_manager', fullName: 'Cam Manager', teamId: 'north' },
      { now: new Date('2025-03-01T09:30:00.000Z'), emit: () => {} },
    );
    const caseload: ListScope = ctx.policy.listScope('clinical', 'search');
    expect(caseload.kind).toBe('related');
    for (const match of ['"rent"', '"bus"'])
      for (const offset of [0, 3]) {
        const query: NoteSearchQuery = {
          match,
          clientIdsJson: null,
          from: null,
          to: null,
          authorId: null,
          clinical: caseload,
          part2: caseload,
          limit: 4,
          offset,
        };
        const walked = pageEntries(clinic.db, query, { walkFirst: 1_000_000, probeOnly: 0 });
        const tested = pageEntries(clinic.db, query, { walkFirst: 1_000_000, probeOnly: 1_000_000 });
        const both = pageEntries(clinic.db, query, { walkFirst: 2, probeOnly: 0 });
        const all = pageEntries(
          clinic.db,
          { ...query, limit: 100, offset: 0 },
          { walkFirst: 1_000_000, probeOnly: 0 },
        );
        expect(all.length).toBe(match === '"rent"' ? 30 : 6);
        expect(walked).toEqual(all.slice(offset, offset + 5));
        expect(tested).toEqual(walked);
        expect(both).toEqual(walked);
        expect([...walked].sort((a, b) => b - a)).toEqual(walked);
      }
  });
});

describe('note search: a merged duplicate', () => {
  it("finds the duplicate's notes under the kept client, across the caseload and in its file", () => {
    const clinic = searchClinic();
    clinic.signNote(
      'cam',
      'otherton',
      note({ sections: [{ id: 'data', text: 'Duplicate file: pantry visit.' }] }),
    );
    clinic.signNote('cam', 'ownby', note({ sections: [{ id: 'data', text: 'Kept file: pantry visit.' }] }));
    expect(clinic.search('cam', { query: 'pantry' }).hits.map((hit) => hit.clientName)).toEqual([
      'Pat Ownby',
    ]);
    // Otherton (outside Cam's caseload) turns out to be a duplicate of Ownby (inside it).
    clinic.db
      .prepare('UPDATE clients SET merged_into_id = ? WHERE id = ?')
      .run(clinic.ids.ownby, clinic.ids.otherton);
    for (const input of [{ query: 'pantry' }, { query: 'pantry', client: 'ownby' as const }]) {
      const { hits } = clinic.search('cam', input);
      expect(hits.map((hit) => hit.clientName)).toEqual(['Pat Ownby', 'Pat Ownby']);
    }
  });
});
