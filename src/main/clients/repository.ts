import type { ClientFields } from '../../shared/contracts/clients';
import type { AssessedRiskLevel } from '../../shared/domain/risk';
import { RISK_RANK } from '../../shared/domain/risk';
import { assignments, columnList, namedValues } from '../db/columns';
import type { Db } from '../db/open';
import { newId } from '../ids';
import type { ClientRow } from './columns';
import { WRITTEN_COLUMNS, recordFromRow, rowFromFields } from './columns';
import { searchDocument } from './search-index';
import { readSetting, writeSetting } from '../settings/repository';

export function findClientRow(db: Db, id: string): ClientRow | null {
  return (db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined) ?? null;
}

export function clientNumberTaken(db: Db, clientNumber: string, exceptId: string | null): boolean {
  return (
    db
      .prepare('SELECT 1 FROM clients WHERE client_number = ? AND id IS NOT ?')
      .get(clientNumber, exceptId) !== undefined
  );
}

export function readEnrollments(db: Db, clientId: string): ClientFields['enrollments'] {
  return (
    db
      .prepare(
        'SELECT program, status, start_date, end_date FROM client_enrollments WHERE client_id = ? ORDER BY position',
      )
      .all(clientId) as {
      program: string;
      status: ClientFields['enrollments'][number]['status'];
      start_date: string | null;
      end_date: string | null;
    }[]
  ).map((e) => ({ program: e.program, status: e.status, startDate: e.start_date, endDate: e.end_date }));
}

export function readAssignedWorkers(db: Db, clientId: string): { accountId: string; fullName: string }[] {
  return db
    .prepare(
      `SELECT a.id AS accountId, a.full_name AS fullName FROM client_assignments ca
       JOIN accounts a ON a.id = ca.account_id WHERE ca.client_id = ? ORDER BY ca.assigned_at, a.full_name`,
    )
    .all(clientId) as { accountId: string; fullName: string }[];
}

export function readClient(db: Db, id: string) {
  const row = findClientRow(db, id);
  return row ? recordFromRow(row, readEnrollments(db, id), readAssignedWorkers(db, id)) : null;
}

/** The form's columns (columns.ts) and the bookkeeping: who wrote the row, and when. */
const INSERT_CLIENT = `INSERT INTO clients (id, ${columnList(WRITTEN_COLUMNS)}, created_at, created_by, updated_at, updated_by)
  VALUES (@id, ${namedValues(WRITTEN_COLUMNS)}, @at, @by, @at, @by)`;
const UPDATE_CLIENT = `UPDATE clients SET ${assignments(WRITTEN_COLUMNS)}, updated_at = @at, updated_by = @by WHERE id = @id`;

export function insertClient(db: Db, id: string, fields: ClientFields, by: string, at: string): void {
  db.prepare(INSERT_CLIENT).run({ ...rowFromFields(fields), id, at, by });
  writeChildren(db, id, fields, by, at);
}

export function updateClientRow(db: Db, id: string, fields: ClientFields, by: string, at: string): void {
  db.prepare(UPDATE_CLIENT).run({ ...rowFromFields(fields), id, at, by });
  db.prepare('DELETE FROM client_enrollments WHERE client_id = ?').run(id);
  db.prepare(
    'DELETE FROM client_assignments WHERE client_id = ? AND account_id NOT IN (SELECT value FROM json_each(?))',
  ).run(id, JSON.stringify(fields.assignedCaseManagerIds));
  db.prepare('DELETE FROM client_search WHERE client_id = ?').run(id);
  writeChildren(db, id, fields, by, at);
}

/** Enrollments, assignments and the search document follow the form's current values. */
function writeChildren(db: Db, id: string, fields: ClientFields, by: string, at: string): void {
  const enrollment = db.prepare(
    `INSERT INTO client_enrollments (id, client_id, program, status, start_date, end_date, position, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  fields.enrollments.forEach((e, position) =>
    enrollment.run(newId(), id, e.program, e.status, e.startDate, e.endDate, position, at, by),
  );
  const assign = db.prepare(
    'INSERT OR IGNORE INTO client_assignments (client_id, account_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)',
  );
  for (const accountId of fields.assignedCaseManagerIds) assign.run(id, accountId, at, by);
  const doc = searchDocument(fields);
  db.prepare('INSERT INTO client_search (client_id, names, identifiers) VALUES (?, ?, ?)').run(
    id,
    doc.names,
    doc.identifiers,
  );
}

/** The next free "C-000123" number; agencies may overwrite it with their own numbering. */
export function nextClientNumber(db: Db, by: string, at: string): string {
  let counter = readSetting<number>(db, 'client_number_counter') ?? 0;
  let candidate: string;
  do {
    counter += 1;
    candidate = `C-${String(counter).padStart(6, '0')}`;
  } while (clientNumberTaken(db, candidate, null));
  writeSetting(db, 'client_number_counter', counter, by, at);
  return candidate;
}

/** A break-the-glass grant: this account may open this client's file until `expiresAt`. */
export function insertAccessGrant(
  db: Db,
  grant: {
    id: string;
    clientId: string;
    accountId: string;
    reason: string;
    grantedAt: string;
    expiresAt: string;
  },
): void {
  db.prepare(
    'INSERT INTO client_access_grants (id, client_id, account_id, reason, granted_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(grant.id, grant.clientId, grant.accountId, grant.reason, grant.grantedAt, grant.expiresAt);
}

/** The newest break-the-glass openings, for supervisors' review. */
export function readAccessGrants(db: Db, limit: number) {
  return (
    db
      .prepare(
        `SELECT g.id, g.client_id, c.client_number, a.full_name, g.reason, g.granted_at, g.expires_at
         FROM client_access_grants g JOIN clients c ON c.id = g.client_id LEFT JOIN accounts a ON a.id = g.account_id
         ORDER BY g.granted_at DESC LIMIT ?`,
      )
      .all(limit) as {
      id: string;
      client_id: string;
      client_number: string;
      full_name: string | null;
      reason: string;
      granted_at: string;
      expires_at: string;
    }[]
  ).map((r) => ({
    id: r.id,
    clientId: r.client_id,
    clientNumber: r.client_number,
    accountName: r.full_name,
    reason: r.reason,
    grantedAt: r.granted_at,
    expiresAt: r.expires_at,
  }));
}

// ---- duplicate candidates and the names index ------------------------------------------------

/** Who a possible duplicate is: enough to compare names and birth dates, nothing more. */
export interface CandidateRow {
  id: string;
  client_number: string;
  legal_first_name: string;
  legal_last_name: string;
  preferred_name: string;
  birth_date: string;
}

const CANDIDATE_COLUMNS =
  'c.id, c.client_number, c.legal_first_name, c.legal_last_name, c.preferred_name, c.birth_date';

export const activeClientsBornOn = (db: Db, birthDate: string) =>
  db
    .prepare(
      `SELECT ${CANDIDATE_COLUMNS} FROM clients c WHERE c.birth_date = ? AND c.record_status = 'active'`,
    )
    .all(birthDate) as CandidateRow[];

/** Active clients whose names match an FTS5 query (see search-index.ts), best first, at most 200. */
export const activeClientsMatchingNames = (db: Db, query: string) =>
  db
    .prepare(
      `SELECT ${CANDIDATE_COLUMNS} FROM client_search s JOIN clients c ON c.id = s.client_id
       WHERE client_search MATCH ? AND c.record_status = 'active' ORDER BY s.rank LIMIT 200`,
    )
    .all(`names : (${query})`) as CandidateRow[];

/** How many clients' names contain a three-letter run, from the index's vocabulary. */
export function namesTrigramDocCount(db: Db): (gram: string) => number {
  const docCount = db.prepare(`SELECT doc FROM client_search_vocab WHERE col = 'names' AND term = ?`).pluck();
  return (gram) => (docCount.get(gram) as number | undefined) ?? 0;
}

// ---- merges ---------------------------------------------------------------------------------

/** A merge as stored, with the kept client's number. */
export interface MergeRow {
  id: string;
  survivor_id: string;
  merged_id: string;
  reason: string;
  snapshot: string;
  merged_at: string;
  merged_by_name: string | null;
  survivor_client_number: string;
}

export function insertMerge(
  db: Db,
  merge: {
    id: string;
    survivorId: string;
    mergedId: string;
    reason: string;
    snapshot: string;
    at: string;
    by: { id: string; fullName: string };
  },
): void {
  db.prepare(
    `INSERT INTO client_merges (id, survivor_id, merged_id, reason, snapshot, merged_at, merged_by, merged_by_name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    merge.id,
    merge.survivorId,
    merge.mergedId,
    merge.reason,
    merge.snapshot,
    merge.at,
    merge.by.id,
    merge.by.fullName,
  );
}

/** The duplicate's workers also work with the kept client (INSERT OR IGNORE: some already do). */
export function copyAssignments(db: Db, fromId: string, toId: string, by: string, at: string): void {
  db.prepare(
    `INSERT OR IGNORE INTO client_assignments (client_id, account_id, assigned_at, assigned_by)
     SELECT ?, account_id, ?, ? FROM client_assignments WHERE client_id = ?`,
  ).run(toId, at, by, fromId);
}

/**
 * The duplicate points to the kept record and leaves quick search; nothing else of it changes.
 * Records merged into the duplicate earlier now point at the kept record too, so every pointer
 * names a record in use: one hop reaches the kept client (the notes, their search and the queues
 * join on it), and access is asked of the record that is really kept.
 */
export function markMerged(db: Db, mergedId: string, intoId: string, by: string, at: string): void {
  db.prepare(
    `UPDATE clients SET record_status = 'merged', merged_into_id = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(intoId, at, by, mergedId);
  db.prepare('UPDATE clients SET merged_into_id = ? WHERE merged_into_id = ?').run(intoId, mergedId);
  db.prepare('DELETE FROM client_search WHERE client_id = ?').run(mergedId);
}

const MERGE_SELECT =
  'SELECT m.*, c.client_number AS survivor_client_number FROM client_merges m JOIN clients c ON c.id = m.survivor_id';

export const readMerge = (db: Db, id: string) =>
  (db.prepare(`${MERGE_SELECT} WHERE m.id = ?`).get(id) as MergeRow | undefined) ?? null;

/** The newest merges first. */
export const readMerges = (db: Db, limit: number) =>
  db.prepare(`${MERGE_SELECT} ORDER BY m.merged_at DESC LIMIT ?`).all(limit) as MergeRow[];

// ---- merged records: reads resolve through the record kept ------------------------------------

/**
 * Merges never move child rows: a duplicate only points to the record kept (`merged_into_id`),
 * and reads resolve through that pointer. Signed records cannot have their client changed (the
 * database refuses it), and a table added next year needs no line in the merge to follow it.
 *
 * Since migration 0020 a pointer always names a record in use (`markMerged` repoints the earlier
 * duplicates), so one hop is enough; these walks still follow chains, and the depth limit guards.
 */
const MAX_DEPTH = 64;

/**
 * The client and every record merged into it, directly or through another merged record: the ids
 * whose rows make up this client's file. The client's own id comes first.
 */
export function clientIdsOf(db: Db, clientId: string): string[] {
  const ids = db
    .prepare(
      `WITH RECURSIVE family(id, depth) AS (
         SELECT ?, 0
         UNION
         SELECT c.id, f.depth + 1 FROM clients c JOIN family f ON c.merged_into_id = f.id WHERE f.depth < ?
       )
       SELECT id FROM family ORDER BY depth, id`,
    )
    .pluck()
    .all(clientId, MAX_DEPTH) as string[];
  return ids.length ? ids : [clientId];
}

/** `clientIdsOf` as a JSON array, for `client_id IN (SELECT value FROM json_each(?))`. */
export const clientIdsJson = (db: Db, clientId: string): string => JSON.stringify(clientIdsOf(db, clientId));

/**
 * The record a client id stands for now: itself, or — for a merged duplicate — the record it was
 * merged into (following later merges too). Unknown ids come back unchanged.
 */
export function keptClientId(db: Db, clientId: string): string {
  const next = db.prepare('SELECT merged_into_id FROM clients WHERE id = ?').pluck();
  let id = clientId;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const into = next.get(id) as string | null | undefined;
    if (!into) return id;
    id = into;
  }
  return id;
}

/**
 * After a merge: the kept client's current level is the newest entry of its history, which now
 * includes the duplicate's (a duplicate set "high" yesterday outranks a "low" from last year).
 * A client with no entry at all keeps the level it has. Inside the merge's transaction.
 */
export function followNewestRiskEntry(db: Db, clientId: string): void {
  const newest = db
    .prepare(
      `SELECT level FROM client_risk_levels WHERE client_id IN (SELECT value FROM json_each(?))
       ORDER BY set_at DESC, id DESC LIMIT 1`,
    )
    .pluck()
    .get(clientIdsJson(db, clientId)) as AssessedRiskLevel | undefined;
  if (newest)
    db.prepare('UPDATE clients SET risk_level = ?, risk_rank = ? WHERE id = ?').run(
      newest,
      RISK_RANK[newest],
      clientId,
    );
}
