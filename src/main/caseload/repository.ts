import type { z } from 'zod';
import type { caseloadQuerySchema } from '../../shared/contracts/caseload';
import type { Db } from '../db/open';
import { namesTrigramDocCount } from '../clients/repository';
import { rareTrigramQuery } from '../clients/search-index';
import { fold, parseTypedDate, similarity, substringAllQuery } from '../clients/text-match';
import { RISK_RANK, flagColumn } from '../clients/columns';
import { CLIENT_FLAG_KINDS } from '../../shared/domain/clients';
import type { AccessPolicy, ListScope } from '../access/policy';
import type { SummaryRow } from './rows';
import type { PageDetails } from './rows';
import { SUMMARY_COLUMNS, toCaseloadRows } from './rows';
import type { Reach } from './clinical';
import { attentionCondition, clinicalFactsFor } from './clinical';

type CaseloadQuery = z.output<typeof caseloadQuerySchema>;

/**
 * Past this many matches, a page under a clinical filter walks the sort's index and probes
 * each row (it meets a match every few rows), rather than sorting every match for 100 of them.
 */
const WALK_WHEN_MATCHES_EXCEED = 2_000;

const SORT_SQL: Record<CaseloadQuery['sort']['column'], string> = {
  name: 'c.sort_name',
  clientNumber: 'c.client_number',
  birthDate: 'c.birth_date',
  status: 'c.status',
  riskLevel: 'c.risk_rank',
  lastContactAt: 'c.last_contact_at',
};

/**
 * A condition on something only some rows may show (risk, flags, programs) is applied within
 * those rows: the rest never match it, so the count of matches cannot tell anything about them.
 */
function within(scope: ListScope, condition: string, params: Record<string, unknown>): string {
  if (scope.kind === 'all') return condition;
  if (scope.kind === 'none') return '0';
  Object.assign(params, scope.params);
  return `(${scope.sql} AND ${condition})`;
}

/**
 * The ORDER BY for a page, written so an index can deliver the rows in order, with the name and
 * id as tie-breakers so paging is stable. SQLite's own NULL order is the one wanted for the last
 * contact: a client never contacted is the one longest without contact, first when oldest come
 * first and last when newest come first (a NULLS clause would also defeat the index).
 */
function orderBy(column: string, direction: 'ASC' | 'DESC'): string {
  if (column === SORT_SQL.name) return `c.sort_name ${direction}, c.id ${direction}`;
  return `${column} ${direction}, c.sort_name ${direction}, c.id ${direction}`;
}

/** One page of the caseload with its total, every filter and sort served by an index. */
export function listCaseload(db: Db, query: CaseloadQuery, policy: AccessPolicy) {
  const where = [`c.record_status = 'active'`];
  const params: Record<string, unknown> = {};
  const { filter } = query;
  const listed = policy.listScope('contact', 'list');
  if (listed.kind === 'none') return { rows: [], total: 0 };
  if (listed.kind === 'related') where.push(within(listed, '1', params));
  const clinical = policy.listScope('clinical', 'list');
  const worker = filter.mine ? policy.accountId : filter.caseManagerId;
  if (worker) {
    where.push('c.id IN (SELECT client_id FROM client_assignments WHERE account_id = @worker)');
    params.worker = worker;
  }
  if (filter.team) {
    // No team, no team clients: the filter then lists nobody rather than everybody.
    where.push(
      'c.id IN (SELECT ca.client_id FROM client_assignments ca JOIN accounts a ON a.id = ca.account_id WHERE a.team_id = @team)',
    );
    params.team = policy.teamId;
  }
  if (filter.program) {
    // EXISTS lets the planner walk the name index and probe enrollments, instead of sorting them all.
    where.push(
      within(
        clinical,
        `EXISTS (SELECT 1 FROM client_enrollments e WHERE e.client_id = c.id AND e.program = @program AND e.status != 'discharged')`,
        params,
      ),
    );
    params.program = filter.program;
  }
  if (filter.statuses.length) {
    where.push('c.status IN (SELECT value FROM json_each(@statuses))');
    params.statuses = JSON.stringify(filter.statuses);
  }
  if (filter.riskLevels.length) {
    // risk_rank carries the index; risk_level is the same fact as a word.
    where.push(within(clinical, 'c.risk_rank IN (SELECT value FROM json_each(@risks))', params));
    params.risks = JSON.stringify(filter.riskLevels.map((level) => RISK_RANK[level]));
  }
  for (const flag of filter.flags) {
    where.push(
      within(policy.listScope(CLIENT_FLAG_KINDS[flag], 'list'), `c.${flagColumn(flag)} = 1`, params),
    );
  }
  if (filter.noContactSince) {
    where.push('(c.last_contact_at IS NULL OR c.last_contact_at < @since)');
    params.since = filter.noContactSince;
  }
  let sortColumn = SORT_SQL[query.sort.column];
  if (query.sort.column === 'riskLevel') {
    // Rows whose risk the viewer may not see sort as if it were unknown.
    if (clinical.kind === 'none') sortColumn = SORT_SQL.name;
    else if (clinical.kind === 'related') {
      Object.assign(params, clinical.params);
      sortColumn = `(CASE WHEN ${clinical.sql} THEN c.risk_rank ELSE 0 END)`;
    }
  }
  const direction = query.sort.direction === 'desc' ? 'DESC' : 'ASC';
  // "Needs attention" (views saved before it have none). Few candidate rows (one caseload, a
  // team, a case manager's clinical scope): probe each. Otherwise count by collecting the
  // matches, and fill the page by walking the sort's index when matches are common.
  const attention = filter.attention ?? [];
  const attentionWhere = (reach: Reach) =>
    attention.map((a) => within(clinical, attentionCondition(db, a, policy.now, reach, params), params));
  const reach: Reach = worker || filter.team || clinical.kind === 'related' ? 'probe' : 'collect';
  const countSql = [...where, ...attentionWhere(reach)].join(' AND ');
  const total = db.prepare(`SELECT count(*) FROM clients c WHERE ${countSql}`).pluck().get(params) as number;
  const pageSql =
    attention.length > 0 && reach === 'collect' && total > WALK_WHEN_MATCHES_EXCEED
      ? [...where, ...attentionWhere('probe')].join(' AND ')
      : countSql;
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM clients c WHERE ${pageSql}
       ORDER BY ${orderBy(sortColumn, direction)} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as SummaryRow[];
  return { rows: caseloadRows(db, rows, policy, 'list'), total };
}

const searchRows = (db: Db, match: string, limit: number) =>
  db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM client_search s JOIN clients c ON c.id = s.client_id
       WHERE client_search MATCH ? AND c.record_status = 'active' ORDER BY s.rank LIMIT ?`,
    )
    .all(match, limit) as SummaryRow[];

/**
 * Quick search as you type. A date finds birth dates; digits find client numbers and phones;
 * words find names by substring, and when that finds too little, by shared three-letter runs
 * re-ranked by spelling similarity (so "Jonh Smiht" still finds John Smith).
 */
export function quickSearch(db: Db, text: string, limit: number, policy: AccessPolicy) {
  if (policy.listScope('contact', 'search').kind === 'none') return [];
  const date = parseTypedDate(text);
  if (date) {
    const rows = db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM clients c WHERE c.birth_date = ? AND c.record_status = 'active' ORDER BY c.sort_name LIMIT ?`,
      )
      .all(date, limit) as SummaryRow[];
    return caseloadRows(db, rows, policy, 'search');
  }
  const words = fold(text).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const compact = text.trim();
  const digits = compact.replace(/\D/g, '');
  // A phone number, typed with any punctuation: match its digits.
  if (digits.length >= 3 && /^[0-9()+.\-\s]+$/.test(compact)) {
    return caseloadRows(db, searchRows(db, `identifiers : "${digits}"`, limit), policy, 'search');
  }
  // One token with a digit in it: a client ID, as the agency writes them.
  if (digits.length > 0 && compact.length >= 3 && /^[\p{L}\p{N}-]+$/u.test(compact)) {
    return caseloadRows(
      db,
      searchRows(db, `identifiers : "${compact.replace(/"/g, '""')}"`, limit),
      policy,
      'search',
    );
  }
  // Two letters or fewer: a last-name prefix on the name index.
  if (words.every((w) => w.length < 3)) {
    const prefix = words.join(' ');
    const rows = db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM clients c WHERE c.record_status = 'active' AND c.sort_name >= ? AND c.sort_name < ?
         ORDER BY c.sort_name LIMIT ?`,
      )
      .all(prefix, `${prefix}\uffff`, limit) as SummaryRow[];
    return caseloadRows(db, rows, policy, 'search');
  }
  const exact = substringAllQuery(words, '{names identifiers}');
  const found = exact ? searchRows(db, exact, limit) : [];
  // Words found as typed: those are the answer. Only when nothing matches is spelling relaxed.
  if (found.length > 0) return caseloadRows(db, found, policy, 'search');

  const fuzzy = rareTrigramQuery(namesTrigramDocCount(db), words);
  if (!fuzzy) return [];
  const scored = searchRows(db, `names : (${fuzzy})`, 300)
    .map((row) => ({
      row,
      score: wordsScore(words, [row.legal_first_name, row.legal_last_name, row.preferred_name]),
    }))
    .filter((candidate) => candidate.score >= 0.6)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((candidate) => candidate.row);
  return caseloadRows(db, scored, policy, 'search');
}

/** Average, over the typed words, of each word's best similarity to any of the names. */
function wordsScore(words: readonly string[], names: readonly string[]): number {
  const nameWords = names.flatMap((n) => fold(n).split(' ')).filter(Boolean);
  if (nameWords.length === 0) return 0;
  const total = words.reduce((sum, word) => sum + Math.max(...nameWords.map((n) => similarity(word, n))), 0);
  return total / words.length;
}

// ---- saved views (each belongs to the person who made it) -----------------------------------

export interface ViewRow {
  id: string;
  name: string;
  definition: string;
  updated_at: string;
}

export const listViewRows = (db: Db, accountId: string) =>
  db.prepare('SELECT * FROM saved_views WHERE account_id = ? ORDER BY name').all(accountId) as ViewRow[];

export const viewRow = (db: Db, id: string) =>
  db.prepare('SELECT * FROM saved_views WHERE id = ?').get(id) as ViewRow;

export const viewNameTaken = (db: Db, accountId: string, name: string, exceptId: string | null): boolean =>
  db
    .prepare('SELECT id FROM saved_views WHERE account_id = ? AND name = ? AND id IS NOT ?')
    .get(accountId, name, exceptId) !== undefined;

/** Renames or redefines one's own view; false when there is no such view of this account. */
export function updateViewRow(
  db: Db,
  view: { id: string; accountId: string; name: string; definition: string; at: string },
): boolean {
  return (
    db
      .prepare(
        'UPDATE saved_views SET name = ?, definition = ?, updated_at = ? WHERE id = ? AND account_id = ?',
      )
      .run(view.name, view.definition, view.at, view.id, view.accountId).changes > 0
  );
}

export function insertViewRow(
  db: Db,
  view: { id: string; accountId: string; name: string; definition: string; at: string },
): void {
  db.prepare(
    'INSERT INTO saved_views (id, account_id, name, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(view.id, view.accountId, view.name, view.definition, view.at, view.at);
}

export const deleteViewRow = (db: Db, id: string, accountId: string): boolean =>
  db.prepare('DELETE FROM saved_views WHERE id = ? AND account_id = ?').run(id, accountId).changes > 0;

/** Program names already used on a client. */
export const usedPrograms = (db: Db): string[] =>
  db.prepare('SELECT DISTINCT program FROM client_enrollments').pluck().all() as string[];

/** Programs and assigned workers of a page's clients: two indexed queries for the page's ids. */
function pageDetails(db: Db, rows: readonly SummaryRow[]): PageDetails {
  const ids = JSON.stringify(rows.map((r) => r.id));
  const programs = new Map<string, string[]>();
  for (const e of db
    .prepare(
      `SELECT client_id, program FROM client_enrollments WHERE client_id IN (SELECT value FROM json_each(?)) AND status != 'discharged' ORDER BY position`,
    )
    .all(ids) as { client_id: string; program: string }[]) {
    programs.set(e.client_id, [...(programs.get(e.client_id) ?? []), e.program]);
  }
  const workers: PageDetails['workers'] = new Map();
  for (const a of db
    .prepare(
      `SELECT ca.client_id, a.id, a.full_name, a.team_id FROM client_assignments ca JOIN accounts a ON a.id = ca.account_id
       WHERE ca.client_id IN (SELECT value FROM json_each(?)) ORDER BY ca.assigned_at`,
    )
    .all(ids) as { client_id: string; id: string; full_name: string; team_id: string | null }[]) {
    workers.set(a.client_id, [
      ...(workers.get(a.client_id) ?? []),
      { id: a.id, name: a.full_name, teamId: a.team_id },
    ]);
  }
  return { programs, workers };
}

function caseloadRows(db: Db, rows: readonly SummaryRow[], policy: AccessPolicy, action: 'list' | 'search') {
  if (rows.length === 0) return [];
  return toCaseloadRows(rows, pageDetails(db, rows), policy, action, (ids) =>
    clinicalFactsFor(db, ids, policy.now),
  );
}
