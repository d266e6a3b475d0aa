import type { Account } from '../../shared/contracts/accounts';
import type { EventName, EventPayloads } from '../../shared/contracts/channels';
import type { AccessPolicy } from '../access/policy';
import type { HistoryEntry } from '../../shared/contracts/clients';
import type { AuditRecord } from '../audit/service';
import type { Db } from '../db/open';

/** The signed-in person a request acts for, as the access policy, history and audit know them. */
export type Actor = Pick<Account, 'id' | 'role' | 'fullName' | 'teamId'>;

/** Which record of a client a history entry is about; who and when come from the request. */
export type HistoryTarget = { clientId: string; entity: string; entityId: string; entityLabel: string };
/** The fields that changed, each with its values before and after (clients/history.ts stores them). */
export type HistoryChanges = readonly Pick<HistoryEntry, 'field' | 'from' | 'to'>[];

/** What every request has, signed in or not: one reading of the clock, and the event channel. */
export interface PublicContext {
  /** Read once per request: history, audit and rows written by one call carry the same instant. */
  readonly now: Date;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
}

/**
 * One request of a signed-in person, built by the router after it checked the session. Its
 * `db`, `actor` and `now` are the names the signed-record primitive (src/main/records) takes, so
 * a feature hands `ctx` straight through. Services take this, never the workstation.
 */
export interface RequestContext extends PublicContext {
  readonly db: Db;
  readonly actor: Actor;
  /** The access policy for this actor at this `now` (created on first use). */
  readonly policy: AccessPolicy;
  /** Appends an audit entry for this actor at `now`, inside whatever transaction is open. */
  audit(entry: Omit<AuditRecord, 'actor' | 'occurredAt'>): void;
  /** Writes a client's history for this actor at `now`. */
  history(target: HistoryTarget, changes: HistoryChanges): void;
  /** Whose file a client id belongs to now: the client itself, or the one it was merged into. */
  keptClientId(clientId: string): string;
}
