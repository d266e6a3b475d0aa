/**
 * How the app answers while a large backup runs (issue 8, item 9). Not a test: it prints figures.
 *
 *   npm run bench:worker -- [--clients 20000] [--data-dir DIR] [--mode worker|direct|both]
 *
 * Seeds a synthetic clinic (scripts/seed-demo.ts; 100,000 clients take about 70 s; a --data-dir
 * already seeded is reused), signs in as its demo administrator, starts `backup:run` and, every
 * 50 ms until it answers, sends `app:status` and `caseload:list`. Prints the answer times during
 * the backup (p50/p95/max) and this thread's event-loop delay (perf_hooks monitorEventLoopDelay).
 * `worker` is the app as it runs now (core in a worker thread, the copy on its own thread);
 * `direct` is the core on this thread, as before, for comparison. Targets: p95 ≤ 100 ms, lag ≤ 20 ms.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createLantern } from '../src/main/core/lantern';
import type { LanternCore } from '../src/main/core/types';
import { dataFiles } from '../src/main/paths';
import { startWorkerCore } from '../src/main/worker/worker-core';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '20000' },
    'data-dir': { type: 'string' },
    mode: { type: 'string', default: 'both' },
  },
});
const clients = Number(values.clients);
if (!Number.isInteger(clients) || clients < 1) throw new Error('--clients N: a whole number ≥ 1');
const mode = values.mode as 'worker' | 'direct' | 'both';
if (!['worker', 'direct', 'both'].includes(mode)) throw new Error('--mode worker|direct|both');

// The demo clinic's administrator (scripts/seed-demo.ts); synthetic data only.
const ADMIN = { username: 'demo.admin', password: 'demo-harbor-lamp-2718' };
const EVERY_MS = 50;

const ownDir = values['data-dir'] === undefined;
const dataDir = resolve(values['data-dir'] ?? mkdtempSync(join(os.tmpdir(), 'lantern-bench-worker-')));
const backups = join(dataDir, 'bench-backups');

if (!existsSync(dataFiles(dataDir).database)) {
  console.log(`Seeding ${clients.toLocaleString('en-US')} synthetic clients in ${dataDir} …`);
  const start = performance.now();
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/seed-demo.ts', '--clients', String(clients), '--data-dir', dataDir],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`  seeded in ${((performance.now() - start) / 1000).toFixed(1)} s`);
} else console.log(`Reusing the clinic in ${dataDir}`);

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number)
    : NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** This thread's event-loop delay with nothing to do: the machine's own noise (shared CPUs). */
async function idleLag(seconds: number): Promise<void> {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  await new Promise((done) => setTimeout(done, seconds * 1000));
  lag.disable();
  console.log(
    `\nidle baseline (${seconds} s, no core): event-loop delay p50 ${ms(lag.percentile(50) / 1e6)}` +
      `  p99 ${ms(lag.percentile(99) / 1e6)}  max ${ms(lag.max / 1e6)}`,
  );
}

async function measure(label: string, core: LanternCore): Promise<void> {
  const must = async (channel: string, input: unknown) => {
    const result = await core.invoke(channel, input);
    if (!result.ok) throw new Error(`${channel} refused: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  await must('auth:signIn', ADMIN);
  await must('backup:updateSettings', { folder: backups, automatic: false, keepDaily: 14, keepMonthly: 12 });
  await must('caseload:list', {}); // warm: statistics and page cache, as after a sign-in

  const answers: Record<string, number[]> = { 'app:status': [], 'caseload:list': [] };
  const lag = monitorEventLoopDelay({ resolution: 10 });
  let backupDone = false;
  const started = performance.now();
  lag.enable();
  // The histogram only records when the loop gets to run; a thread blocked for the whole backup
  // shows as one long gap between these ticks instead.
  let lastTick = performance.now();
  let longestStall = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestStall = Math.max(longestStall, now - lastTick - 10);
    lastTick = now;
  }, 10);
  const backup = must('backup:run', {}).finally(() => (backupDone = true));
  const inFlight: Promise<void>[] = [];
  const ask = (channel: string, input: unknown) => {
    const sent = performance.now();
    inFlight.push(
      must(channel, input).then(() => {
        // Only answers to questions asked during the backup count.
        (answers[channel] as number[]).push(performance.now() - sent);
      }),
    );
  };
  const timer = setInterval(() => {
    if (backupDone) return;
    ask('app:status', {});
    ask('caseload:list', { offset: Math.floor(Math.random() * 1000), limit: 100 });
  }, EVERY_MS);
  await backup;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  longestStall = Math.max(longestStall, performance.now() - lastTick - 10);
  clearInterval(ticker);
  lag.disable();
  await Promise.all(inFlight);
  await must('auth:signOut', {});

  console.log(
    `\n${label}: backup of ${clients.toLocaleString('en-US')} clients took ${seconds.toFixed(1)} s`,
  );
  for (const [channel, times] of Object.entries(answers)) {
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `  ${channel.padEnd(14)} ${String(sorted.length).padStart(4)} answers  p50 ${ms(percentile(sorted, 50))}` +
        `  p95 ${ms(percentile(sorted, 95))}  max ${ms(sorted.at(-1) ?? NaN)}`,
    );
  }
  const lagMs = (n: number) => ms(n / 1e6);
  console.log(
    `  main-thread event-loop delay  p50 ${lagMs(lag.percentile(50))}  p99 ${lagMs(lag.percentile(99))}` +
      `  max ${lagMs(lag.max)}; longest stall ${ms(longestStall)}`,
  );
  if (!answers['app:status']?.length)
    console.log('  (no question could even be sent: this thread was busy with the backup throughout)');
}

const logError = (channel: string, report: unknown) =>
  console.error(`[bench] ${channel} failed: ${JSON.stringify(report)}`);
try {
  await idleLag(5);
  if (mode === 'direct' || mode === 'both') {
    const core = createLantern({ dataDir, defaultBackupFolder: backups, logError });
    await measure('direct (core on the main thread, as before)', core);
    core.close();
  }
  if (mode === 'worker' || mode === 'both') {
    const core = startWorkerCore({ dataDir, defaultBackupFolder: backups, logError });
    await core.ready;
    await measure('worker (core in a worker, copy on its own thread)', core);
    await core.closeAndWait();
  }
} finally {
  if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  else rmSync(backups, { recursive: true, force: true });
}
