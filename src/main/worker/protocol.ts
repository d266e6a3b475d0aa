import type { EventName } from '../../shared/contracts/channels';
import type { Result } from '../../shared/result';
import type { LockReason } from '../core/types';
import type { PathPicker } from '../dialogs/path-picker';
import type { KdfParams } from '../security/kdf';

/**
 * The messages between the main thread and the core's worker thread. Everything here is plain
 * data (structured clone); nothing key-related is ever in it: the database key is derived,
 * used and forgotten inside the worker. Each request carries an id its answer repeats.
 */

/** What the worker needs to build the core: only plain values (functions stay in main). */
export interface CoreWorkerOptions {
  dataDir: string;
  resourcesDir?: string;
  defaultBackupFolder?: string;
  nativeBinding?: string;
  kdf?: KdfParams;
  idleLockSecondsOverride?: number;
  sessionLimitSecondsOverride?: number;
  /** The backup's copy-and-verify thread (built file, or .ts run through tsx). */
  snapshotWorkerFile: string;
  /** How Node loads that file (tsx's loader for the sources; nothing for the build). */
  snapshotExecArgv: string[];
  /**
   * Tests only: the backup's copy waits until element 0 of this becomes non-zero, so a test can
   * act "during a long backup" without timing. Never set by the app or the harness.
   */
  testHold?: SharedArrayBuffer;
}

export type PickMethod = keyof PathPicker;
export type PickRequestOf<M extends PickMethod> = Parameters<PathPicker[M]>[0];

export type ToWorker =
  | { type: 'invoke'; id: number; channel: string; input: unknown }
  /** Handled as soon as the worker's thread is free, ahead of queued calls where the queue allows. */
  | { type: 'lock'; reason: LockReason }
  | { type: 'close'; id: number }
  | { type: 'pick-answer'; id: number; path: string | null };

export type FromWorker =
  | { type: 'ready' }
  /** The core could not be built; `code` (ENOSPC, ERR_DLOPEN_FAILED…) lets main explain why. */
  | { type: 'start-failed'; message: string; code: string | null }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; name: EventName; payload: unknown }
  | { type: 'pick'; id: number; method: PickMethod; request: PickRequestOf<PickMethod> }
  /** A scrubbed error report (error-report.ts), never the error itself. */
  | { type: 'log'; channel: string; report: unknown }
  | { type: 'closed'; id: number };
