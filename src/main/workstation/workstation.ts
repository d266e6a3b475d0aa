import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import type { EventName, EventPayloads } from '../../shared/contracts/channels';
import type { SessionGate } from '../../shared/contracts/channel';
import type { SessionInfo } from '../../shared/contracts/session';
import { PERMISSIONS, can } from '../../shared/domain/roles';
import type { Account } from '../../shared/contracts/accounts';
import { tryAnchorAuditHead } from '../audit/anchors';
import { appendAudit } from '../audit/service';
import { guardKeyFromKeyring } from '../auth/guard-key';
import { SignInGuard } from '../auth/sign-in-guard';
import { IdleTimer } from '../auth/idle-timer';
import { SessionLimit } from '../auth/session-limit';
import { openClinicDatabase } from '../db/clinic-database';
import type { InterruptedUpgrade, Migration } from '../db/migrate';
import { interruptedUpgrade } from '../db/migrate';
import type { Db } from '../db/open';
import { DomainError, wrongState } from '../errors';
import { dataFiles } from '../paths';
import type { KdfParams } from '../security/kdf';
import { DEFAULT_KDF } from '../security/kdf';
import { Keyring, KeyringError } from '../security/keyring';
import { completeKeyChange } from '../security/rotate-files';
import { isRecoveryKeyConfirmed, readSettings } from '../settings/repository';
import type { EventListener, LockReason } from '../core/types';

export interface WorkstationOptions {
  dataDir: string;
  nativeBinding?: string;
  kdf?: KdfParams;
  /** Test harness only: a short idle limit in seconds instead of the clinic's minutes. */
  idleLockSecondsOverride?: number;
  /** Tests only: when the clinic has a maximum session length, these seconds instead of its hours. */
  sessionLimitSecondsOverride?: number;
  now?: () => Date;
  /** Where backups go until an administrator chooses a folder (default: Documents/Lantern Backups). */
  defaultBackupFolder?: string;
  /** Tests only: the schema migrations to apply (default: all of Lantern's). */
  migrations?: readonly Migration[];
  /** Runs the idle lock through the same queue as IPC calls, so it never interrupts one. */
  runExclusive?: (task: () => void) => void;
}

export interface Session {
  account: Account;
  gate: SessionGate | null;
}

/**
 * The state of this Lantern installation: needs setup, locked (database closed, key forgotten),
 * or unlocked by one signed-in person. Services ask it for the open database and the session;
 * only it opens and closes the database.
 */
export class Workstation {
  readonly files: ReturnType<typeof dataFiles>;
  readonly guard: SignInGuard;
  readonly kdf: KdfParams;
  private readonly idleTimer: IdleTimer;
  private readonly sessionLimit: SessionLimit;
  private readonly listeners = new Set<EventListener>();
  private db: Db | null = null;
  private databaseKey: Buffer | null = null;
  private keyringCache: Keyring | null = null;
  private current: Session | null = null;
  private lastUsername: string | null = null;
  private lastEndedBy: 'lock' | 'sign_out' | null = null;
  /** An upgrade that was cut short (power loss) when this run started, with its safety copy. */
  interrupted: InterruptedUpgrade | null;

  constructor(readonly options: WorkstationOptions) {
    this.files = dataFiles(options.dataDir);
    this.kdf = options.kdf ?? DEFAULT_KDF;
    this.finishInterruptedSetup();
    completeKeyChange(this.files); // a database key change cut short: finished, or undone
    // Read before anyone signs in: the next sign-in re-runs the upgrade and clears the note.
    this.interrupted = interruptedUpgrade(this.files.preMigrationDir);
    this.guard = new SignInGuard(this.files.signInGuard, () => guardKeyFromKeyring(this.files.keyring));
    const lockExclusive = (reason: LockReason) =>
      options.runExclusive ? options.runExclusive(() => this.lock(reason)) : this.lock(reason);
    this.idleTimer = new IdleTimer(() => lockExclusive('idle'));
    this.sessionLimit = new SessionLimit(() => lockExclusive('session_limit'));
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /**
   * Setup writes the database under a temporary name, then the keyring, then renames the
   * database. A crash in between is finished (keyring written) or undone (keyring missing).
   */
  private finishInterruptedSetup(): void {
    const partial = `${this.files.database}.partial`;
    if (!existsSync(partial)) return;
    if (existsSync(this.files.keyring) && !existsSync(this.files.database)) {
      renameSync(partial, this.files.database);
    } else if (!existsSync(this.files.keyring)) {
      rmSync(partial, { force: true });
    }
  }

  get state(): 'setup' | 'locked' | 'unlocked' {
    if (this.current) return 'unlocked';
    if (!existsSync(this.files.keyring) && !existsSync(this.files.database)) return 'setup';
    return 'locked';
  }

  // ---- keyring -------------------------------------------------------------------------------

  async keyring(): Promise<Keyring> {
    // A key change whose swap failed in this run is put in place before the keyring is used.
    if (!this.db && existsSync(this.files.keyChangeMarker)) {
      completeKeyChange(this.files);
      this.keyringCache = null;
    }
    if (this.keyringCache) return this.keyringCache;
    if (!existsSync(this.files.keyring)) {
      throw new DomainError(
        'keyring_corrupt',
        'The keyring file (lantern.keyring) is missing beside the clinic database. Restore it from a backup; without it the data cannot be opened.',
        undefined,
        { messageKey: 'errors.keyring_missing' },
      );
    }
    try {
      this.keyringCache = await Keyring.load(this.files.keyring);
      return this.keyringCache;
    } catch (error) {
      if (error instanceof KeyringError)
        throw new DomainError('keyring_corrupt', error.message, undefined, {
          messageKey: 'errors.keyring_damaged',
        });
      throw error;
    }
  }

  adoptKeyring(keyring: Keyring): void {
    this.keyringCache = keyring;
  }

  /** The data folder exists (first run creates it). */
  prepareDataDir(): void {
    mkdirSync(this.options.dataDir, { recursive: true });
  }

  /** After the keyring file was replaced (restore), read it afresh next time. */
  forgetKeyring(): void {
    this.keyringCache = null;
  }

  // ---- database ------------------------------------------------------------------------------

  /** Opens the database with an unwrapped key. The workstation now owns the key buffer. */
  openDatabase(databaseKey: Buffer, file = this.files.database, create = false): Db {
    let db: Db;
    try {
      ({ db } = openClinicDatabase(file, databaseKey, {
        preMigrationDir: this.files.preMigrationDir,
        create,
        ...(this.options.migrations ? { migrations: this.options.migrations } : {}),
        ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
      }));
    } catch (error) {
      databaseKey.fill(0);
      throw error;
    }
    this.db = db;
    this.databaseKey = databaseKey;
    return db;
  }

  /** Closes the database without a session (a refused sign-in, or setup renaming the file). */
  closeDatabase(): void {
    this.db?.close();
    this.db = null;
    this.databaseKey?.fill(0);
    this.databaseKey = null;
  }

  /**
   * Database key change (security/rotate-database-key.ts): `swap` puts the re-keyed files in
   * place while the database is closed; then it is reopened under `nextKey` and the keyring read
   * afresh, and the session carries on. The workstation owns `nextKey` from here.
   */
  replaceDatabaseKey(nextKey: Buffer, swap: () => void): void {
    this.closeDatabase();
    this.forgetKeyring();
    try {
      swap();
      this.openDatabase(nextKey);
    } catch (error) {
      // The change is committed; the next start finishes the swap. Until then nothing is open.
      nextKey.fill(0);
      this.end('sign_out', 'signed_out');
      throw error;
    }
  }

  database(): Db {
    if (!this.db) throw wrongState('errors.locked', 'Lantern is locked. Sign in first.');
    return this.db;
  }

  key(): Buffer {
    if (!this.databaseKey) throw wrongState('errors.locked', 'Lantern is locked. Sign in first.');
    return this.databaseKey;
  }

  // ---- session -------------------------------------------------------------------------------

  session(): Session | null {
    return this.current;
  }

  requireSession(): Session {
    if (!this.current)
      throw new DomainError('not_signed_in', 'Please sign in.', undefined, {
        messageKey: 'errors.not_signed_in',
      });
    return this.current;
  }

  begin(account: Account): Session {
    this.current = { account, gate: this.gateFor(account) };
    this.lastUsername = account.username;
    this.lastEndedBy = null;
    this.idleTimer.start(this.idleLockSeconds());
    this.sessionLimit.begin(this.sessionLimitSeconds());
    this.emit('session:changed', {});
    return this.current;
  }

  /** Re-reads the account after it changed (password changed, recovery key confirmed). */
  refresh(account: Account): Session {
    this.current = { account, gate: this.gateFor(account) };
    return this.current;
  }

  private gateFor(account: Account): SessionGate | null {
    if (account.mustChangePassword) return 'password_change';
    if (can(account.role, 'accounts:manage') && !isRecoveryKeyConfirmed(this.database()))
      return 'recovery_key';
    return null;
  }

  sessionInfo(session: Session): SessionInfo {
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
    return this.db ? readSettings(this.db).idleLockMinutes * 60 : 600;
  }

  /** The clinic's maximum session length in seconds, or null when it has none. */
  sessionLimitSeconds(): number | null {
    const hours = this.db ? readSettings(this.db).maxSessionHours : null;
    if (hours === null) return null;
    return this.options.sessionLimitSecondsOverride ?? hours * 3600;
  }

  /** After the limit was changed: it applies to the current session, counted from its start. */
  applySessionLimit(): void {
    if (this.current) this.sessionLimit.apply(this.sessionLimitSeconds());
  }

  touch(): number {
    this.idleTimer.touch();
    return this.idleTimer.durationSeconds;
  }

  restartIdleTimer(): void {
    if (this.current) this.idleTimer.start(this.idleLockSeconds());
  }

  get previousEnd(): { username: string | null; endedBy: 'lock' | 'sign_out' | null } {
    return { username: this.lastUsername, endedBy: this.lastEndedBy };
  }

  /**
   * Ends the session: the database is closed and the key buffer overwritten, so nothing in this
   * process can read client data until someone signs in again.
   */
  private end(endedBy: 'lock' | 'sign_out', reason: LockReason): void {
    this.idleTimer.stop();
    this.sessionLimit.end();
    this.db?.close();
    this.db = null;
    this.databaseKey?.fill(0);
    this.databaseKey = null;
    if (endedBy === 'sign_out') this.lastUsername = null;
    this.lastEndedBy = endedBy;
    this.current = null;
    this.emit('session:locked', { reason });
  }

  /** Locks: idle timer, OS lock or suspend, Ctrl+L, the Lock button. Audited before closing. */
  lock(reason: LockReason): void {
    const session = this.current;
    if (!session || !this.db) return;
    appendAudit(
      this.db,
      {
        action: 'auth.lock',
        actor: { accountId: session.account.id, name: session.account.fullName },
        details: { reason },
      },
      this.now(),
    );
    tryAnchorAuditHead(this.db, this.files.auditAnchors, 'lock', this.now());
    this.end('lock', reason);
  }

  signOut(): void {
    const session = this.current;
    if (!session || !this.db) return;
    appendAudit(
      this.db,
      { action: 'auth.sign_out', actor: { accountId: session.account.id, name: session.account.fullName } },
      this.now(),
    );
    tryAnchorAuditHead(this.db, this.files.auditAnchors, 'sign_out', this.now());
    this.end('sign_out', 'signed_out');
  }

  // ---- events --------------------------------------------------------------------------------

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
