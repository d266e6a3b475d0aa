// `npm start` (build, then run the app) and `npm run dev` (hot-reloading dev server).
// Extra arguments go to the app: `npm start -- --data-dir /tmp/clinic`.
//
// Three steps, each of which stops with a plain explanation instead of a stack trace:
//   1. the Electron binary must be installed;
//   2. the native database module must exist in an Electron build, kept in .electron-native/ so
//      node_modules keeps the Node build that the unit tests load;
//   3. electron-vite builds and launches, with LANTERN_SQLITE_BINDING pointing main at step 2.
import { spawn } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(join(root, 'package.json'));

const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';
const nativeRoot = join(root, '.electron-native');
const nativeModuleDir = join(nativeRoot, 'node_modules', NATIVE_MODULE);
const nativeBinding = join(nativeModuleDir, 'build', 'Release', 'better_sqlite3.node');
const stampFile = join(nativeRoot, 'build-stamp.json');
const buildLog = join(nativeRoot, 'build.log');
const REBUILD_WORKER_ENV = 'LANTERN_START_REBUILD_WORKER';

/** A failure we can explain; its message is printed as-is, without a stack trace. */
class StartProblem extends Error {}

function parseArgs(argv) {
  const dev = argv.includes('--dev');
  const appArgs = argv.filter((arg) => arg !== '--dev');
  if (appArgs[0] === '--') appArgs.shift();
  return { dev, appArgs };
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

// --- 1. Electron -----------------------------------------------------------------------------

/**
 * Finds the Electron executable the same way electron-vite does (ELECTRON_EXEC_PATH, else the
 * path the electron package wrote to path.txt after downloading). `require('electron')` would
 * throw a terse error instead, so the files are checked directly.
 */
function findElectron() {
  let electronDir;
  try {
    electronDir = dirname(requireFromRoot.resolve('electron/package.json'));
  } catch {
    throw new StartProblem(
      electronMissing('the "electron" package in node_modules', 'npm install has not run yet'),
    );
  }
  const version = readJson(join(electronDir, 'package.json')).version;

  let binary = process.env.ELECTRON_EXEC_PATH;
  if (!binary) {
    const pathFile = join(electronDir, 'path.txt');
    if (!existsSync(pathFile)) {
      throw new StartProblem(
        electronMissing(
          `the Electron executable (${relative(root, join(electronDir, 'dist'))}${sep} is empty)`,
          downloadReason(),
        ),
      );
    }
    binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  }
  if (!existsSync(binary))
    throw new StartProblem(electronMissing(`the Electron executable ${binary}`, downloadReason()));
  return { binary, version };
}

function downloadReason() {
  return process.env.ELECTRON_SKIP_BINARY_DOWNLOAD
    ? 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so npm install skipped the download'
    : 'npm install could not download it (no internet access, or ELECTRON_SKIP_BINARY_DOWNLOAD was set then)';
}

function electronMissing(what, why) {
  return [
    'Lantern cannot start: the Electron runtime is not installed.',
    '',
    `  Missing: ${what}`,
    `  Why:     ${why}.`,
    '  Fix:     on a machine with internet access, with ELECTRON_SKIP_BINARY_DOWNLOAD unset, run',
    '             node node_modules/electron/install.js',
    '           then run npm start again.',
    '',
    'Without Electron you can still run the same app in a browser: npm run harness',
  ].join('\n');
}

// --- 2. The native database module, built for Electron ---------------------------------------

/** Returns the path of an Electron build of the native module, building it once if needed. */
async function ensureElectronNativeBuild(electronVersion) {
  const sourceDir = dirname(requireFromRoot.resolve(`${NATIVE_MODULE}/package.json`));
  const moduleVersion = readJson(join(sourceDir, 'package.json')).version;
  const wanted = {
    electron: electronVersion,
    module: moduleVersion,
    platform: process.platform,
    arch: process.arch,
  };
  if (existsSync(nativeBinding) && stampMatches(wanted)) return nativeBinding;

  console.log(
    `Building ${NATIVE_MODULE} ${moduleVersion} for Electron ${electronVersion} (once; this can take a few minutes)…`,
  );
  copyModuleSources(sourceDir);
  try {
    await rebuildQuietly({
      buildPath: nativeRoot,
      // Stops the module search at .electron-native/, so the Node build in the project's
      // node_modules is never touched.
      projectRootPath: nativeRoot,
      electronVersion,
      force: true,
      onlyModules: [NATIVE_MODULE],
      // The same overrides as the electron-rebuild command: a mirror of Electron's headers
      // (for a clinic behind a proxy), and compiling instead of fetching a prebuilt binary.
      ...(process.env.ELECTRON_REBUILD_DIST_URL ? { headerURL: process.env.ELECTRON_REBUILD_DIST_URL } : {}),
      ...(process.env.npm_config_build_from_source === 'true' ? { buildFromSource: true } : {}),
    });
  } catch (error) {
    throw new StartProblem(nativeBuildFailed(electronVersion, error));
  }
  if (!existsSync(nativeBinding)) {
    throw new StartProblem(
      nativeBuildFailed(electronVersion, new Error(`${nativeBinding} was not produced`)),
    );
  }
  writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
  return nativeBinding;
}

/**
 * Runs @electron/rebuild (a dependency of electron-builder) in a child process whose output goes
 * to .electron-native/build.log: compiler chatter and node-gyp stack traces stay out of the
 * terminal, and the log is there when someone needs the details.
 */
function rebuildQuietly(options) {
  const log = openSync(buildLog, 'w');
  return new Promise((resolvePromise, reject) => {
    // This same script, in worker mode (see the end of the file): no --eval flags, which
    // @electron/rebuild would pass on to the node-gyp process it forks.
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
      cwd: root,
      env: { ...withoutNodeHeadersOverride(process.env), [REBUILD_WORKER_ENV]: JSON.stringify(options) },
      stdio: ['ignore', log, log],
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      closeSync(log);
      if (code === 0) resolvePromise();
      else
        reject(
          new Error(
            firstErrorLine(readFileSync(buildLog, 'utf8')) ?? `the build stopped with exit code ${code}`,
          ),
        );
    });
  });
}

/**
 * A `nodedir` setting (npm exports it as npm_config_nodedir) makes node-gyp compile against
 * that folder's Node headers instead of Electron's, which would quietly produce a Node build.
 */
function withoutNodeHeadersOverride(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'),
  );
}

/** The first error message in the log (all its lines, without the stack frames under it). */
function firstErrorLine(logText) {
  const lines = logText.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) => /error|err!/i.test(line) && !line.startsWith('at '));
  if (start < 0) return undefined;
  const message = [];
  for (const line of lines.slice(start)) {
    if (line === '' || line.startsWith('at ')) break;
    message.push(line);
  }
  return message
    .join(' ')
    .replace(/^\w*Error:\s*/, '')
    .slice(0, 400);
}

function stampMatches(wanted) {
  try {
    const stamp = readJson(stampFile);
    return Object.entries(wanted).every(([key, value]) => stamp[key] === value);
  } catch {
    return false;
  }
}

/** A fresh copy of the package without its Node build, inside a tiny project of its own. */
function copyModuleSources(sourceDir) {
  rmSync(nativeModuleDir, { recursive: true, force: true });
  rmSync(stampFile, { force: true });
  mkdirSync(dirname(nativeModuleDir), { recursive: true });
  const buildDir = join(sourceDir, 'build');
  cpSync(sourceDir, nativeModuleDir, {
    recursive: true,
    filter: (path) => path !== buildDir && !path.startsWith(buildDir + sep),
  });
  const version = readJson(join(sourceDir, 'package.json')).version;
  const manifest = {
    name: 'lantern-electron-native',
    private: true,
    dependencies: { [NATIVE_MODULE]: version },
  };
  writeFileSync(join(nativeRoot, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function nativeBuildFailed(electronVersion, error) {
  const reason = String(error?.message ?? error);
  const logPath = relative(root, buildLog);
  return [
    `Lantern cannot start: ${NATIVE_MODULE} could not be built for Electron ${electronVersion}.`,
    '',
    `  Reason: ${reason}`,
    '  Why:    the build downloads a prebuilt binary or the Electron headers from the internet,',
    '          and compiling from source needs a C++ toolchain (Python, make and a compiler;',
    '          on Windows, Visual Studio Build Tools).',
    '  Fix:    connect to the internet (or install the toolchain) and run npm start again.',
    `  Log:    ${logPath}`,
    `          (The build lives in ${relative(root, nativeRoot)}${sep}; node_modules is not changed.)`,
    '',
    'Without Electron you can still run the same app in a browser: npm run harness',
  ].join('\n');
}

// --- 3. Build and launch ---------------------------------------------------------------------

function runElectronVite(args, env) {
  const pkgDir = dirname(requireFromRoot.resolve('electron-vite/package.json'));
  const cli = join(pkgDir, readJson(join(pkgDir, 'package.json')).bin['electron-vite']);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

/** In development, keep test data out of the real data folder unless told otherwise. */
function devDataDir(appArgs) {
  const explicit = process.env.LANTERN_DATA_DIR || appArgs.some((arg) => arg.startsWith('--data-dir'));
  return explicit ? {} : { LANTERN_DATA_DIR: join(root, '.lantern-dev-data') };
}

async function main(argv) {
  const { dev, appArgs } = parseArgs(argv);
  const electron = findElectron();
  const binding = await ensureElectronNativeBuild(electron.version);

  const env = {
    ...process.env,
    ELECTRON_EXEC_PATH: electron.binary,
    LANTERN_SQLITE_BINDING: binding,
    ...(dev ? devDataDir(appArgs) : {}),
  };
  const passThrough = appArgs.length > 0 ? ['--', ...appArgs] : [];

  if (dev) return runElectronVite(['dev', ...passThrough], env);
  const built = await runElectronVite(['build'], env);
  if (built !== 0) return built;
  return runElectronVite(['preview', '--skipBuild', ...passThrough], env);
}

async function rebuildWorker(options) {
  const { rebuild } = await import('@electron/rebuild');
  await rebuild(JSON.parse(options));
}

const workerOptions = process.env[REBUILD_WORKER_ENV];
const run = workerOptions ? rebuildWorker(workerOptions).then(() => 0) : main(process.argv.slice(2));
run.then(
  (code) => process.exit(code),
  (error) => {
    if (workerOptions) throw error; // full details belong in the build log
    const message =
      error instanceof StartProblem ? error.message : `Lantern could not start: ${error?.message ?? error}`;
    console.error(`\n${message}\n`);
    process.exit(1);
  },
);
