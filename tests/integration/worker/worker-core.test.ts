import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../src/shared/contracts/channels';
import type { Result } from '../../../src/shared/result';
import { dataFiles } from '../../../src/main/paths';
import { Keyring } from '../../../src/main/security/keyring';
import { OWASP_MINIMUM_KDF } from '../../../src/main/security/kdf';
import { TestPicker } from '../../../src/main/harness/test-picker';
import type { WorkerCore } from '../../../src/main/worker/worker-core';
import { startWorkerCore } from '../../../src/main/worker/worker-core';
import { ADMIN } from '../../helpers/lantern';
import { tempDir } from '../../helpers/temp-dir';

/**
 * The core in its worker thread, driven from this (the "main") thread exactly as Electron's
 * main process and the harness drive it. A long backup is simulated without timing: the test
 * holds the backup's copy thread still (testHold) and lets it go when it has seen enough.
 */
const started: WorkerCore[] = [];
afterEach(async () => {
  while (started.length) await (started.pop() as WorkerCore).closeAndWait();
});

function startCore(hold?: SharedArrayBuffer) {
  const dataDir = tempDir();
  const backups = tempDir('lantern-backups-');
  const exports = tempDir('lantern-exports-');
  const picker = new TestPicker({ saveRoot: exports, exportsFolder: exports });
  const events: { name: EventName; payload: unknown }[] = [];
  const logs: string[] = [];
  const core = startWorkerCore(
    {
      dataDir,
      defaultBackupFolder: backups,
      kdf: OWASP_MINIMUM_KDF,
      pathPicker: picker,
      logError: (channel, report) => logs.push(`${channel}: ${JSON.stringify(report)}`),
      ...(hold ? { testHold: hold } : {}),
    },
    { recordTraffic: true },
  );
  started.push(core);
  core.onEvent((name, payload) => events.push({ name, payload }));
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await core.invoke(channel, input);
    if (!result.ok) throw new Error(`${channel} refused: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  return { core, dataDir, backups, picker, events, logs, call };
}

async function setUp(lantern: ReturnType<typeof startCore>) {
  await lantern.call('setup:create', { ...ADMIN, passwordConfirm: ADMIN.password });
  await lantern.call('setup:confirmRecoveryKey', { confirmed: true });
}

const release = (hold: SharedArrayBuffer) => {
  const flag = new Int32Array(hold);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};

/** Resolves when the core has announced this event (events cross the port like answers). */
const eventSeen = (lantern: ReturnType<typeof startCore>, name: EventName, matches = (_: unknown) => true) =>
  new Promise<void>((resolve) => {
    if (lantern.events.some((event) => event.name === name && matches(event.payload))) return resolve();
    const stop = lantern.core.onEvent((event, payload) => {
      if (event === name && matches(payload)) {
        stop();
        resolve();
      }
    });
  });

/** A settled-or-not probe: whether a promise has settled by the time the queue drains. */
function tracked<T>(promise: Promise<T>) {
  const state = { settled: false };
  void promise.then(() => {
    state.settled = true;
  });
  return state;
}

describe('the core in a worker thread', () => {
  it('answers app:status while a backup copies, and the backup is then kept and verified', async () => {
    const hold = new SharedArrayBuffer(4);
    const lantern = startCore(hold);
    await setUp(lantern);
    const running = lantern.core.invoke('backup:run', {});
    const backup = tracked(running);
    await eventSeen(lantern, 'backup:progress', (p) => (p as { stage: string }).stage === 'snapshot');

    const status = await lantern.call<{ state: string }>('app:status', {});
    expect(status.state).toBe('unlocked');
    expect(backup.settled).toBe(false);

    release(hold);
    const result = (await running) as Result<{ path: string; counts: Record<string, number> }>;
    if (!result.ok) throw new Error(`backup refused: ${result.error.message}`);
    // Checked again from its files, as a restore would: manifest, checksums, the copy opens.
    const inspected = await lantern.call<{ counts: Record<string, number> }>('backup:inspect', {
      path: result.value.path,
    });
    expect(inspected.counts.accounts).toBe(1);
    expect(lantern.logs).toEqual([]);
  });

  it('honours a lock (as from OS suspend) during a backup, and keeps no half-made copy', async () => {
    const hold = new SharedArrayBuffer(4);
    const lantern = startCore(hold);
    await setUp(lantern);
    const running = lantern.core.invoke('backup:run', {});
    const backup = tracked(running);
    await eventSeen(lantern, 'backup:progress', (p) => (p as { stage: string }).stage === 'snapshot');

    lantern.core.lock('system');
    await eventSeen(lantern, 'session:locked', (p) => (p as { reason: string }).reason === 'system');
    // Locked while the copy is still being taken, not after it.
    expect(backup.settled).toBe(false);
    const status = await lantern.call<{ state: string }>('app:status', {});
    expect(status.state).toBe('locked');

    release(hold);
    const answer = await running;
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.code).toBe('not_signed_in');
    expect(readdirSync(lantern.backups)).toEqual([]);
    expect(lantern.logs).toEqual([]);
  });

  it('never lets the database key, or any binary data, cross to the main thread', async () => {
    const lantern = startCore();
    await setUp(lantern);
    await lantern.call('backup:run', {});
    await lantern.call('auth:signOut', {});
    await lantern.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    lantern.core.lock('manual');
    await eventSeen(lantern, 'session:locked');

    const { databaseKey } = await (
      await Keyring.load(dataFiles(lantern.dataDir).keyring)
    ).unlockWithPassword(ADMIN.username, ADMIN.password);
    const binary: unknown[] = [];
    const seen = JSON.stringify(lantern.core.traffic, (_key, value: unknown) => {
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof SharedArrayBuffer)
        binary.push(value);
      return value;
    });
    expect(lantern.core.traffic?.length).toBeGreaterThan(10);
    expect(binary).toEqual([]);
    for (const form of [databaseKey.toString('hex'), databaseKey.toString('base64')])
      expect(seen.toLowerCase()).not.toContain(form.toLowerCase());
    databaseKey.fill(0);
  });

  it('asks the main thread for file dialogs and uses its answer', async () => {
    const lantern = startCore();
    await setUp(lantern);
    lantern.picker.answer({ kind: 'folder', path: null });
    const traffic = lantern.core.traffic ?? [];
    const picked = await lantern.call<{ path: string | null }>('files:pickFolder', {
      purpose: 'backup_folder',
      title: 'Choose a folder',
    });
    expect(picked).toMatchObject({ path: null });
    expect(lantern.picker.asked.map((asked) => asked.title)).toContain('Choose a folder');
    expect(traffic.some((message) => message.type === 'pick')).toBe(true);
    expect(traffic.some((message) => message.type === 'pick-answer')).toBe(true);
  });

  it('reports a crashed worker plainly, answers the call in flight, and restarts it locked', async () => {
    const hold = new SharedArrayBuffer(4);
    const lantern = startCore(hold);
    await setUp(lantern);
    const running = lantern.core.invoke('backup:run', {});
    await eventSeen(lantern, 'backup:progress', (p) => (p as { stage: string }).stage === 'snapshot');
    const locked = eventSeen(lantern, 'session:locked', (p) => (p as { reason: string }).reason === 'system');

    await lantern.core.simulateCrash();
    const answer = await running;
    expect(!answer.ok && answer.error.code).toBe('internal');
    await locked;
    release(hold);

    await lantern.core.ready;
    const status = await lantern.call<{ state: string }>('app:status', {});
    expect(status.state).toBe('locked');
    await lantern.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    expect((await lantern.call<{ state: string }>('app:status', {})).state).toBe('unlocked');
    expect(lantern.logs).toEqual([expect.stringContaining("the core's worker stopped")]);
  });
});
