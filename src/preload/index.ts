import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { LanternBridge } from '../shared/bridge';
import { CHANNEL_NAMES, EVENT_NAMES, type EventName, type EventPayloads } from '../shared/contracts/channels';
import type { Result } from '../shared/result';

/**
 * The sandboxed preload: it installs `window.lantern` and nothing else. The renderer never sees
 * ipcRenderer or an IPC event object, so a bug or injected script in the page can only call the
 * channels in the contract, and main still checks every call again.
 */

// Must match src/main/electron/ipc.ts.
const INVOKE = 'lantern:invoke';
const EVENT = 'lantern:event';

const knownChannels: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const knownEvents: ReadonlySet<string> = new Set(EVENT_NAMES);

function refused(code: 'unknown_channel' | 'internal', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

const bridge: LanternBridge = {
  async invoke(channel, input) {
    if (typeof channel !== 'string' || !knownChannels.has(channel)) {
      return refused('unknown_channel', 'Lantern does not know this request.');
    }
    try {
      return (await ipcRenderer.invoke(INVOKE, channel, input)) as Result<unknown>;
    } catch {
      // Only a transport failure lands here (e.g. an input that cannot be cloned); main itself
      // always answers with a Result. Keep the promise contract: errors are values.
      return refused('internal', 'Lantern could not deliver this request. Please try again.');
    }
  },

  subscribe<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
    if (!knownEvents.has(event) || typeof listener !== 'function') return () => {};
    const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as EventPayloads[E]);
    };
    ipcRenderer.on(EVENT, forward);
    return () => {
      ipcRenderer.removeListener(EVENT, forward);
    };
  },
};

contextBridge.exposeInMainWorld('lantern', bridge);
