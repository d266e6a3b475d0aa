import { app, dialog, type BrowserWindow } from 'electron';
import type { LanternCore } from '../core/types';
import type { WorkerCore } from '../worker/worker-core';
import { guardWebContents } from './guards';
import type { StartupProblem } from './startup-check';

/**
 * App-level events: one running Lantern, guards on every web page, the core closed on the way
 * out. Each function wires one concern so index.ts reads as a list of decisions.
 */

/**
 * Returns false when Lantern is already running; the caller then quits. The running copy brings
 * its window forward, so double-clicking the shortcut again "opens Lantern" as people expect.
 */
export function claimSingleInstance(existingWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = existingWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}

/** Register before any window exists, so the main window is guarded like any other. */
export function guardEveryWebContents(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devServerUrl));
}

/**
 * Closes the core (quit backup, database closed, key forgotten) exactly once, however the app
 * ends. The core runs in a worker: quitting waits for it to finish, then quits for real.
 */
export function closeCoreOnExit(core: WorkerCore, window: BrowserWindow): void {
  let closed: Promise<void> | null = null;
  let finished = false;
  app.on('before-quit', (event) => {
    if (finished) return;
    event.preventDefault();
    closed ??= core.closeAndWait().finally(() => {
      finished = true;
      app.quit();
    });
  });
  // Windows log-off and shutdown end the app without before-quit and without waiting: the
  // worker is asked to close at once and gets as far as the system lets it.
  window.on('session-end', () => {
    closed ??= core.closeAndWait();
  });
}

/** Lantern has one window; closing it ends the app on every platform, macOS included. */
export function quitWhenAllWindowsClosed(): void {
  app.on('window-all-closed', () => app.quit());
}

/** A plain explanation instead of a blank window or a stack trace, then exit. */
export function stopWithExplanation(problem: StartupProblem): never {
  dialog.showErrorBox(problem.title, problem.message);
  app.exit(1);
  // app.exit does not return in practice; this keeps the type honest if it ever does.
  process.exit(1);
}

/**
 * Replaces Electron's default crash dialog (which shows a stack trace) with a plain one, after
 * locking so no decrypted data outlives the failure.
 */
export function closeOnUnexpectedError(core: LanternCore): void {
  process.on('uncaughtException', (error) => {
    console.error('[lantern] unexpected error in main:', error);
    try {
      core.close();
    } catch {
      // Already failing; the exit below matters more.
    }
    stopWithExplanation({
      title: 'Lantern has to close',
      message:
        'Lantern hit an unexpected problem and has to close. Everything already saved is safe; ' +
        'anything not yet saved on the current screen may need to be entered again.\n\n' +
        'Open Lantern again to continue. If this keeps happening, contact whoever supports Lantern.',
    });
  });
}
