import type { SerialQueue } from '../core/serial-queue';
import type { Workstation } from '../workstation/workstation';
import { dailyBackupDue, readBackupSettings, runBackup } from './service';

const CHECK_EVERY_MS = 60 * 60_000;

/**
 * Automatic backups need the database key, so they run while someone is signed in: at sign-in
 * when the last one is a day old, hourly after that, and when Lantern quits. A failure is
 * recorded (Administration and the Today warning show it) and never interrupts the person.
 */
export function scheduleBackups(
  ws: Workstation,
  queue: SerialQueue,
  log: (error: unknown) => void,
  /** How to take the daily backup (the worker copies on another thread); runBackup by default. */
  takeDaily: () => unknown = () => runBackup(ws, 'daily'),
): () => void {
  const runIfDue = () =>
    queue
      .run(() => {
        if (ws.state === 'unlocked' && !ws.session.current()?.gate && dailyBackupDue(ws)) return takeDaily();
      })
      .catch(log);
  const unsubscribe = ws.onEvent((event) => {
    if (event === 'session:changed') void runIfDue();
  });
  const timer = setInterval(() => void runIfDue(), CHECK_EVERY_MS);
  timer.unref();
  return () => {
    unsubscribe();
    clearInterval(timer);
  };
}

/** At quit: one more backup if automatic backups are on and the data is open. */
export function backupAtQuit(ws: Workstation, log: (error: unknown) => void): void {
  try {
    if (ws.state === 'unlocked' && !ws.session.current()?.gate && readBackupSettings(ws).automatic)
      runBackup(ws, 'quit');
  } catch (error) {
    log(error);
  }
}
