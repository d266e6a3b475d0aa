import type { ListScope } from '../access/policy';
import { entryKeySql } from '../db/migrations/0019-note-search';

/** What a note search asks of the index's rows, as SQL pieces both repositories of this feature use. */

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

/** Part 2: the client is flagged (their own record or the duplicate's), or the note is marked so. */
export const PART2_SQL = `(c.flag_part2_protected = 1 OR d.flag_part2_protected = 1
  OR EXISTS (SELECT 1 FROM note_search_entries p WHERE p.record_id = e.record_id AND p.part2 = 1))`;

/** Rows a scope does not reach are left out; the named parameters go into `params`. */
function scoped(scope: ListScope, params: Record<string, unknown>): string {
  if (scope.kind === 'all') return '1';
  if (scope.kind === 'none') return '0';
  Object.assign(params, scope.params);
  return scope.sql;
}

/**
 * What a search asks of one index row, as SQL over `e` (the entry), `d` (its client record) and
 * `c` (the kept client): dates, author, the clinical scope and Part 2 withholding. Every way a
 * page is chosen (page-repository.ts) tests its candidate rows with these same conditions.
 */
export interface RowFilter {
  where: string;
  params: Record<string, unknown>;
  /** SQL naming the clients whose rows a narrow search starts from, or null for the whole index. */
  clients: string | null;
}

export function rowFilter(query: NoteSearchQuery): RowFilter {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  let clients: string | null = null;
  if (query.clientIdsJson !== null) {
    params.clients = query.clientIdsJson;
    clients = 'SELECT value FROM json_each(@clients)';
    where.push(`e.client_id IN (${clients})`);
  } else if (query.clinical.kind === 'related') {
    // The policy's scope is SQL over `clients c`; its OR of `c.id IN (…)` is read by primary key.
    const kept = `SELECT c.id FROM clients c WHERE ${scoped(query.clinical, params)}`;
    clients = `${kept} UNION SELECT id FROM clients WHERE merged_into_id IN (${kept})`;
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
  return { where: where.join(' AND '), params, clients };
}

/** The key range a date range covers (0019's keys start with the contact day), as SQL on `column`. */
export function keyRange(query: NoteSearchQuery, column: string): string[] {
  const range: string[] = [];
  if (query.from !== null) range.push(`${column} >= ${entryKeySql('@from', '0')}`);
  if (query.to !== null) range.push(`${column} < ${entryKeySql('@to', '0')} + (1 << 32)`);
  return range;
}
