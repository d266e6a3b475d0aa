import { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/result';
import type { EventListener, LanternCore } from '../core/types';
import type { PathPicker } from '../dialogs/path-picker';
import { noPathPicker } from '../dialogs/path-picker';
import { coreWorkerFiles, type WorkerFiles } from './entry-files';
import type { CoreWorkerOptions, FromWorker, PickMethod, ToWorker } from './protocol';

export type WorkerCoreOptions = Omit<CoreWorkerOptions, 'snapshotWorkerFile' | 'snapshotExecArgv'> & {
  /** The OS dialogs (Electron) or the harness's test answers; they stay on this thread. */
  pathPicker?: PathPicker;
  logError?: (channel: string, report: unknown) => void;
  /** Built worker files (Electron); the .ts sources through tsx otherwise (harness, tests). */
  files?: WorkerFiles;
  /** The worker stopped unexpectedly more often than it may be restarted: tell the person. */
  onGaveUp?: (reason: string) => void;
};

/** The main thread's side of the core: a LanternCore that forwards to the worker. */
export interface WorkerCore extends LanternCore {
  /** Resolves once the worker has built the core (rejects if it could not). */
  ready: Promise<void>;
  /** close(), then wait for the worker to finish its quit backup and sign-out, and stop it. */
  closeAndWait(): Promise<void>;
  /** Tests only: stops the worker as a crash would (not a close), to see it reported and restarted. */
  simulateCrash(): Promise<void>;
  /** Every message that crossed the port, for tests that check nothing key-related did. */
  readonly traffic?: (ToWorker | FromWorker)[];
}

const MAX_RESTARTS = 3;
const CRASHED = {
  code: 'internal',
  message: 'Lantern’s core stopped unexpectedly and was restarted; it is locked. Please sign in again.',
} as const;

/**
 * Starts the core in a worker thread. Calls keep their order; answers match requests by id.
 * A worker that dies is restarted (locked, as after a restart of the app) and every call in
 * flight is answered with an `internal` Result; after MAX_RESTARTS, `onGaveUp` is told.
 */
export function startWorkerCore(
  options: WorkerCoreOptions,
  debug: { recordTraffic?: boolean } = {},
): WorkerCore {
  const { pathPicker = noPathPicker, logError, files = coreWorkerFiles(), onGaveUp, ...plain } = options;
  const workerOptions: CoreWorkerOptions = {
    ...plain,
    snapshotWorkerFile: files.snapshot,
    snapshotExecArgv: files.workerOptions.execArgv ?? [],
  };
  const listeners = new Set<EventListener>();
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const closing = new Map<number, () => void>();
  const traffic: (ToWorker | FromWorker)[] | undefined = debug.recordTraffic ? [] : undefined;
  let nextId = 1;
  let restarts = 0;
  let stopping = false;
  let closed: Promise<void> | null = null;
  let worker: Worker;
  let ready!: Promise<void>;

  const send = (message: ToWorker) => {
    traffic?.push(message);
    worker.postMessage(message);
  };
  const emit = (name: string, payload: unknown) => {
    for (const listener of listeners) (listener as (n: string, p: unknown) => void)(name, payload);
  };

  const answerPick = async (id: number, method: PickMethod, request: never) => {
    let path: string | null = null;
    try {
      path = await (pathPicker[method] as (r: never) => Promise<string | null>)(request);
    } catch (error) {
      logError?.('dialog', { message: String(error) });
    }
    send({ type: 'pick-answer', id, path });
  };

  const spawn = () => {
    worker = new Worker(files.core, { workerData: workerOptions, ...files.workerOptions });
    let started = false;
    ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromWorker) => {
        traffic?.push(message);
        switch (message.type) {
          case 'ready':
            started = true;
            return resolve();
          case 'start-failed':
            return reject(
              Object.assign(new Error(message.message), message.code ? { code: message.code } : {}),
            );
          case 'result':
            pending.get(message.id)?.(message.result);
            pending.delete(message.id);
            return;
          case 'event':
            return emit(message.name, message.payload);
          case 'pick':
            return void answerPick(message.id, message.method, message.request as never);
          case 'log':
            return logError?.(message.channel, message.report);
          case 'closed':
            closing.get(message.id)?.();
            closing.delete(message.id);
            return;
        }
      });
      worker.on('error', (error) => {
        logError?.('worker', { message: error.message });
        reject(error);
      });
    });
    ready.catch(() => undefined);
    worker.on('exit', (code) => {
      for (const answer of pending.values()) answer({ ok: false, error: CRASHED });
      pending.clear();
      for (const done of closing.values()) done();
      closing.clear();
      // A core that could not even start is explained by `ready` rejecting, not retried.
      if (stopping || !started) return;
      logError?.('worker', { message: `the core's worker stopped (exit code ${code})` });
      // The renderer shows sign-in: the restarted core is locked, like a fresh start.
      emit('session:locked', { reason: 'system' });
      if (++restarts > MAX_RESTARTS) return onGaveUp?.(`the core stopped ${restarts} times`);
      spawn();
    });
  };
  spawn();

  const core: WorkerCore = {
    get ready() {
      return ready;
    },
    invoke: (channel, input) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        send({ type: 'invoke', id, channel, input });
      }),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lock: (reason) => send({ type: 'lock', reason }),
    close: () => void core.closeAndWait(),
    closeAndWait: () => {
      stopping = true;
      closed ??= new Promise<void>((resolve) => {
        const id = nextId++;
        closing.set(id, resolve);
        send({ type: 'close', id });
      }).then(() => worker.terminate().then(() => undefined));
      return closed;
    },
    simulateCrash: () => worker.terminate().then(() => undefined),
    ...(traffic ? { traffic } : {}),
  };
  return core;
}
