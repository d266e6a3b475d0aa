import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { LanternCore } from '../core/types';
import { checkIpcSender, type IpcSenderFacts } from '../security/ipc-sender';
import type { Result } from '../../shared/result';

// Must match src/preload/index.ts.
const INVOKE = 'lantern:invoke';
const EVENT = 'lantern:event';

/**
 * Binds the core to Electron IPC for one window: every call is checked for its sender before the
 * core sees it, and core events are pushed to that window. Returns an unbind function.
 */
export function bindIpc(core: LanternCore, window: BrowserWindow, devServerUrl?: string): () => void {
  const contents = window.webContents;

  ipcMain.handle(INVOKE, async (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    const verdict = checkIpcSender(senderFacts(event, window), devServerUrl);
    if (!verdict.trusted) {
      console.warn(`[lantern] refused an IPC call: ${verdict.reason}`);
      return refusal('forbidden', 'This request did not come from Lantern’s own window.');
    }
    if (typeof channel !== 'string') return refusal('unknown_channel', 'Lantern does not know this request.');
    try {
      return await core.invoke(channel, input);
    } catch (error) {
      // The router already turns errors into values; this is the last net so nothing with a
      // stack trace ever crosses to the renderer.
      console.error(`[lantern] ${channel} threw past the router:`, error);
      return refusal('internal', 'Something went wrong inside Lantern. Please try again.');
    }
  });

  const stopForwarding = core.onEvent((name, payload) => {
    if (!contents.isDestroyed()) contents.send(EVENT, name, payload);
  });

  return () => {
    stopForwarding();
    ipcMain.removeHandler(INVOKE);
  };
}

function senderFacts(event: IpcMainInvokeEvent, window: BrowserWindow): IpcSenderFacts {
  try {
    const frame = event.senderFrame;
    const ours = !window.isDestroyed() && event.sender === window.webContents;
    const mainFrame = ours ? window.webContents.mainFrame : null;
    return {
      frameUrl: frame && !frame.detached ? frame.url : undefined,
      fromOurWebContents: ours,
      // Compare by identity first; process + routing id also identifies the same frame if
      // Electron hands out a fresh wrapper object.
      isMainFrame:
        frame !== null &&
        mainFrame !== null &&
        (frame === mainFrame ||
          (frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId)),
    };
  } catch {
    // Electron throws when a frame was disposed mid-call; a vanished sender is not trusted.
    return { frameUrl: undefined, fromOurWebContents: false, isMainFrame: false };
  }
}

function refusal(code: 'forbidden' | 'unknown_channel' | 'internal', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
