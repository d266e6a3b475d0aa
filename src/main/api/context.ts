import type { EventName, EventPayloads } from '../../shared/contracts/channels';
import { AccessPolicy } from '../access/policy';
import { appendAudit } from '../audit/service';
import { recordHistory } from '../clients/history';
import { keptClientId } from '../clients/repository';
import type { Session } from '../workstation/session';
import type { Workstation } from '../workstation/workstation';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import type { Actor, PublicContext, RequestContext } from '../request/context';

export interface ContextSources {
  now: Date;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
}

/** The context of a signed-in request: everything bound to this actor, this database, this now. */
export function requestContext(db: Db, actor: Actor, sources: ContextSources): RequestContext {
  const { now } = sources;
  let policy: AccessPolicy | null = null;
  return {
    db,
    actor,
    now,
    emit: sources.emit,
    get policy() {
      policy ??= new AccessPolicy(db, actor, now);
      return policy;
    },
    audit: (entry) =>
      appendAudit(db, { ...entry, actor: { accountId: actor.id, name: actor.fullName } }, now),
    history: (target, changes) =>
      recordHistory(
        db,
        { ...target, actorId: actor.id, actorName: actor.fullName, at: now.toISOString() },
        changes,
      ),
    keptClientId: (clientId) => keptClientId(db, clientId),
  };
}

const notSignedIn = (): never => {
  throw new DomainError('not_signed_in', 'Please sign in.', undefined, {
    messageKey: 'errors.not_signed_in',
  });
};

/**
 * The context of a public channel (status, setup, sign-in): no session, so no actor, database
 * or policy. Typed as a RequestContext so one handler table serves every channel; touching what
 * it lacks is refused as not signed in rather than answered wrongly.
 */
export function publicContext(sources: ContextSources): RequestContext {
  const context: PublicContext = { now: sources.now, emit: sources.emit };
  return Object.defineProperties(context, {
    db: { get: notSignedIn },
    actor: { get: notSignedIn },
    policy: { get: notSignedIn },
    audit: { get: notSignedIn },
    history: { get: notSignedIn },
    keptClientId: { get: notSignedIn },
  }) as RequestContext;
}

/** Builds each request's context from the workstation: the session's actor, its database, one now. */
export function contextFor(ws: Workstation): (session: Session | null) => RequestContext {
  return (session) => {
    const sources: ContextSources = { now: ws.now(), emit: (event, payload) => ws.emit(event, payload) };
    if (!session) return publicContext(sources);
    const { id, role, fullName, teamId } = session.account;
    return requestContext(ws.vault.database(), { id, role, fullName, teamId }, sources);
  };
}
