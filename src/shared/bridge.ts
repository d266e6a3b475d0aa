import type { EventName, EventPayloads } from './contracts/channels';
import type { Result } from './result';

/**
 * The whole API the renderer gets: Electron's preload and the test harness's browser bridge
 * both install exactly this object as `window.lantern`.
 */
export interface LanternBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
