import type { Db } from '../db/open';
import type { NoteSearchQuery } from './filters';
import { keyRange, rowFilter } from './filters';

/**
 * Which index rows make a page of search hits: their keys, highest (newest contact) first,
 * `offset + limit + 1` of them less the offset. Two ways to find them, picked per query:
 *
 * - Walk: FTS5 walks the word's matches in key order, newest first (served from its doclists,
 *   no sort), each match tested against the filters, stopping once the page is full. A common
 *   word across a clinic fills a page from its newest few hundred matches. Used for broad scopes.
 * - Narrow (one client's file, or a caseload of at most NARROW_ROWS rows): first a short walk
 *   (at most WALK_FIRST matches), which settles a rare word outright; if that was not enough,
 *   the scope's own rows older than the walk reached, from the client index, are tested for the
 *   words in key order, a batch at a time, stopping once the page is full. Testing one row for
 *   the words costs FTS5 far more than stepping to the next match, hence the walk first; but a
 *   common word in a small caseload would otherwise walk hundreds of other clients' matches per hit.
 */

/**
 * A scope with more rows than this is searched by walking the matches: testing each of its rows
 * for a word it lacks (~0.1 ms a row on an encrypted file) would cost more than the walk.
 */
export const NARROW_ROWS = 5_000;
/** How many matches a narrow search walks before it turns to the scope's own rows. */
export const WALK_FIRST = 2_000;
/** A scope of this many rows or fewer is tested row by row straight away (no walk first). */
const PROBE_ONLY = 32;
/** The smallest batch of scope rows tested for the words at once. */
const MIN_BATCH = 16;

/** How a narrow search splits its work (the constants above; tests set them to reach each step). */
export interface PageTuning {
  walkFirst: number;
  probeOnly: number;
}

export function pageEntries(
  db: Db,
  query: NoteSearchQuery,
  tuning: PageTuning = { walkFirst: WALK_FIRST, probeOnly: PROBE_ONLY },
): number[] {
  const wanted = query.offset + query.limit + 1;
  const filter = rowFilter(query);
  const scope = filter.clients === null ? null : scopeRows(db, query, filter.clients, filter.params);
  if (scope === null) return walk(db, query, wanted).slice(query.offset);
  let older = scope;
  const keys: number[] = [];
  if (scope.length > tuning.probeOnly) {
    const first = walkScope(db, query, scope, tuning.walkFirst);
    keys.push(...passing(db, query, first.keys, false));
    if (keys.length >= wanted || first.walked < tuning.walkFirst) return keys.slice(query.offset, wanted);
    older = scope.filter((key) => key < first.lowest);
  }
  // A first batch of just what is missing: a common word fills the page from it (each row tested is
  // a scattered read of the word's doclist, so none is tested for nothing); then fourfold batches.
  for (
    let at = 0, size = Math.max(MIN_BATCH, wanted - keys.length);
    at < older.length && keys.length < wanted;
    at += size, size *= 4
  )
    keys.push(...passing(db, query, older.slice(at, at + size), true));
  return keys.slice(query.offset, wanted);
}

/** The scope's row keys, newest first, or null when it has more than NARROW_ROWS. */
function scopeRows(db: Db, query: NoteSearchQuery, clients: string, params: Record<string, unknown>) {
  const range = keyRange(query, 'entry');
  const keys = db
    .prepare(
      `SELECT entry FROM note_search_entries WHERE client_id IN (${clients})
       ${range.map((term) => `AND ${term}`).join(' ')} ORDER BY entry DESC LIMIT ${NARROW_ROWS + 1}`,
    )
    .pluck()
    .all({ ...params, ...rangeParams(query) }) as number[];
  return keys.length > NARROW_ROWS ? null : keys;
}

/** The date range's parameters, for SQL that uses `keyRange`. */
const rangeParams = (query: NoteSearchQuery) => ({
  ...(query.from !== null ? { from: query.from } : {}),
  ...(query.to !== null ? { to: query.to } : {}),
});

/** The word's matches in the date range, newest first: FTS5's own order, never sorted. */
const matchesSql = (query: NoteSearchQuery) =>
  `SELECT rowid FROM note_search_text WHERE note_search_text MATCH @match
   ${keyRange(query, 'rowid')
     .map((term) => `AND ${term}`)
     .join(' ')} ORDER BY rowid DESC`;

/** The newest `wanted` matches passing the filters, across the whole index. */
function walk(db: Db, query: NoteSearchQuery, wanted: number): number[] {
  const filter = rowFilter(query);
  // CROSS JOIN keeps FTS5 the outer loop, so its key order is the page's and LIMIT stops the walk.
  return db
    .prepare(
      `SELECT m.rowid FROM (${matchesSql(query)}) m
       CROSS JOIN note_search_entries e ON e.entry = m.rowid
       CROSS JOIN clients d ON d.id = e.client_id
       CROSS JOIN clients c ON c.id = coalesce(d.merged_into_id, d.id)
       WHERE ${filter.where}
       ORDER BY m.rowid DESC LIMIT @wanted`,
    )
    .pluck()
    .all({ ...filter.params, ...rangeParams(query), match: query.match, wanted }) as number[];
}

/**
 * The newest `cap` matches that are among the scope's rows (keys only: nothing else is read
 * per match), how many matches that looked at, and the lowest key it reached.
 */
function walkScope(db: Db, query: NoteSearchQuery, scope: number[], cap: number) {
  const params = { ...rangeParams(query), match: query.match, cap };
  const walked = `${matchesSql(query)} LIMIT @cap`;
  // `+rowid`: tested against the set, not handed to FTS5 as one lookup per scope row.
  const keys = db
    .prepare(
      `SELECT rowid FROM (${walked}) WHERE +rowid IN (SELECT value FROM json_each(@scope)) ORDER BY rowid DESC`,
    )
    .pluck()
    .all({ ...params, scope: JSON.stringify(scope) }) as number[];
  const reach = db
    .prepare(`SELECT count(*) AS walked, min(rowid) AS lowest FROM (${walked})`)
    .get(params) as {
    walked: number;
    lowest: number | null;
  };
  return { keys, walked: reach.walked, lowest: reach.lowest ?? 0 };
}

/**
 * Which of these rows (newest first) pass the filters — and, when `words` is set, hold the
 * words — in the same order.
 */
function passing(db: Db, query: NoteSearchQuery, keys: number[], words: boolean): number[] {
  if (keys.length === 0) return [];
  const filter = rowFilter(query);
  return db
    .prepare(
      `SELECT e.entry FROM json_each(@keys) k
       CROSS JOIN note_search_entries e ON e.entry = k.value
       ${words ? 'CROSS JOIN note_search_text ON note_search_text.rowid = e.entry' : ''}
       CROSS JOIN clients d ON d.id = e.client_id
       CROSS JOIN clients c ON c.id = coalesce(d.merged_into_id, d.id)
       WHERE ${words ? 'note_search_text MATCH @match AND ' : ''}${filter.where}
       ORDER BY e.entry DESC`,
    )
    .pluck()
    .all({
      ...filter.params,
      ...(words ? { match: query.match } : {}),
      keys: JSON.stringify(keys),
    }) as number[];
}
