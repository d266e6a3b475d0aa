import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  _electron,
  test as base,
  expect,
  type BrowserContext,
  type ElectronApplication,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { ELECTRON_APP_ORIGIN, RequestLog } from './request-log';

/**
 * One fresh Lantern per test: a new empty data folder, a real core, the built renderer.
 *
 * - Default (`harness`): `npx tsx src/main/harness/cli.ts --data-dir DIR --port 0 --fast-kdf
 *   --idle-lock-seconds N`, waits for `LANTERN_HARNESS_READY <url>`, opens the URL in Chromium
 *   and stops the harness afterwards.
 * - `LANTERN_E2E_TARGET=electron`: launches the real app with Playwright's Electron mode,
 *   `electron . --data-dir DIR`. The app has no fast-KDF or idle-override switches (by design),
 *   so sign-ins use the production Argon2id cost and the idle test sets the shortest setting
 *   the clinic can choose (1 minute). This path needs the Electron binary, which this
 *   development machine does not have; it has not been run here.
 */

export type Target = 'harness' | 'electron';

export interface Lantern {
  page: Page;
  target: Target;
  dataDir: string;
  /** The idle limit in force, in seconds (harness: the override; Electron: clinic setting). */
  idleLockSeconds: number;
}

/** A Lantern started by `startLantern`, which can be stopped before the test ends. */
export interface StartedLantern extends Lantern {
  /** Stops it (a harness takes its quit backup first); its data folder stays until the test ends. */
  stop(): Promise<void>;
}

/**
 * Starts another Lantern in the same test: a second computer (a new empty data folder) or the
 * same computer again after a restart (`dataDir` of one that was stopped). Everything it started
 * is stopped, and every folder it made removed, when the test ends.
 */
export type StartLantern = (options?: { dataDir?: string }) => Promise<StartedLantern>;

interface Options {
  /** Harness only: seconds of inactivity before the core locks. */
  idleLockSeconds: number;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY = /^LANTERN_HARNESS_READY (\S+)$/m;
export const TARGET: Target = process.env.LANTERN_E2E_TARGET === 'electron' ? 'electron' : 'harness';

type Fixtures = Options & { lantern: Lantern; startLantern: StartLantern; requests: RequestLog };

/** The harness in Chromium: a page from Playwright's own browser fixture. */
const harnessLantern = async (
  { page, idleLockSeconds, requests }: { page: Page; idleLockSeconds: number; requests: RequestLog },
  use: (lantern: Lantern) => Promise<void>,
  testInfo: TestInfo,
) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-e2e-'));
  const harness = await startHarness(dataDir, idleLockSeconds, testInfo.outputPath('harness.log'));
  try {
    requests.allowOrigin(harness.url);
    requests.watch(page.context());
    await page.goto(harness.url);
    await use({ page, target: 'harness', dataDir, idleLockSeconds });
  } finally {
    await harness.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

/** The packaged app's first window; no browser is launched for it. */
const electronLantern = async (
  { requests }: { requests: RequestLog },
  use: (lantern: Lantern) => Promise<void>,
) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-e2e-'));
  const app = await launchElectron(dataDir, requests);
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    // The clinic's default idle limit (10 minutes); the idle test lowers it to 1 minute.
    await use({ page: window, target: 'electron', dataDir, idleLockSeconds: 600 });
  } finally {
    await app.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
};

/** Harness: each Lantern in its own page of the test's browser context. */
const harnessStartLantern = async (
  {
    context,
    idleLockSeconds,
    requests,
  }: { context: BrowserContext; idleLockSeconds: number; requests: RequestLog },
  use: (start: StartLantern) => Promise<void>,
  testInfo: TestInfo,
) => {
  requests.watch(context);
  const stops: (() => Promise<void>)[] = [];
  const madeDirs: string[] = [];
  const start: StartLantern = async (options = {}) => {
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lantern-e2e-'));
    if (!options.dataDir) madeDirs.push(dataDir);
    const log = testInfo.outputPath(`harness-started-${stops.length + 1}.log`);
    const harness = await startHarness(dataDir, idleLockSeconds, log);
    requests.allowOrigin(harness.url);
    const page = await context.newPage();
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await page.close().catch(() => undefined);
      await harness.stop();
    };
    stops.push(stop);
    await page.goto(harness.url);
    return { page, target: 'harness', dataDir, idleLockSeconds, stop };
  };
  try {
    await use(start);
  } finally {
    for (const stop of stops) await stop();
    for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
  }
};

/** Electron: each Lantern is its own app with its own first window. */
const electronStartLantern = async (
  { requests }: { requests: RequestLog },
  use: (start: StartLantern) => Promise<void>,
) => {
  const stops: (() => Promise<void>)[] = [];
  const madeDirs: string[] = [];
  const start: StartLantern = async (options = {}) => {
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lantern-e2e-'));
    if (!options.dataDir) madeDirs.push(dataDir);
    const app = await launchElectron(dataDir, requests);
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await app.close().catch(() => undefined);
    };
    stops.push(stop);
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    return { page: window, target: 'electron', dataDir, idleLockSeconds: 600, stop };
  };
  try {
    await use(start);
  } finally {
    for (const stop of stops) await stop();
    for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
  }
};

/** Fails the test on any recorded request outside the allowed origins. */
async function checkRequests(log: RequestLog, use: (log: RequestLog) => Promise<void>) {
  await use(log);
  const foreign = log.foreign();
  expect(foreign, `requests that left Lantern's origin (${log.origins().join(', ')})`).toEqual([]);
}

/** Harness: the whole browser context is watched, so a page a test opens by itself counts too. */
const harnessRequests = async (
  { context }: { context: BrowserContext },
  use: (log: RequestLog) => Promise<void>,
) => {
  const log = new RequestLog();
  log.watch(context);
  await checkRequests(log, use);
};

/** Electron: each app's context is watched when it is launched (see launchElectron). */
// Playwright requires a destructuring pattern here, even an empty one.
// eslint-disable-next-line no-empty-pattern
const electronRequests = async ({}, use: (log: RequestLog) => Promise<void>) =>
  checkRequests(new RequestLog(), use);

export const test = base.extend<Fixtures>({
  // Every request any page of the test makes; the test fails if one left Lantern's own origin.
  requests: [
    (TARGET === 'electron' ? electronRequests : harnessRequests) as typeof harnessRequests,
    { auto: true },
  ],
  // Long by default so a slow machine never locks a test by accident; idle tests set it short.
  idleLockSeconds: [600, { option: true }],
  // Chosen once: Playwright reads a fixture's parameters to know what it needs, so the Electron
  // variant asks for no page (and so starts no browser).
  lantern: (TARGET === 'electron' ? electronLantern : harnessLantern) as typeof harnessLantern,
  startLantern: (TARGET === 'electron'
    ? electronStartLantern
    : harnessStartLantern) as typeof harnessStartLantern,
});

export { expect };
export { RequestLog } from './request-log';

async function launchElectron(dataDir: string, requests: RequestLog): Promise<ElectronApplication> {
  const app = await _electron.launch({
    args: ['.', '--data-dir', dataDir],
    cwd: REPO_ROOT,
    env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: 'true' } as Record<string, string>,
  });
  requests.allowOrigin(ELECTRON_APP_ORIGIN);
  requests.watch(app.context());
  return app;
}

interface Harness {
  url: string;
  stop(): Promise<void>;
}

async function startHarness(dataDir: string, idleLockSeconds: number, logFile: string): Promise<Harness> {
  // Node itself, not npx: the test must wait for the very process that writes the data folder
  // (it takes a backup when it quits) before the folder is removed.
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/main/harness/cli.ts',
      '--data-dir',
      dataDir,
      '--port',
      '0',
      '--fast-kdf',
      '--idle-lock-seconds',
      String(idleLockSeconds),
    ],
    // Its own process group, so nothing it starts outlives the test.
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The harness did not become ready within 90 s. Output:\n${output}`));
    }, 90_000);
    const check = () => {
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The harness exited (code ${code}) before it was ready. Output:\n${output}`));
    });
  });

  return {
    url,
    stop: async () => {
      await stopProcessGroup(child);
      // Kept beside the test's other output (trace, failure screenshot) for diagnosis.
      mkdirSync(dirname(logFile), { recursive: true });
      writeFileSync(logFile, output);
    },
  };
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  const pid = child.pid;
  return new Promise<void>((done) => {
    const force = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(force);
      done();
    }
  });
}
