import type { EventName, EventPayloads } from '../../shared/contracts/channels';
import type { Result } from '../../shared/result';

export type LockReason = EventPayloads['session:locked']['reason'];

export type EventListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/**
 * Lantern's main-process core, free of Electron: the Electron IPC binding and the loopback
 * test harness both drive exactly this object.
 */
export interface LanternCore {
  /** Runs one IPC call through the router (session, permission and input checks included). */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Events for the renderer (e.g. `session:locked`). Returns an unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  /** Locks now: closes the database, forgets the key. Used by OS lock/suspend and shortcuts. */
  lock(reason: LockReason): void;
  /** Locks and releases everything; call before the process exits. */
  close(): void;
}
