import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import type { EventName, EventPayloads } from '../../shared/contracts/channels';
import type { InterruptedUpgrade } from '../db/migrate';
import { interruptedUpgrade } from '../db/migrate';
import { dataFiles } from '../paths';
import type { KdfParams } from '../security/kdf';
import { DEFAULT_KDF } from '../security/kdf';
import { completeKeyChange } from '../security/rotate-files';
import type { EventListener } from '../core/types';
import type { SessionOptions } from './session';
import { SessionKeeper } from './session';
import type { VaultOptions } from './vault';
import { Vault } from './vault';

export type { Session } from './session';

export interface WorkstationOptions extends VaultOptions, SessionOptions {
  dataDir: string;
  kdf?: KdfParams;
  now?: () => Date;
  /** Where backups go until an administrator chooses a folder (default: Documents/Lantern Backups). */
  defaultBackupFolder?: string;
}

/**
 * The lifecycle of this Lantern installation: needs setup, locked (database closed, key
 * forgotten), or unlocked by one signed-in person. It finishes what a crash cut short when it
 * starts, and wires the two parts that hold the state: the vault (keyring, database, key) and the
 * session (sign-in guard, gates, idle lock, session limit). Only setup, sign-in, backup/restore
 * and the lifecycle handlers hold it; services get a request context instead.
 */
export class Workstation {
  readonly files: ReturnType<typeof dataFiles>;
  readonly vault: Vault;
  readonly session: SessionKeeper;
  private readonly listeners = new Set<EventListener>();
  /** An upgrade that was cut short (power loss) when this run started, with its safety copy. */
  interrupted: InterruptedUpgrade | null;

  constructor(readonly options: WorkstationOptions) {
    this.files = dataFiles(options.dataDir);
    this.finishInterruptedSetup();
    completeKeyChange(this.files); // a database key change cut short: finished, or undone
    // Read before anyone signs in: the next sign-in re-runs the upgrade and clears the note.
    this.interrupted = interruptedUpgrade(this.files.preMigrationDir);
    this.vault = new Vault(this.files, options.kdf ?? DEFAULT_KDF, options, () =>
      this.session.end('sign_out', 'signed_out'),
    );
    this.session = new SessionKeeper(
      this.vault,
      options,
      () => this.now(),
      (event, payload) => this.emit(event, payload),
    );
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
    if (this.session.current()) return 'unlocked';
    if (!existsSync(this.files.keyring) && !existsSync(this.files.database)) return 'setup';
    return 'locked';
  }

  /** The data folder exists (first run creates it). */
  prepareDataDir(): void {
    mkdirSync(this.options.dataDir, { recursive: true });
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
