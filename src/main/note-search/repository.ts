import type { Db } from '../db/open';
import { MATCH_END, MATCH_START } from '../db/migrations/0019-note-search';
import type { NoteSearchQuery } from './filters';
import { PART2_SQL } from './filters';
import { pageEntries } from './page-repository';

export type { NoteSearchQuery } from './filters';

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

/** Words around a match in a snippet: enough to recognise the note, short enough for a list. */
const SNIPPET_TOKENS = 24;

/**
 * A page of hits, newest contact first, one more than `limit` (the caller says whether there
 * are more). Index keys are in contact-date order (0019's `entryKeySql`), so "newest first" is
 * "highest key first". The page's keys are chosen first (page-repository.ts) from the index's cheap
 * columns; `snippet()` and the labels are worked out only for its rows.
 */
export function searchNoteIndex(db: Db, query: NoteSearchQuery): NoteSearchRow[] {
  const entries = pageEntries(db, query);
  if (entries.length === 0) return [];
  return db
    .prepare(
      `SELECT e.record_id, c.id AS client_id, c.legal_first_name, c.legal_last_name, e.contact_date,
              e.author_name, e.source,
              snippet(note_search_text, 0, @start, @end, '…', ${SNIPPET_TOKENS}) AS marked,
              ${PART2_SQL} AS part2,
              EXISTS (SELECT 1 FROM record_status_events s
                      WHERE s.record_id = e.record_id AND s.status = 'entered_in_error') AS in_error
       FROM json_each(@entries) page
       CROSS JOIN note_search_entries e ON e.entry = page.value
       CROSS JOIN note_search_text ON note_search_text.rowid = e.entry
       JOIN clients d ON d.id = e.client_id
       JOIN clients c ON c.id = coalesce(d.merged_into_id, d.id)
       WHERE note_search_text MATCH @match
       ORDER BY e.entry DESC`,
    )
    .all({
      entries: JSON.stringify(entries),
      match: query.match,
      start: MATCH_START,
      end: MATCH_END,
    }) as NoteSearchRow[];
}
