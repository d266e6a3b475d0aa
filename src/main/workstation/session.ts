import type { EventName, EventPayloads } from '../../shared/contracts/channels';
import type { SessionGate } from '../../shared/contracts/channel';
import type { SessionInfo } from '../../shared/contracts/session';
import { PERMISSIONS, can } from '../../shared/domain/roles';
import type { Account } from '../../shared/contracts/accounts';
import { findAccountById } from '../accounts/repository';
import { tryAnchorAuditHead } from '../audit/anchors';
import { appendAudit } from '../audit/service';
import { DomainError } from '../errors';
import { isRecoveryKeyConfirmed, readSettings } from '../settings/repository';
import type { LockReason } from '../core/types';
import { guardKeyFromKeyring } from './guard-key';
import { IdleTimer } from './idle-timer';
import { SessionLimit } from './session-limit';
import { SignInGuard } from './sign-in-guard';
import type { Vault } from './vault';

export interface Session {
  account: Account;
  gate: SessionGate | null;
}

export interface SessionOptions {
  /** Test harness only: a short idle limit in seconds instead of the clinic's minutes. */
  idleLockSecondsOverride?: number;
  /** Tests only: when the clinic has a maximum session length, these seconds instead of its hours. */
  sessionLimitSecondsOverride?: number;
  /** Runs the idle lock through the same queue as IPC calls, so it never interrupts one. */
  runExclusive?: (task: () => void) => void;
}

type Emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/**
 * The one signed-in person at this computer: their session and its gate (a password to change,
 * a recovery key to confirm), the sign-in guard that slows guessing, the idle lock and the
 * clinic's session limit, and the audited end of it all — lock or sign-out — which closes the
 * vault's database.
 */
export class SessionKeeper {
  readonly guard: SignInGuard;
  private readonly idleTimer: IdleTimer;
  private readonly sessionLimit: SessionLimit;
  private currentSession: Session | null = null;
  private lastUsername: string | null = null;
  private lastEndedBy: 'lock' | 'sign_out' | null = null;

  constructor(
    private readonly vault: Vault,
    private readonly options: SessionOptions,
    private readonly now: () => Date,
    private readonly emit: Emit,
  ) {
    const files = vault.files;
    this.guard = new SignInGuard(files.signInGuard, () => guardKeyFromKeyring(files.keyring));
    const lockExclusive = (reason: LockReason) =>
      options.runExclusive ? options.runExclusive(() => this.lock(reason)) : this.lock(reason);
    this.idleTimer = new IdleTimer(() => lockExclusive('idle'));
    this.sessionLimit = new SessionLimit(() => lockExclusive('session_limit'));
  }

  current(): Session | null {
    return this.currentSession;
  }

  require(): Session {
    if (!this.currentSession)
      throw new DomainError('not_signed_in', 'Please sign in.', undefined, {
        messageKey: 'errors.not_signed_in',
      });
    return this.currentSession;
  }

  begin(account: Account): Session {
    this.currentSession = { account, gate: this.gateFor(account) };
    this.lastUsername = account.username;
    this.lastEndedBy = null;
    this.idleTimer.start(this.idleLockSeconds());
    this.sessionLimit.begin(this.sessionLimitSeconds());
    this.emit('session:changed', {});
    return this.currentSession;
  }

  /** Re-reads the account after it changed (password changed, recovery key confirmed). */
  refresh(account: Account): Session {
    this.currentSession = { account, gate: this.gateFor(account) };
    return this.currentSession;
  }

  /**
   * The session, provided its account is still what it was at sign-in: active, with the same
   * role. Every call asks this (one indexed read), so a role changed or an account deactivated
   * while the person is signed in — here or by another Lantern on the same data folder — ends
   * their session before the old role can do anything more; the next sign-in reads the new role.
   */
  checked(): Session | null {
    const session = this.currentSession;
    if (!session || !this.vault.isOpen) return session;
    const stored = findAccountById(this.vault.database(), session.account.id);
    if (stored && stored.status === 'active' && stored.role === session.account.role) return session;
    this.endForAccountChange(session);
    return null;
  }

  /**
   * An administrator changed an account: if it is the one signed in, a new role or a
   * deactivation ends the session, and anything else (a corrected name) refreshes it.
   */
  accountChanged(account: Account): void {
    const session = this.currentSession;
    if (!session || session.account.id !== account.id) return;
    if (account.status === 'active' && account.role === session.account.role) this.refresh(account);
    else this.endForAccountChange(session);
  }

  /** Ended like a sign-out (nothing resumes on the next sign-in), audited with why. */
  private endForAccountChange(session: Session): void {
    const db = this.vault.database();
    appendAudit(
      db,
      {
        action: 'auth.sign_out',
        actor: { accountId: session.account.id, name: session.account.fullName },
        details: { reason: 'account_changed' },
      },
      this.now(),
    );
    tryAnchorAuditHead(db, this.vault.files.auditAnchors, 'sign_out', this.now());
    this.end('sign_out', 'account_changed');
  }

  private gateFor(account: Account): SessionGate | null {
    if (account.mustChangePassword) return 'password_change';
    if (can(account.role, 'accounts:manage') && !isRecoveryKeyConfirmed(this.vault.database()))
      return 'recovery_key';
    return null;
  }

  info(session: Session): SessionInfo {
    const { account } = session;
    return {
      accountId: account.id,
      username: account.username,
      fullName: account.fullName,
      role: account.role,
      permissions: PERMISSIONS.filter((permission) => can(account.role, permission)),
      mustChangePassword: session.gate === 'password_change',
      recoveryKeyUnconfirmed: session.gate === 'recovery_key',
      teamId: account.teamId,
      language: account.language,
    };
  }

  idleLockSeconds(): number {
    if (this.options.idleLockSecondsOverride) return this.options.idleLockSecondsOverride;
    return this.vault.isOpen ? readSettings(this.vault.database()).idleLockMinutes * 60 : 600;
  }

  /** The clinic's maximum session length in seconds, or null when it has none. */
  sessionLimitSeconds(): number | null {
    const hours = this.vault.isOpen ? readSettings(this.vault.database()).maxSessionHours : null;
    if (hours === null) return null;
    return this.options.sessionLimitSecondsOverride ?? hours * 3600;
  }

  /** After the limit was changed: it applies to the current session, counted from its start. */
  applySessionLimit(): void {
    if (this.currentSession) this.sessionLimit.apply(this.sessionLimitSeconds());
  }

  touch(): number {
    this.idleTimer.touch();
    return this.idleTimer.durationSeconds;
  }

  restartIdleTimer(): void {
    if (this.currentSession) this.idleTimer.start(this.idleLockSeconds());
  }

  get previousEnd(): { username: string | null; endedBy: 'lock' | 'sign_out' | null } {
    return { username: this.lastUsername, endedBy: this.lastEndedBy };
  }

  /**
   * Ends the session: the database is closed and the key buffer overwritten, so nothing in this
   * process can read client data until someone signs in again.
   */
  end(endedBy: 'lock' | 'sign_out', reason: LockReason): void {
    this.idleTimer.stop();
    this.sessionLimit.end();
    this.vault.closeDatabase();
    if (endedBy === 'sign_out') this.lastUsername = null;
    this.lastEndedBy = endedBy;
    this.currentSession = null;
    this.emit('session:locked', { reason });
  }

  /** Locks: idle timer, OS lock or suspend, Ctrl+L, the Lock button. Audited before closing. */
  lock(reason: LockReason): void {
    const session = this.currentSession;
    if (!session || !this.vault.isOpen) return;
    const db = this.vault.database();
    appendAudit(
      db,
      {
        action: 'auth.lock',
        actor: { accountId: session.account.id, name: session.account.fullName },
        details: { reason },
      },
      this.now(),
    );
    tryAnchorAuditHead(db, this.vault.files.auditAnchors, 'lock', this.now());
    this.end('lock', reason);
  }

  signOut(): void {
    const session = this.currentSession;
    if (!session || !this.vault.isOpen) return;
    const db = this.vault.database();
    appendAudit(
      db,
      { action: 'auth.sign_out', actor: { accountId: session.account.id, name: session.account.fullName } },
      this.now(),
    );
    tryAnchorAuditHead(db, this.vault.files.auditAnchors, 'sign_out', this.now());
    this.end('sign_out', 'signed_out');
  }
}
