import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { guardSession } from './electron/guards';
import { electronPathPicker } from './electron/dialog-picker';
import { bindIpc } from './electron/ipc';
import {
  claimSingleInstance,
  closeCoreOnExit,
  closeOnUnexpectedError,
  guardEveryWebContents,
  quitWhenAllWindowsClosed,
  stopWithExplanation,
} from './electron/lifecycle';
import { installAppMenu } from './electron/menu';
import { lockOnSystemEvents } from './electron/power';
import { loadRenderer, registerAppScheme, serveRenderer } from './electron/protocol';
import { explainStartupFailure, probeDatabaseEngine } from './electron/startup-check';
import { createMainWindow } from './electron/window';
import { resolveDataDir } from './paths';
import { builtWorkerFiles } from './worker/entry-files';
import type { WorkerCore } from './worker/worker-core';
import { startWorkerCore } from './worker/worker-core';

const CORE_KEEPS_STOPPING = {
  title: 'Lantern has to close',
  message:
    'Lantern’s core stopped unexpectedly several times. Everything already saved is safe.\n\n' +
    'Open Lantern again to continue. If this keeps happening, contact whoever supports Lantern.',
};

/**
 * Composition root: decides where data lives, starts the core, and wires the Electron edge
 * around it. Everything here is a one-line decision; the how lives in src/main/electron/.
 */

// Development-only switches are ignored in a packaged build, so nobody can point an installed
// Lantern at another web page (which would receive the bridge) or another native library.
const isDev = !app.isPackaged;
const devServerUrl = isDev ? process.env.ELECTRON_RENDERER_URL : undefined;
const nativeBinding = isDev ? process.env.LANTERN_SQLITE_BINDING : undefined;
const appRoot = app.getAppPath();

// Before app ready: every renderer sandboxed, and the app:// scheme privileged.
app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;

if (!claimSingleInstance(() => mainWindow)) {
  app.quit();
} else {
  guardEveryWebContents(devServerUrl);
  quitWhenAllWindowsClosed();
  app.whenReady().then(start, (error: unknown) => stopWithExplanation(explainStartupFailure(error, '')));
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir({
    argv: process.argv,
    env: process.env,
    platform: process.platform,
    homeDir: homedir(),
  });
  const core = await startCore(dataDir);
  closeOnUnexpectedError(core);

  guardSession(session.defaultSession, { dev: devServerUrl !== undefined });
  if (!devServerUrl) serveRenderer(join(appRoot, 'out', 'renderer'));
  installAppMenu(core, { allowDevTools: isDev });

  const window = createMainWindow({
    // Sandboxed preloads cannot be ES modules, so the preload is built as CommonJS.
    preloadPath: join(appRoot, 'out', 'preload', 'index.cjs'),
    allowDevTools: isDev,
  });
  mainWindow = window;
  window.on('closed', () => {
    mainWindow = null;
  });
  bindIpc(core, window, devServerUrl);
  lockOnSystemEvents(core);
  closeCoreOnExit(core, window);

  try {
    await loadRenderer(window, devServerUrl);
  } catch (error) {
    console.error('[lantern] the renderer did not load:', error);
    stopWithExplanation({
      title: 'Lantern cannot start',
      message:
        'Lantern’s screens could not be loaded. Nothing has been changed.\n\n' +
        'Run the latest Lantern installer again. Developers: run “npm start”, which builds them.',
    });
  }
}

/** Data files (code lists): beside the app when installed (extraResources), the project's otherwise. */
function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
}

/** The core, or a plain explanation and exit — never a blank window or a stack trace. */
async function startCore(dataDir: string): Promise<WorkerCore> {
  try {
    // The installer creates and shares this folder on Windows; this covers other systems and
    // development. mkdir on an existing folder changes nothing, its permissions included.
    mkdirSync(dataDir, { recursive: true });
    await probeDatabaseEngine(nativeBinding);
    // The core (database, key, backups) runs in a worker thread: a long backup never holds up
    // IPC, window events or the lock on suspend. This thread only forwards (worker/worker-core.ts).
    const core = startWorkerCore({
      dataDir,
      resourcesDir: resourcesDir(),
      // Browse… and Save as…: the system's dialogs, modal to the window once it exists. They
      // stay on this thread; the worker asks for them through its port.
      pathPicker: electronPathPicker(() => mainWindow),
      files: builtWorkerFiles(join(appRoot, 'out', 'main')),
      logError: (channel, report) => console.error(`[lantern] ${channel} failed:`, report),
      onGaveUp: () => stopWithExplanation(CORE_KEEPS_STOPPING),
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    await core.ready;
    return core;
  } catch (error) {
    console.error('[lantern] startup failed:', error);
    return stopWithExplanation(explainStartupFailure(error, dataDir));
  }
}
