import type { AccessAction, Recipient, RecordKind, Relationship, Verdict } from '../../shared/domain/access';
import {
  REASSIGN,
  changeVerdict,
  disclosureVerdict,
  verdict,
  visibleKinds,
} from '../../shared/domain/access';
import type { Account } from '../../shared/contracts/accounts';
import type { Role } from '../../shared/domain/roles';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import {
  RELATED_CLIENTS_SQL,
  activeGrantReason,
  grantedAmong,
  isAssigned,
  isAssignedToTeam,
  teamOf,
} from './repository';

/** The person asking: the signed-in account. */
export type Viewer = Pick<Account, 'id' | 'role' | 'fullName'>;

/** How much of a client file opens for this viewer. */
export type FileView = 'full' | 'demographics' | 'contact';

/** A client in a list, with the workers assigned to it (read for the page anyway). */
export interface ListedClient {
  id: string;
  workers: readonly { id: string; teamId: string | null }[];
}

/** Which rows of a list may be filtered or sorted on a kind of record, as SQL over `clients c`. */
export type ListScope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'related'; sql: string; params: Record<string, string | null> };

/** A break-the-glass grant lasts one working shift. */
export const BREAK_GLASS_HOURS = 8;

/**
 * The one place that decides who sees what of a client. Every read, list, search, history,
 * export and document path asks it; the rules themselves are the table in
 * src/shared/domain/access.ts. One instance serves one request (one viewer, one `now`).
 */
export class AccessPolicy {
  readonly role: Role;
  readonly accountId: string;
  readonly actorName: string;
  private teamCache: string | null | undefined;

  constructor(
    private readonly db: Db,
    viewer: Viewer,
    readonly now: Date,
  ) {
    this.role = viewer.role;
    this.accountId = viewer.id;
    this.actorName = viewer.fullName;
  }

  get teamId(): string | null {
    if (this.teamCache === undefined) this.teamCache = teamOf(this.db, this.accountId);
    return this.teamCache;
  }

  relationshipTo(clientId: string): Relationship {
    if (isAssigned(this.db, clientId, this.accountId)) return 'caseload';
    if (isAssignedToTeam(this.db, clientId, this.teamId)) return 'team';
    if (activeGrantReason(this.db, clientId, this.accountId, this.now) !== null) return 'granted';
    return 'other';
  }

  /** The reason given when the glass was broken, if that is how this viewer may open the file. */
  grantReason(clientId: string): string | null {
    return this.relationshipTo(clientId) === 'granted'
      ? activeGrantReason(this.db, clientId, this.accountId, this.now)
      : null;
  }

  verdict(clientId: string, kind: RecordKind, action: AccessAction): Verdict {
    return verdict(this.role, this.relationshipTo(clientId), kind, action);
  }

  may(clientId: string, kind: RecordKind, action: AccessAction): boolean {
    return this.verdict(clientId, kind, action) === 'allow';
  }

  /** Throws the refusal that fits the verdict: a reason can open it, consent is needed, or never. */
  require(clientId: string, kind: RecordKind, action: AccessAction): void {
    const found = this.verdict(clientId, kind, action);
    if (found !== 'allow') throw refusal(found);
  }

  /**
   * May this viewer put `kind` of this client's record into a document, print or file for
   * `recipient`? Every document and template fill asks this for each kind it would include.
   */
  disclosure(clientId: string, kind: RecordKind, recipient: Recipient): Verdict {
    return disclosureVerdict(this.role, this.relationshipTo(clientId), kind, recipient);
  }

  mayDisclose(clientId: string, kind: RecordKind, recipient: Recipient): boolean {
    return this.disclosure(clientId, kind, recipient) === 'allow';
  }

  /** Throws the refusal that fits: a reason can open it, consent is needed, or never. */
  requireDisclosure(clientId: string, kind: RecordKind, recipient: Recipient): void {
    const found = this.disclosure(clientId, kind, recipient);
    if (found !== 'allow') throw refusal(found);
  }

  /**
   * May this viewer change `kind` of this client's file (null: a client being registered, judged
   * as one's own caseload)? The change rules beside the read table decide.
   */
  changeVerdict(clientId: string | null, kind: RecordKind): Verdict {
    return changeVerdict(this.role, clientId === null ? 'caseload' : this.relationshipTo(clientId), kind);
  }

  /**
   * Refuses a change that touches a field this viewer may not change, before anything is
   * written. `fields` are named as the history names them (`phones`, `flags.safetyConcern`),
   * each with its kind; every field refused gets its own error at `client.<field>`.
   */
  requireChange(clientId: string | null, fields: readonly { field: string; kind: RecordKind }[]): void {
    const verdicts = fields.map((item) => ({ ...item, verdict: this.changeVerdict(clientId, item.kind) }));
    // A reason opens the whole file at once: ask for it before naming fields.
    if (verdicts.some((item) => item.verdict === 'needs_reason')) throw refusal('needs_reason');
    const refused = verdicts.filter((item) => item.verdict !== 'allow');
    if (refused.length === 0) return;
    throw new DomainError(
      'forbidden',
      'Your role may change only some details of a client. Nothing was saved.',
      Object.fromEntries(
        refused.map((item) => [`client.${item.field}`, 'validation.not_changeable_by_role']),
      ),
      { messageKey: 'errors.change_not_allowed_for_role', refusedFields: refused.length },
    );
  }

  /** May this viewer change who is assigned to this client (REASSIGN in the table)? */
  mayReassign(clientId: string): boolean {
    const rule = REASSIGN[this.role];
    return rule === 'any' || (rule === 'own_caseload' && this.relationshipTo(clientId) === 'caseload');
  }

  /** Opening the file: the widest view the table allows, or the refusal for the narrowest. */
  fileView(clientId: string): FileView {
    const kinds = visibleKinds(this.role, this.relationshipTo(clientId), 'read');
    if (kinds.has('clinical')) return 'full';
    if (kinds.has('demographics')) return 'demographics';
    if (kinds.has('contact')) return 'contact';
    throw refusal(this.verdict(clientId, 'contact', 'read'));
  }

  /** The relationship to each client of a page, from the workers already read for it. */
  relationships(clients: readonly ListedClient[]): Map<string, Relationship> {
    const granted = grantedAmong(
      this.db,
      clients.map((c) => c.id),
      this.accountId,
      this.now,
    );
    const team = this.teamId;
    return new Map(
      clients.map((c) => {
        if (c.workers.some((w) => w.id === this.accountId)) return [c.id, 'caseload'];
        if (team !== null && c.workers.some((w) => w.teamId === team)) return [c.id, 'team'];
        return [c.id, granted.has(c.id) ? 'granted' : 'other'];
      }),
    );
  }

  kindsFor(relationship: Relationship, action: AccessAction): Set<RecordKind> {
    return visibleKinds(this.role, relationship, action);
  }

  /**
   * The clients whose `kind` this viewer may see in a list: a filter or sort on that kind applies
   * to these rows only, so neither the rows nor the count of matches say anything about the rest.
   */
  listScope(kind: RecordKind, action: 'list' | 'search'): ListScope {
    const allows = (relationship: Relationship) => verdict(this.role, relationship, kind, action) === 'allow';
    if (allows('other')) return { kind: 'all' };
    if (!allows('caseload')) return { kind: 'none' };
    return {
      kind: 'related',
      sql: RELATED_CLIENTS_SQL,
      params: { scopeAccount: this.accountId, scopeTeam: this.teamId, scopeNow: this.now.toISOString() },
    };
  }
}

function refusal(found: Verdict): DomainError {
  if (found === 'needs_reason') {
    return new DomainError(
      'forbidden',
      'This client is not on your caseload. To open the file, give a reason; supervisors will see it.',
      undefined,
      { needsReason: true, messageKey: 'errors.access_needs_reason' },
    );
  }
  if (found === 'needs_consent') {
    return new DomainError(
      'forbidden',
      'Sharing this information needs the client’s written consent.',
      undefined,
      { needsConsent: true, messageKey: 'errors.access_needs_consent' },
    );
  }
  return new DomainError('forbidden', 'Your role does not allow this part of the client file.', undefined, {
    messageKey: 'errors.access_part_forbidden',
  });
}
