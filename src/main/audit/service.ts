import type { AuditAction, AuditVerification, auditListInputSchema } from '../../shared/contracts/audit';
import type { z } from 'zod';
import type { Db } from '../db/open';
import { newId } from '../ids';
import { GENESIS_HASH, linkHash } from './chain';
import { insertEntry, iterateChain, listEntries, readHead, type AuditQuery } from './repository';

type ParsedAuditListInput = z.output<typeof auditListInputSchema>;

export interface AuditActor {
  accountId: string | null;
  name: string | null;
}

/** An account as the audit trail names it. */
export const actorOf = (account: { id: string; fullName: string }) => ({
  accountId: account.id,
  name: account.fullName,
});

export interface AuditRecord {
  action: AuditAction;
  actor: AuditActor;
  subject?: string | null;
  details?: Record<string, string | number | boolean | null>;
  /** When it happened, if earlier than now (e.g. a failed sign-in seen while locked). */
  occurredAt?: string;
}

/**
 * Appends one entry to the chain. Call it inside the same transaction as the change it records,
 * so a change is never saved without its audit entry (or the other way round).
 */
export function appendAudit(db: Db, record: AuditRecord, now: Date = new Date()): void {
  const head = readHead(db);
  const fields = {
    seq: head.seq + 1,
    id: newId(),
    occurredAt: record.occurredAt ?? now.toISOString(),
    action: record.action,
    actorAccountId: record.actor.accountId,
    actorName: record.actor.name,
    subject: record.subject ?? null,
    details: JSON.stringify(record.details ?? {}),
    prevHash: head.seq === 0 ? GENESIS_HASH : head.hash,
  };
  insertEntry(db, { ...fields, hash: linkHash(fields) });
}

/**
 * Walks the whole chain and reports the first entry that was altered or removed, or an
 * `audit_head` that no longer matches the newest entry (entries cut off the end).
 */
export type ChainVerification = Pick<AuditVerification, 'intact' | 'checked' | 'headHash' | 'firstProblem'>;

export function verifyAudit(db: Db): ChainVerification {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (const entry of iterateChain(db)) {
    if (entry.seq !== expectedSeq || entry.prevHash !== prevHash) {
      return {
        intact: false,
        checked,
        headHash: null,
        firstProblem: { seq: expectedSeq, problem: 'missing' },
      };
    }
    if (linkHash(entry) !== entry.hash) {
      return { intact: false, checked, headHash: null, firstProblem: { seq: entry.seq, problem: 'altered' } };
    }
    prevHash = entry.hash;
    expectedSeq += 1;
    checked += 1;
  }
  const head = readHead(db);
  const lastSeq = expectedSeq - 1;
  if (head.seq !== lastSeq || (lastSeq > 0 && head.hash !== prevHash)) {
    return {
      intact: false,
      checked,
      headHash: null,
      firstProblem: { seq: Math.min(head.seq, lastSeq) + 1, problem: 'head_mismatch' },
    };
  }
  return { intact: true, checked, headHash: lastSeq > 0 ? prevHash : null, firstProblem: null };
}

/** The instant a local calendar day starts (or ends), given the workstation's offset from UTC. */
function localDayBoundary(date: string, utcOffsetMinutes: number, end: boolean): string {
  const midnightUtc = Date.parse(`${date}T00:00:00.000Z`) - utcOffsetMinutes * 60_000;
  return new Date(end ? midnightUtc + 86_400_000 - 1 : midnightUtc).toISOString();
}

/** The filters of the list (and of its export) as a query: no paging. */
export type AuditFilters = Omit<ParsedAuditListInput, 'beforeSeq' | 'limit' | 'clientId'> & {
  /** A client's id and those of the duplicates merged into it (the caller resolves them). */
  subjects?: readonly string[];
};

/** "From" and "to" are whole local calendar days, both included. */
export function auditQuery(filters: AuditFilters): Omit<AuditQuery, 'limit'> {
  return {
    ...(filters.subjects ? { subjects: filters.subjects } : {}),
    ...(filters.actorAccountId ? { actorAccountId: filters.actorAccountId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from ? { fromInstant: localDayBoundary(filters.from, filters.utcOffsetMinutes, false) } : {}),
    ...(filters.to ? { toInstant: localDayBoundary(filters.to, filters.utcOffsetMinutes, true) } : {}),
  };
}

/** One page, newest first; `nextBeforeSeq` continues it. */
export function listAudit(db: Db, input: AuditFilters & { beforeSeq?: number | undefined; limit: number }) {
  const entries = listEntries(db, {
    ...auditQuery(input),
    ...(input.beforeSeq ? { beforeSeq: input.beforeSeq } : {}),
    limit: input.limit,
  });
  const last = entries.at(-1);
  return {
    entries: entries.map(withoutClinicalMatches),
    nextBeforeSeq: entries.length === input.limit && last ? last.seq : null,
  };
}

/**
 * The audit trail is an administrator's screen. A caseload page filtered on risk, flags or a
 * programme would name the clients that matched: its ids stay in the chain (for an inquiry by
 * someone who may see clinical information) but the screen shows only how many there were.
 */
function withoutClinicalMatches<E extends { action: string; details: Record<string, unknown> }>(entry: E): E {
  if (entry.action !== 'clients.listed' || !String(entry.details.filter ?? '').includes('clinicalFilter'))
    return entry;
  const { ids: _ids, ...details } = entry.details;
  return { ...entry, details };
}
