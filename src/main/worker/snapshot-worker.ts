import { parentPort, workerData } from 'node:worker_threads';
import { BackupError, copyAndVerify } from '../backup/snapshot';
import { openEncrypted } from '../db/open';
import type { SnapshotJob, SnapshotReply } from './snapshot-thread';

/**
 * One backup's copy step, on its own thread and its own read-only connection (WAL lets it read
 * one consistent snapshot while the core's connection keeps answering). Started per backup by
 * the core's worker, never by the main thread: the key it receives was transferred, not copied,
 * and is zeroed here as soon as both connections are closed.
 */
const port = parentPort;
if (!port) throw new Error('snapshot-worker.ts runs only as a worker thread.');
const job = workerData as SnapshotJob;
const key = Buffer.from(job.key);
const reply = (message: SnapshotReply) => port.postMessage(message);
let source: ReturnType<typeof openEncrypted> | null = null;
// Tests only: stand still "in the middle of a long backup" until the test lets go.
if (job.testHold) Atomics.wait(new Int32Array(job.testHold), 0, 0);
try {
  source = openEncrypted(job.databaseFile, key, {
    readonly: true,
    ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
  });
  source.pragma('cache_size = -65536');
  const facts = copyAndVerify(source, key, job.databaseCopy, job.folder, () => reply({ type: 'verifying' }));
  reply({ type: 'done', facts });
} catch (error) {
  // A BackupError keeps its catalogue key across the thread boundary; anything else has none.
  const known = error instanceof BackupError ? error : null;
  reply({
    type: 'failed',
    messageKey: known?.messageKey ?? null,
    message: (error as { message?: string }).message ?? String(error),
    code: (error as NodeJS.ErrnoException).code ?? null,
  });
} finally {
  source?.close();
  key.fill(0);
}
