import { contract } from '../../shared/contracts';
import type { ChannelDefinition } from '../../shared/contracts/channel';
import { contextFor } from '../api/context';
import { createHandlers } from '../api/handlers';
import { reportError } from '../api/error-report';
import { createRouter } from '../api/router';
import type { CodeCatalogue } from '../diagnoses/service';
import { CATALOGUE_FILE, loadIcdCatalogue } from '../diagnoses/icd-catalogue';
import { join, resolve } from 'node:path';
import { backupAtQuit, scheduleBackups } from '../backup/scheduler';
import type { PathPicker } from '../dialogs/path-picker';
import { noPathPicker } from '../dialogs/path-picker';
import { SerialQueue } from './serial-queue';
import type { LanternCore } from './types';
import type { WorkstationOptions } from '../workstation/workstation';
import { Workstation } from '../workstation/workstation';

export type LanternOptions = WorkstationOptions & {
  logError?: (channel: string, error: unknown) => void;
  /** Folder with the app's data files (code lists); defaults to ./resources of the app. */
  resourcesDir?: string;
  /** The OS file dialogs (Electron), or the harness's test answers; none by default. */
  pathPicker?: PathPicker;
};

/** Composes the core: workstation state, services behind the handler table, and the router. */
export function createLantern(options: LanternOptions): LanternCore {
  const queue = new SerialQueue();
  const sink =
    options.logError ??
    ((channel: string, report: unknown) => console.error(`[lantern] ${channel} failed:`, report));
  // Everything logged is a scrubbed report: error texts can quote client information.
  const log = (channel: string, error: unknown) => sink(channel, reportError(error));
  const ws = new Workstation({ ...options, runExclusive: (task) => void queue.run(task) });
  const invoke = createRouter(
    contract as unknown as Record<string, ChannelDefinition>,
    createHandlers(
      ws,
      catalogueLoader(options.resourcesDir),
      options.pathPicker ?? noPathPicker,
    ) as unknown as Parameters<typeof createRouter>[1],
    {
      queue,
      session: () => ws.session(),
      context: contextFor(ws),
      logError: sink,
    },
  );
  const stopBackups = scheduleBackups(ws, queue, (error) => log('backup', error));
  return {
    invoke,
    onEvent: (listener) => ws.onEvent(listener),
    lock: (reason) => void queue.run(() => ws.lock(reason)),
    // Quitting takes one more backup, then ends the session like signing out (audited).
    close: () => {
      stopBackups();
      backupAtQuit(ws, (error) => log('backup', error));
      ws.signOut();
    },
  };
}

/** The diagnosis code list is read on first use, once. */
function catalogueLoader(resourcesDir: string | undefined): () => CodeCatalogue {
  let catalogue: CodeCatalogue | null = null;
  return () => {
    catalogue ??= loadIcdCatalogue(join(resourcesDir ?? resolve('resources'), CATALOGUE_FILE));
    return catalogue;
  };
}
