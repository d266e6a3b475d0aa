import type { AuditEntry } from '../../shared/contracts/audit';
import type { Db } from '../db/open';
import type { ChainedFields } from './chain';

interface AuditRow {
  seq: number;
  id: string;
  occurred_at: string;
  action: string;
  actor_account_id: string | null;
  actor_name: string | null;
  subject: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export function readHead(db: Db): { seq: number; hash: string } {
  return db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string };
}

export function insertEntry(db: Db, fields: ChainedFields & { hash: string }): void {
  db.prepare(
    `INSERT INTO audit_log (seq, id, occurred_at, action, actor_account_id, actor_name, subject, details, prev_hash, hash)
     VALUES (@seq, @id, @occurredAt, @action, @actorAccountId, @actorName, @subject, @details, @prevHash, @hash)`,
  ).run(fields);
}

/** Streams the whole chain in order, so verifying a long trail does not load it into memory. */
export function* iterateChain(db: Db): Generator<ChainedFields & { hash: string }> {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>;
  for (const row of rows) {
    yield {
      seq: row.seq,
      id: row.id,
      occurredAt: row.occurred_at,
      action: row.action,
      actorAccountId: row.actor_account_id,
      actorName: row.actor_name,
      subject: row.subject,
      details: row.details,
      prevHash: row.prev_hash,
      hash: row.hash,
    };
  }
}

export interface AuditQuery {
  actorAccountId?: string;
  action?: string;
  /** Entries whose subject is one of these (a client and the duplicates merged into it). */
  subjects?: readonly string[];
  /** Inclusive ISO instants. */
  fromInstant?: string;
  toInstant?: string;
  beforeSeq?: number;
  limit: number;
}

/** The WHERE clause of a filtered list (and of its count), with its parameters. */
function filterSql(query: Omit<AuditQuery, 'limit'>): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.subjects) {
    // A list of parameters, not json_each: the planner then walks audit_log_subject backwards
    // for one client (no sort), where a table-valued list left it scanning the whole chain.
    const names = query.subjects.map((subject, index) => {
      params[`subject${index}`] = subject;
      return `@subject${index}`;
    });
    where.push(names.length ? `subject IN (${names.join(', ')})` : '0');
  }
  if (query.actorAccountId) {
    where.push('actor_account_id = @actorAccountId');
    params.actorAccountId = query.actorAccountId;
  }
  if (query.action) {
    where.push('action = @action');
    params.action = query.action;
  }
  if (query.fromInstant) {
    where.push('occurred_at >= @fromInstant');
    params.fromInstant = query.fromInstant;
  }
  if (query.toInstant) {
    where.push('occurred_at <= @toInstant');
    params.toInstant = query.toInstant;
  }
  if (query.beforeSeq) {
    where.push('seq < @beforeSeq');
    params.beforeSeq = query.beforeSeq;
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Newest first, one page at a time (keyset pagination on seq). */
export function listEntries(db: Db, query: AuditQuery): AuditEntry[] {
  const { sql, params } = filterSql(query);
  const rows = db
    .prepare(`SELECT * FROM audit_log ${sql} ORDER BY seq DESC LIMIT @limit`)
    .all({ ...params, limit: query.limit }) as AuditRow[];
  return rows.map((row) => ({
    seq: row.seq,
    id: row.id,
    occurredAt: row.occurred_at,
    action: row.action,
    actorAccountId: row.actor_account_id,
    actorName: row.actor_name,
    subject: row.subject,
    details: JSON.parse(row.details) as Record<string, unknown>,
  }));
}

/** How many entries a filter matches, counting at most `atMost` (an export's size check). */
export function countEntries(db: Db, query: Omit<AuditQuery, 'limit'>, atMost: number): number {
  const { sql, params } = filterSql(query);
  return db
    .prepare(`SELECT count(*) FROM (SELECT 1 FROM audit_log ${sql} LIMIT @atMost)`)
    .pluck()
    .get({ ...params, atMost }) as number;
}

/** The hash of the entry numbered `seq`, if there is one (read for many anchors: prepared once). */
export function entryHashAt(db: Db): (seq: number) => string | undefined {
  const statement = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck();
  return (seq) => statement.get(seq) as string | undefined;
}

/** Every restore (and undone restore) the chain records, oldest first. */
export const restoreEntries = (db: Db) =>
  db
    .prepare(
      `SELECT seq, occurred_at FROM audit_log WHERE action IN ('backup.restored', 'backup.restore_undone') ORDER BY seq`,
    )
    .all() as { seq: number; occurred_at: string }[];
