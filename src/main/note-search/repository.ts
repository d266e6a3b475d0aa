import type { ListScope } from '../access/policy';
import type { Db } from '../db/open';
import { MATCH_END, MATCH_START } from '../db/migrations/0019-note-search';

/** All SQL of note search: the FTS5 index of migration 0019, read under the access policy. */

export interface NoteSearchRow {
  record_id: string;
  client_id: string;
  legal_first_name: string;
  legal_last_name: string;
  contact_date: string | null;
  author_name: string;
  source: 'note' | 'addendum';
  marked: string;
  part2: 0 | 1;
  in_error: 0 | 1;
}

export interface NoteSearchQuery {
  /** An FTS5 expression from query.ts (only quoted strings of letters and digits). */
  match: string;
  /** The client ids of one client's file (the kept client and its merged duplicates), or all. */
  clientIdsJson: string | null;
  from: string | null;
  to: string | null;
  authorId: string | null;
  /** The clients whose notes may show at all, and those whose Part 2 notes may. */
  clinical: ListScope;
  part2: ListScope;
  limit: number;
  offset: number;
}

/** Words around a match in a snippet: enough to recognise the note, short enough for a list. */
const SNIPPET_TOKENS = 24;

/** Part 2: the client is flagged (their own record or the duplicate's), or the note is marked so. */
const PART2_SQL = `(c.flag_part2_protected = 1 OR d.flag_part2_protected = 1
  OR EXISTS (SELECT 1 FROM note_search_entries p WHERE p.record_id = e.record_id AND p.part2 = 1))`;

/** Rows a scope does not reach are left out; the named parameters go into `params`. */
function scoped(scope: ListScope, params: Record<string, unknown>): string {
  if (scope.kind === 'all') return '1';
  if (scope.kind === 'none') return '0';
  Object.assign(params, scope.params);
  return scope.sql;
}

/**
 * A page of hits, newest contact first, one more than `limit` (the caller says whether there
 * are more). One client's search walks that client's rows by index and probes the FTS5 index
 * for each (CROSS JOIN keeps that order): a client has hundreds of rows while a common word
 * matches across the whole clinic. A search across clients starts from the FTS5 matches.
 */
export function searchNoteIndex(db: Db, query: NoteSearchQuery): NoteSearchRow[] {
  const params: Record<string, unknown> = {
    match: query.match,
    start: MATCH_START,
    end: MATCH_END,
    limit: query.limit + 1,
    offset: query.offset,
  };
  const where = ['note_search_text MATCH @match'];
  if (query.clientIdsJson !== null) {
    where.push('e.client_id IN (SELECT value FROM json_each(@clients))');
    params.clients = query.clientIdsJson;
  }
  if (query.from !== null) {
    where.push('e.contact_date >= @from');
    params.from = query.from;
  }
  if (query.to !== null) {
    where.push('e.contact_date <= @to');
    params.to = query.to;
  }
  if (query.authorId !== null) {
    where.push('e.author_id = @author');
    params.author = query.authorId;
  }
  where.push(scoped(query.clinical, params));
  if (query.part2.kind !== 'all') where.push(`(NOT ${PART2_SQL} OR ${scoped(query.part2, params)})`);
  const from =
    query.clientIdsJson !== null
      ? 'note_search_entries e CROSS JOIN note_search_text ON note_search_text.rowid = e.entry'
      : 'note_search_text JOIN note_search_entries e ON e.entry = note_search_text.rowid';
  return db
    .prepare(
      `SELECT e.record_id, c.id AS client_id, c.legal_first_name, c.legal_last_name, e.contact_date,
              e.author_name, e.source,
              snippet(note_search_text, 0, @start, @end, '…', ${SNIPPET_TOKENS}) AS marked,
              ${PART2_SQL} AS part2,
              EXISTS (SELECT 1 FROM record_status_events s
                      WHERE s.record_id = e.record_id AND s.status = 'entered_in_error') AS in_error
       FROM ${from}
       JOIN clients d ON d.id = e.client_id
       JOIN clients c ON c.id = coalesce(d.merged_into_id, d.id)
       WHERE ${where.join(' AND ')}
       ORDER BY e.contact_date DESC NULLS LAST, e.entry DESC
       LIMIT @limit OFFSET @offset`,
    )
    .all(params) as NoteSearchRow[];
}
