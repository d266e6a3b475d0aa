import { describe, expect, it } from 'vitest';
import { MAX_TERMS, ftsQuery, searchTerms } from '../../../src/main/note-search/query';
import { snippetParts } from '../../../src/main/note-search/snippets';

describe('note search query', () => {
  it('turns each word into a quoted FTS5 string, and a quoted phrase into one', () => {
    expect(ftsQuery('eviction landlord')).toBe('"eviction" "landlord"');
    expect(ftsQuery('"eviction notice" landlord')).toBe('"eviction notice" "landlord"');
    expect(ftsQuery("didn't follow-up")).toBe('"didn t" "follow up"');
    expect(ftsQuery('sesión  niño')).toBe('"sesión" "niño"');
  });

  it('leaves no FTS5 syntax: operators are words, punctuation is gone, quotes always balanced', () => {
    for (const text of [
      'a OR b',
      'NOT x',
      'x*',
      'col:x',
      '^x',
      '(x',
      'NEAR(a b)',
      '"unclosed phrase',
      'a"b"c"',
    ]) {
      const query = ftsQuery(text) as string;
      expect(query, text).toMatch(/^("[\p{L}\p{M}\p{N} ]+")( "[\p{L}\p{M}\p{N} ]+")*$/u);
    }
    expect(ftsQuery('a OR b')).toBe('"a" "OR" "b"');
    expect(ftsQuery('"unclosed phrase')).toBe('"unclosed phrase"');
  });

  it('has nothing to search for in punctuation alone, and stops at MAX_TERMS terms', () => {
    expect(ftsQuery('!! ** ""')).toBeNull();
    expect(ftsQuery('   ')).toBeNull();
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(searchTerms(many)).toHaveLength(40);
    expect((ftsQuery(many) as string).split(' ')).toHaveLength(MAX_TERMS);
  });
});

describe('snippet parts', () => {
  it('splits on the private markers into plain and matched parts', () => {
    expect(snippetParts('…the \uE000landlord\uE001 called \uE000back\uE001')).toEqual([
      { text: '…the ', match: false },
      { text: 'landlord', match: true },
      { text: ' called ', match: false },
      { text: 'back', match: true },
    ]);
    expect(snippetParts('no match here')).toEqual([{ text: 'no match here', match: false }]);
    expect(snippetParts('')).toEqual([]);
  });
});
