import { contract } from '../../shared/contracts';
import type { ChannelDefinition } from '../../shared/contracts/channel';
import { contextFor } from '../api/context';
import { createHandlers } from '../api/handlers';
import { reportError } from '../api/error-report';
import { createRouter } from '../api/router';
import type { CodeCatalogue } from '../diagnoses/service';
import { CATALOGUE_FILE, loadIcdCatalogue } from '../diagnoses/icd-catalogue';
import type { ShippedInstruments } from '../measures/catalogue';
import { loadShippedInstruments } from '../measures/catalogue';
import type { ShippedNoteFormats } from '../note-formats/formats';
import { loadShippedNoteFormats } from '../note-formats/formats';
import { join, resolve } from 'node:path';
import { backupAtQuit, scheduleBackups } from '../backup/scheduler';
import { runBackupElsewhere } from '../backup/service';
import type { BackupCopier } from '../backup/snapshot';
import type { PathPicker } from '../dialogs/path-picker';
import { noPathPicker } from '../dialogs/path-picker';
import { SerialQueue, UnorderedQueue } from './serial-queue';
import type { LanternCore } from './types';
import type { WorkstationOptions } from '../workstation/workstation';
import { Workstation } from '../workstation/workstation';

export type LanternOptions = WorkstationOptions & {
  logError?: (channel: string, error: unknown) => void;
  /** Folder with the app's data files (code lists); defaults to ./resources of the app. */
  resourcesDir?: string;
  /** The OS file dialogs (Electron), or the harness's test answers; none by default. */
  pathPicker?: PathPicker;
  /**
   * Runs a backup's copy step elsewhere (the worker's backup thread, worker/snapshot-thread.ts).
   * With it, reads and locks are answered while a backup copies; without it (tests driving the
   * core directly) the backup holds the queue from start to end, as it always has.
   */
  backupCopier?: BackupCopier;
};

/** Calls that may run while a backup copies: they only read or append, never delete. */
const ANSWERED_DURING_BACKUP: ReadonlySet<string> = new Set(['app:status', 'caseload:list']);

/** Composes the core: workstation state, services behind the handler table, and the router. */
export function createLantern(options: LanternOptions): LanternCore {
  const queue = new SerialQueue();
  const sink =
    options.logError ??
    ((channel: string, report: unknown) => console.error(`[lantern] ${channel} failed:`, report));
  // Everything logged is a scrubbed report: error texts can quote client information.
  const log = (channel: string, error: unknown) => sink(channel, reportError(error));
  // Locks (idle, session limit, OS, Ctrl+L) go through even while a backup copies elsewhere.
  const lockExclusive = (task: () => void) => void queue.run(task, { duringLongWork: true });
  const ws = new Workstation({ ...options, runExclusive: lockExclusive });
  const handlers = createHandlers(
    ws,
    catalogueLoader(options.resourcesDir),
    options.pathPicker ?? noPathPicker,
    instrumentLoader(options.resourcesDir),
    noteFormatLoader(options.resourcesDir),
    join(options.resourcesDir ?? resolve('resources'), 'templates'),
  ) as unknown as Record<string, (input: unknown, ctx: unknown) => unknown>;
  const copier = options.backupCopier;
  const takeBackup = copier
    ? (kind: 'daily' | 'manual', onStage?: (stage: 'snapshot' | 'verify' | 'finish') => void) =>
        runBackupElsewhere(ws, kind, copier, (work) => queue.stepAside(work), onStage)
    : undefined;
  if (takeBackup) handlers['backup:run'] = manualBackup(ws, takeBackup);
  // The router runs each call as it comes; the queue (here, so that it knows the channel) orders them.
  const route = createRouter(contract as unknown as Record<string, ChannelDefinition>, handlers, {
    queue: new UnorderedQueue(),
    session: () => ws.session.checked(),
    context: contextFor(ws),
    logError: sink,
  });
  const invoke = (channel: string, input: unknown) =>
    queue.run(() => route(channel, input), { duringLongWork: ANSWERED_DURING_BACKUP.has(String(channel)) });
  const stopBackups = scheduleBackups(
    ws,
    queue,
    (error) => log('backup', error),
    takeBackup && (() => takeBackup('daily')),
  );
  return {
    invoke,
    onEvent: (listener) => ws.onEvent(listener),
    lock: (reason) => lockExclusive(() => ws.session.lock(reason)),
    // Quitting takes one more backup, then ends the session like signing out (audited).
    close: () => {
      stopBackups();
      backupAtQuit(ws, (error) => log('backup', error));
      ws.session.signOut();
    },
  };
}

/** `backup:run` with its copy elsewhere; progress events as the handler table's own version. */
function manualBackup(
  ws: Workstation,
  take: (kind: 'manual', onStage: (stage: 'snapshot' | 'verify' | 'finish') => void) => Promise<unknown>,
) {
  const progress = { snapshot: 10, verify: 60, finish: 90 } as const;
  return async () => {
    const summary = await take('manual', (stage) =>
      ws.emit('backup:progress', { stage, percent: progress[stage] }),
    );
    ws.emit('backup:progress', { stage: 'done', percent: 100 });
    return summary;
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

/** The shipped instrument definitions (resources/instruments) are read and checked on first use, once. */
function instrumentLoader(resourcesDir: string | undefined): ShippedInstruments {
  let definitions: ReturnType<ShippedInstruments> | null = null;
  return () => {
    definitions ??= loadShippedInstruments(join(resourcesDir ?? resolve('resources'), 'instruments'));
    return definitions;
  };
}

/** The shipped note formats (resources/note-formats) are read and checked on first use, once. */
function noteFormatLoader(resourcesDir: string | undefined): ShippedNoteFormats {
  let formats: ReturnType<ShippedNoteFormats> | null = null;
  return () => {
    formats ??= loadShippedNoteFormats(join(resourcesDir ?? resolve('resources'), 'note-formats'));
    return formats;
  };
}
