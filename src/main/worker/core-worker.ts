import { parentPort, workerData } from 'node:worker_threads';
import type { LanternCore } from '../core/types';
import type { PathPicker } from '../dialogs/path-picker';
import type { CoreWorkerOptions, FromWorker, PickMethod, ToWorker } from './protocol';

/**
 * The worker thread's entry: builds the core (router, services, database, key, backups, timers)
 * here, off the main thread, and answers the main thread's messages. The main thread only
 * forwards (worker-core.ts).
 */
const port = parentPort;
if (!port) throw new Error('core-worker.ts runs only as a worker thread.');
const options = workerData as CoreWorkerOptions;
// The router turns every error into a Result; this is the last net, like bindIpc's.
const UNEXPECTED = {
  code: 'internal',
  message: 'Something went wrong inside Lantern. Please try again.',
} as const;
const post = (message: FromWorker) => port.postMessage(message);

/** File dialogs belong to the main thread (Electron's dialog): asked for through the port. */
const waitingPicks = new Map<number, (path: string | null) => void>();
let nextPick = 1;
const ask =
  (method: PickMethod) =>
  (request: never): Promise<string | null> =>
    new Promise((resolve) => {
      const id = nextPick++;
      waitingPicks.set(id, resolve);
      post({ type: 'pick', id, method, request });
    });
const picker: PathPicker = {
  pickFolder: ask('pickFolder'),
  pickFile: ask('pickFile'),
  chooseSaveLocation: ask('chooseSaveLocation'),
};

let core: LanternCore;
try {
  // Imported here, not at the top, so a failure while loading the core is reported as such.
  const { createLantern } = await import('../core/lantern');
  const { offThreadSnapshot } = await import('./snapshot-thread');
  core = createLantern({
    ...options,
    pathPicker: picker,
    logError: (channel, report) => post({ type: 'log', channel, report }),
    backupCopier: offThreadSnapshot({
      file: options.snapshotWorkerFile,
      execArgv: options.snapshotExecArgv,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.testHold ? { testHold: options.testHold } : {}),
    }),
  });
} catch (error) {
  const code = (error as { code?: unknown } | null)?.code;
  post({
    type: 'start-failed',
    message: error instanceof Error ? error.message : String(error),
    code: typeof code === 'string' ? code : null,
  });
  process.exit(1);
}

core.onEvent((name, payload) => post({ type: 'event', name, payload }));

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'invoke':
      void core
        .invoke(message.channel, message.input)
        .catch(() => ({ ok: false, error: UNEXPECTED }) as const)
        .then((result) => post({ type: 'result', id: message.id, result }));
      return;
    case 'lock':
      core.lock(message.reason);
      return;
    case 'pick-answer':
      waitingPicks.get(message.id)?.(message.path);
      waitingPicks.delete(message.id);
      return;
    case 'close':
      core.close();
      post({ type: 'closed', id: message.id });
      return;
  }
});

post({ type: 'ready' });
