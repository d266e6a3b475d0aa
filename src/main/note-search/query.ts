/**
 * The person's words as an FTS5 query that can only mean "these words": every word must appear,
 * a "quoted phrase" must appear as written, and nothing typed is ever FTS5 syntax.
 *
 * Each word or phrase becomes one FTS5 string ("…") made only of letters and digits: FTS5's
 * unicode61 tokenizer would split the text at everything else anyway, so punctuation inside a
 * word ("don't", "follow-up") becomes the same adjacent tokens the note was indexed as, and the
 * operators (AND, OR, NOT, NEAR, `*`, `^`, `:`, parentheses, quotes) are plain words or are gone.
 * Strings joined by spaces are an implicit AND.
 */

/** Letters (with their accents) and digits: what unicode61 keeps as token characters. */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
/** Beyond this many terms a query is not a search any more (and each term costs a doclist read). */
export const MAX_TERMS = 16;

/** The terms of the person's query: quoted phrases as one term each, other words one by one. */
export function searchTerms(text: string): string[][] {
  const terms: string[][] = [];
  // An unclosed quote reads as a phrase to the end of the text.
  const pieces = text.normalize('NFC').split('"');
  pieces.forEach((piece, index) => {
    const tokens = piece.match(TOKEN) ?? [];
    if (index % 2 === 1) {
      if (tokens.length > 0) terms.push(tokens);
    } else {
      // Outside quotes, each space-separated word is its own term ("follow-up" stays together).
      for (const word of piece.split(/\s+/)) {
        const parts = word.match(TOKEN) ?? [];
        if (parts.length > 0) terms.push(parts);
      }
    }
  });
  return terms;
}

/** The FTS5 MATCH expression for these terms, or null when nothing searchable was typed. */
export function ftsQuery(text: string): string | null {
  const terms = searchTerms(text).slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  // Tokens hold no quote (TOKEN matches none), so each string is closed where we close it.
  return terms.map((tokens) => `"${tokens.join(' ')}"`).join(' ');
}
