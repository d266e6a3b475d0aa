import type { LanternBridge } from '../../../shared/bridge';

declare global {
  interface Window {
    /** Installed by the Electron preload, or by the test harness's browser bridge. */
    readonly lantern?: LanternBridge;
  }
}

/** The bridge to main, or null when this page was opened without one (e.g. in a plain browser). */
export function findBridge(): LanternBridge | null {
  const candidate = window.lantern;
  if (!candidate || typeof candidate.invoke !== 'function' || typeof candidate.subscribe !== 'function') {
    return null;
  }
  return candidate;
}

/** The bridge; main.tsx checks it exists before the app renders, so this only throws on a bug. */
export function bridge(): LanternBridge {
  const found = findBridge();
  if (!found) throw new Error('window.lantern is missing: Lantern was opened without its bridge.');
  return found;
}
