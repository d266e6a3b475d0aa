import type { AuditEntry, AuditNames } from '../../shared/contracts/audit';
import { RELATIONSHIPS } from '../../shared/domain/access';
// Ids are UUIDv7 text; anything else in a detail is not looked up.
import { AUDIT_ID as ID } from '../../shared/domain/audit-values';
import type { AccessPolicy } from '../access/policy';
import type { Db } from '../db/open';
import { accountsAmong, clientsAmong } from './repository';

/** Ids sit in details alone, in lists ("a b c") and in filter descriptions ("caseManager=id"). */
const SEPARATORS = /[\s|,=]+/;
/** Enough for a page of 500 entries; an export resolves page by page. */
const MAX_LOOKUPS = 20_000;

/**
 * Names for a page of entries, found in main in one query per table (never one call per row
 * from the renderer): the subject (a client id, an account's username or id) and every id a
 * detail carries (a merged duplicate, a case manager in a filter, the clients a list showed).
 * A client's name and ID are given only where the policy lets this viewer see the client's
 * contact details for `use` — on the screen (`list`), or in a file given to someone (`export`).
 */
export function namesFor(
  db: Db,
  policy: AccessPolicy,
  entries: readonly AuditEntry[],
  use: 'list' | 'export',
): { names: AuditNames; clientsNamed: string[] } {
  const keys = new Set<string>();
  for (const entry of entries) {
    if (keys.size >= MAX_LOOKUPS) break;
    if (entry.subject) keys.add(entry.subject);
    for (const value of Object.values(entry.details))
      if (typeof value === 'string')
        for (const token of value.split(SEPARATORS)) if (ID.test(token)) keys.add(token);
  }
  return namesOf(db, policy, [...keys], use);
}

/** Names for ids and usernames given directly (an export's filters). */
export function namesOf(
  db: Db,
  policy: AccessPolicy,
  wanted: readonly string[],
  use: 'list' | 'export',
): { names: AuditNames; clientsNamed: string[] } {
  const names: AuditNames = {};
  const mayShow = contactVisibility(policy, use);
  const clientsNamed: string[] = [];
  for (const row of clientsAmong(
    db,
    wanted.filter((key) => ID.test(key)),
  )) {
    const shown = mayShow(row.id);
    if (shown) clientsNamed.push(row.id);
    names[row.id] = {
      kind: 'client',
      name: shown ? `${row.legal_first_name} ${row.legal_last_name}` : null,
      clientNumber: shown ? row.client_number : null,
    };
  }
  const byLowerKey = new Map(wanted.map((key) => [key.toLowerCase(), key]));
  for (const row of accountsAmong(db, wanted)) {
    for (const key of [row.id, row.username]) {
      const recorded = byLowerKey.get(key.toLowerCase());
      if (recorded && !names[recorded])
        names[recorded] = { kind: 'account', fullName: row.full_name, username: row.username };
    }
  }
  return { names, clientsNamed };
}

/**
 * Asks the policy once per relationship whether contact details may be seen; only when the
 * answer differs between relationships is each client asked about (a page of 500 entries would
 * otherwise cost three lookups per client).
 */
function contactVisibility(policy: AccessPolicy, use: 'list' | 'export'): (clientId: string) => boolean {
  // A file for someone else is the table's `export` column (disclosure to `other`).
  const verdicts = RELATIONSHIPS.map((relationship) => policy.kindsFor(relationship, use).has('contact'));
  if (verdicts.every(Boolean)) return () => true;
  if (!verdicts.some(Boolean)) return () => false;
  return use === 'list'
    ? (clientId) => policy.may(clientId, 'contact', 'list')
    : (clientId) => policy.mayDisclose(clientId, 'contact', 'other');
}
