import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

/** Where the worker threads' entry files are, and how Node must load them. */
export interface WorkerFiles {
  core: string;
  snapshot: string;
  workerOptions: Pick<WorkerOptions, 'execArgv'>;
}

/** The Electron build: electron-vite writes both entries beside index.js (electron.vite.config.ts). */
export function builtWorkerFiles(mainOutDir: string): WorkerFiles {
  return {
    core: join(mainOutDir, 'core-worker.js'),
    snapshot: join(mainOutDir, 'snapshot-worker.js'),
    workerOptions: { execArgv: [] },
  };
}

/**
 * From the TypeScript sources (harness under tsx, vitest, benchmarks): the worker loads them
 * through tsx's loader, found from this project, not from wherever the process started.
 */
export function sourceWorkerFiles(): WorkerFiles {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return {
    core: join(here, 'core-worker.ts'),
    snapshot: join(here, 'snapshot-worker.ts'),
    workerOptions: { execArgv: ['--import', tsx] },
  };
}

/** The sources when running from them, else the built files next to this bundle. */
export function coreWorkerFiles(): WorkerFiles {
  return import.meta.url.endsWith('.ts')
    ? sourceWorkerFiles()
    : builtWorkerFiles(fileURLToPath(new URL('.', import.meta.url)));
}
