import { Worker } from 'node:worker_threads';
import type { BackupCopier, CopyFacts } from '../backup/snapshot';
import { BackupError } from '../backup/snapshot';
import type { ErrorMessageKey } from '../errors';

/** What the backup thread is given: its own copy of the key, transferred (moved), not shared. */
export interface SnapshotJob {
  databaseFile: string;
  databaseCopy: string;
  folder: string;
  key: ArrayBuffer;
  nativeBinding?: string;
  testHold?: SharedArrayBuffer;
}

export type SnapshotReply =
  | { type: 'verifying' }
  | { type: 'done'; facts: CopyFacts }
  | { type: 'failed'; messageKey: ErrorMessageKey | null; message: string; code: string | null };

/**
 * The backup's copy step on a thread of its own (snapshot-worker.ts), so the core's thread stays
 * free to answer `app:status` and to lock while a large clinic's copy takes seconds. Errors come
 * back as the same BackupError the in-thread copy throws, or as a file error with its code
 * (disk full, drive removed), which the backup turns into its usual message.
 */
export function offThreadSnapshot(thread: {
  file: string;
  execArgv: string[];
  nativeBinding?: string;
  testHold?: SharedArrayBuffer;
}): BackupCopier {
  const { file, execArgv, nativeBinding, testHold } = thread;
  return (request) =>
    new Promise<CopyFacts>((resolve, reject) => {
      // A fresh buffer only for the thread; moved to it, so none stays behind here.
      const key = new ArrayBuffer(request.databaseKey.length);
      request.databaseKey.copy(Buffer.from(key));
      const job: SnapshotJob = {
        databaseFile: request.databaseFile,
        databaseCopy: request.databaseCopy,
        folder: request.folder,
        key,
        ...(nativeBinding ? { nativeBinding } : {}),
        ...(testHold ? { testHold } : {}),
      };
      const worker = new Worker(file, { workerData: job, transferList: [key], execArgv });
      let settled = false;
      worker.on('message', (reply: SnapshotReply) => {
        if (reply.type === 'verifying') return request.onVerify();
        settled = true;
        if (reply.type === 'done') return resolve(reply.facts);
        if (reply.messageKey) return reject(new BackupError(reply.messageKey, reply.message, request.folder));
        reject(Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {}));
      });
      worker.on('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`the backup's thread stopped (exit code ${code})`));
      });
    });
}
