import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { OWASP_MINIMUM_KDF } from '../security/kdf';
import { startHarnessServer } from './server';
import { TestPicker } from './test-picker';
import { startWorkerCore } from '../worker/worker-core';

/**
 * `npm run harness -- --data-dir DIR [--port N] [--fast-kdf] [--idle-lock-seconds N]`
 *
 * For tests and development only: runs Lantern's real core and renderer in a browser on
 * 127.0.0.1, for machines where the Electron binary is not available.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    'fast-kdf': { type: 'boolean', default: false },
    'idle-lock-seconds': { type: 'string' },
    'renderer-dir': { type: 'string', default: 'out/renderer' },
  },
});

function fail(message: string): never {
  process.stderr.write(`lantern harness: ${message}\n`);
  process.exit(2);
}

const dataDir =
  values['data-dir'] ?? fail('--data-dir DIR is required (use an empty folder for a new clinic).');
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail('--port must be a whole number from 0 to 65535.');
const idle = values['idle-lock-seconds'] === undefined ? undefined : Number(values['idle-lock-seconds']);
if (idle !== undefined && (!Number.isInteger(idle) || idle < 1))
  fail('--idle-lock-seconds must be a whole number ≥ 1.');

const rendererDir = resolve(values['renderer-dir']);
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  process.stderr.write('lantern harness: building the renderer first (electron-vite build)…\n');
  execFileSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
}

process.stderr.write(
  'Lantern test harness — for automated tests and development only, not for clinical use.\n',
);
// Everything a harness run writes stays under its data folder: backups, and exports (the test
// picker refuses save locations anywhere else).
const picker = new TestPicker({ saveRoot: resolve(dataDir), exportsFolder: resolve(dataDir, 'exports') });
// The core runs in a worker thread, as in the Electron app; the test picker stays on this thread
// (the worker asks it through the port), where POST /__harness/picker queues its answers.
const core = startWorkerCore({
  dataDir: resolve(dataDir),
  logError: (channel, report) =>
    process.stderr.write(`[lantern] ${channel} failed: ${JSON.stringify(report)}\n`),
  onGaveUp: (reason) => {
    process.stderr.write(`lantern harness: ${reason}; stopping.\n`);
    process.exit(1);
  },
  // Test backups stay beside the test's data, never in the developer's Documents folder.
  defaultBackupFolder: resolve(dataDir, 'backups'),
  pathPicker: picker,
  // Still at OWASP's minimum Argon2id cost: quicker sign-ins for tests, never below the floor.
  ...(values['fast-kdf'] ? { kdf: OWASP_MINIMUM_KDF } : {}),
  ...(idle ? { idleLockSecondsOverride: idle } : {}),
});
await core.ready;
const server = await startHarnessServer(core, { rendererDir, port, picker });
process.stdout.write(`LANTERN_HARNESS_READY ${server.url}\n`);

const shutdown = () => {
  void core
    .closeAndWait()
    .then(() => server.close())
    .then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
