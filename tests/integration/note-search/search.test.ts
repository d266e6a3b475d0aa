import { describe, expect, it } from 'vitest';
import { saveDraft } from '../../../src/main/records';
import { note, progressNoteKind, searchClinic } from './fixture';

const matched = (hit: { snippet: { text: string; match: boolean }[] }) =>
  hit.snippet.filter((part) => part.match).map((part) => part.text);

describe('note search: what is found', () => {
  it('finds a signed note by its words in any field, with the matched words marked', () => {
    const clinic = searchClinic();
    const { noteId } = clinic.signNote(
      'cam',
      'ownby',
      note({
        sections: [
          { id: 'data', text: 'Met at the shelter. Pat talked about the eviction notice and the landlord.' },
        ],
        interventions: 'Called the housing authority together.',
        nextSteps: 'Bring the lease to the tenants union.',
        location: 'Harbor shelter',
      }),
    );
    const { hits, more } = clinic.search('cam', { query: 'eviction landlord' });
    expect(more).toBe(false);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      noteId,
      clientId: clinic.ids.ownby,
      clientName: 'Pat Ownby',
      contactDate: '2025-02-20',
      authorName: 'Cam Manager',
      in: 'note',
      part2: false,
      enteredInError: false,
    });
    expect(matched(hits[0]!)).toEqual(['eviction', 'landlord']);
    expect(hits[0]!.snippet.map((part) => part.text).join('')).toContain('talked about the eviction notice');
    // Other fields, stemming (unions → union) and accents folded both ways.
    expect(clinic.search('cam', { query: 'housing authority' }).hits).toHaveLength(1);
    expect(clinic.search('cam', { query: 'union' }).hits).toHaveLength(1);
    expect(clinic.search('cam', { query: 'HARBOR' }).hits).toHaveLength(1);
    expect(clinic.search('cam', { query: 'eviction zebra' }).hits).toHaveLength(0);
  });

  it('matches Spanish with or without accents, and a quoted phrase only as written', () => {
    const clinic = searchClinic();
    clinic.signNote(
      'cam',
      'ownby',
      note({ sections: [{ id: 'data', text: 'Sesión en español: habló de la medicación.' }] }),
    );
    expect(clinic.search('cam', { query: 'sesion medicacion' }).hits).toHaveLength(1);
    expect(matched(clinic.search('cam', { query: 'habló' }).hits[0]!)).toEqual(['habló']);
    expect(clinic.search('cam', { query: '"de la medicación"' }).hits).toHaveLength(1);
    expect(clinic.search('cam', { query: '"la de medicación"' }).hits).toHaveLength(0);
  });

  it('never finds drafts, and forgets an older version once a newer one is signed', () => {
    const clinic = searchClinic();
    clinic.draftNote('cam', 'ownby', note({ sections: [{ id: 'data', text: 'Draft about the pharmacy.' }] }));
    expect(clinic.search('cam', { query: 'pharmacy' }).hits).toEqual([]);

    const { noteId, versionId } = clinic.signNote(
      'cam',
      'ownby',
      note({ sections: [{ id: 'data', text: 'Spoke with the dentist.' }] }),
    );
    expect(clinic.search('cam', { query: 'dentist' }).hits).toHaveLength(1);
    // A correction being written changes nothing until it is signed.
    const corrected = note({ sections: [{ id: 'data', text: 'Spoke with the optician.' }] });
    const newVersion = clinic.correct('cam', versionId, corrected);
    expect(clinic.search('cam', { query: 'dentist' }).hits).toEqual([]);
    expect(clinic.search('cam', { query: 'optician' }).hits.map((h) => h.noteId)).toEqual([noteId]);
    // A draft's autosave after signing is refused by the primitive; the index still holds the signed words.
    expect(() => saveDraft(clinic.as('cam'), progressNoteKind, newVersion, note())).toThrow();
    expect(clinic.search('cam', { query: 'optician' }).hits).toHaveLength(1);
  });

  it('finds signed addenda (by their author), not draft ones, and marks notes entered in error', async () => {
    const clinic = searchClinic();
    const { noteId, versionId } = clinic.signNote(
      'cam',
      'ownby',
      note({ sections: [{ id: 'data', text: 'Home visit.' }] }),
    );
    clinic.addendum('sage', versionId, 'Late information: the daughter phoned about the referral.');
    const { addAddendum, markEnteredInError } = await import('../../../src/main/records');
    addAddendum(clinic.as('cam'), progressNoteKind, versionId, {
      text: 'Unsigned thought about the bicycle.',
    });
    expect(clinic.search('cam', { query: 'bicycle' }).hits).toEqual([]);
    const [hit] = clinic.search('cam', { query: 'daughter referral' }).hits;
    expect(hit).toMatchObject({
      noteId,
      in: 'addendum',
      authorName: 'Sage Supervisor',
      contactDate: '2025-02-20',
    });
    markEnteredInError(clinic.as('cam'), progressNoteKind, noteId, 'Wrong client');
    expect(clinic.search('cam', { query: 'home visit' }).hits[0]).toMatchObject({
      noteId,
      enteredInError: true,
    });
  });

  it('filters by client, contact dates and author, newest contact first, in pages', () => {
    const clinic = searchClinic();
    const dates = ['2025-01-05', '2025-02-10', '2025-01-20', '2024-12-01'];
    const ids = dates.map(
      (contactDate) =>
        clinic.signNote(
          'cam',
          'ownby',
          note({ contactDate, sections: [{ id: 'data', text: 'Budget review.' }] }),
        ).noteId,
    );
    clinic.signNote(
      'dee',
      'teamwell',
      note({ contactDate: '2025-02-01', sections: [{ id: 'data', text: 'Budget.' }] }),
    );
    const all = clinic.search('sage', { query: 'budget' }).hits;
    expect(all.map((h) => h.contactDate)).toEqual([
      '2025-02-10',
      '2025-02-01',
      '2025-01-20',
      '2025-01-05',
      '2024-12-01',
    ]);
    expect(clinic.search('sage', { query: 'budget', client: 'ownby' }).hits.map((h) => h.noteId)).toEqual([
      ids[1],
      ids[2],
      ids[0],
      ids[3],
    ]);
    const ranged = clinic.search('sage', { query: 'budget', from: '2025-01-05', to: '2025-01-20' }).hits;
    expect(ranged.map((h) => h.contactDate)).toEqual(['2025-01-20', '2025-01-05']);
    expect(clinic.search('sage', { query: 'budget', author: 'dee' }).hits.map((h) => h.clientId)).toEqual([
      clinic.ids.teamwell,
    ]);
    const first = clinic.search('sage', { query: 'budget', limit: 2 });
    const second = clinic.search('sage', { query: 'budget', limit: 2, offset: 2 });
    const last = clinic.search('sage', { query: 'budget', limit: 2, offset: 4 });
    expect([first.more, second.more, last.more]).toEqual([true, true, false]);
    expect([...first.hits, ...second.hits, ...last.hits].map((h) => h.contactDate)).toEqual(
      all.map((h) => h.contactDate),
    );
  });

  it('treats FTS5 syntax and punctuation in the query as plain words, never as syntax', () => {
    const clinic = searchClinic();
    clinic.signNote(
      'cam',
      'ownby',
      note({ sections: [{ id: 'data', text: "Client didn't attend the follow-up; NEAR the clinic." }] }),
    );
    const tries = [
      'follow-up',
      "didn't",
      'attend*',
      'attend OR zebra',
      'NOT attend',
      'body:attend',
      '(attend',
      'attend)',
      '"attend',
      'attend"  "',
      '^attend',
      'NEAR(attend clinic)',
      "'; DROP TABLE note_search_text; --",
      'attend\u0000',
      'attend \uE000x\uE001',
    ];
    for (const query of tries) expect(() => clinic.search('cam', { query }), query).not.toThrow();
    expect(clinic.search('cam', { query: 'follow-up' }).hits).toHaveLength(1);
    expect(clinic.search('cam', { query: "didn't" }).hits).toHaveLength(1);
    expect(clinic.search('cam', { query: 'NEAR clinic' }).hits).toHaveLength(1);
    // Punctuation joins its pieces into one phrase: "NEAR(attend" is "near attend", not in the text.
    expect(clinic.search('cam', { query: 'NEAR(attend clinic)' }).hits).toEqual([]);
    // "OR" is a word that must appear too: no hit, rather than everything with "zebra" or "attend".
    expect(clinic.search('cam', { query: 'attend OR zebra' }).hits).toEqual([]);
    expect(clinic.db.prepare('SELECT count(*) FROM note_search_text').pluck().get()).toBe(1);
    // Nothing searchable at all: a clear, typed error naming the field.
    for (const query of ['!!', '*:^()', '"" ""']) {
      const error = (() => {
        try {
          clinic.search('cam', { query });
        } catch (thrown) {
          return thrown as { code: string; fields: Record<string, string> };
        }
        return null;
      })();
      expect(error, query).toMatchObject({
        code: 'invalid_input',
        fields: { query: 'validation.search_no_words' },
      });
    }
  });
});
