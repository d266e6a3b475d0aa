import { powerMonitor } from 'electron';
import type { LanternCore } from '../core/types';

/**
 * Locks Lantern when the computer is locked or goes to sleep: whoever unlocks or wakes the
 * machine must sign in to Lantern again. Call after app ready. Returns an unsubscribe function.
 */
export function lockOnSystemEvents(core: LanternCore): () => void {
  const lock = () => core.lock('system');
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
  return () => {
    powerMonitor.off('lock-screen', lock);
    powerMonitor.off('suspend', lock);
  };
}
