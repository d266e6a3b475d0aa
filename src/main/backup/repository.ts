import type { Db } from '../db/open';
import { newId } from '../ids';

/** The log of backup attempts (backup_runs): what Administration → Backups shows. */

export interface RunRow {
  finished_at: string;
  ok: number;
  verified: number;
  /** A failed run's catalogue key (`errors.backup_*`); English text in rows of older Lanterns. */
  message: string | null;
  folder: string;
}

export interface BackupRun {
  kind: string;
  startedAt: string;
  finishedAt: string;
  folder: string;
  name: string | null;
  ok: boolean;
  verified: boolean;
  bytes: number | null;
  message: string | null;
  startedBy: string | null;
}

export function insertBackupRun(db: Db, run: BackupRun): void {
  db.prepare(
    `INSERT INTO backup_runs (id, kind, started_at, finished_at, folder, name, ok, verified, bytes, message, started_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(),
    run.kind,
    run.startedAt,
    run.finishedAt,
    run.folder,
    run.name,
    run.ok ? 1 : 0,
    run.verified ? 1 : 0,
    run.bytes,
    run.message,
    run.startedBy,
  );
}

/** Names of the backups recorded as made into `folder`. */
export const recordedBackupNames = (db: Db, folder: string): Set<string> =>
  new Set(
    db.prepare('SELECT name FROM backup_runs WHERE ok = 1 AND folder = ?').pluck().all(folder) as string[],
  );

export const lastVerifiedBackupAt = (db: Db) =>
  db
    .prepare(
      'SELECT finished_at FROM backup_runs WHERE ok = 1 AND verified = 1 ORDER BY finished_at DESC LIMIT 1',
    )
    .pluck()
    .get() as string | undefined;

export const lastBackupRun = (db: Db) =>
  db
    .prepare(
      'SELECT finished_at, ok, verified, message, folder FROM backup_runs ORDER BY finished_at DESC LIMIT 1',
    )
    .get() as RunRow | undefined;

/** When the last backup that counts for the daily schedule finished (a restore's safety copy does not). */
export const lastScheduledBackupAt = (db: Db) =>
  db
    .prepare(
      `SELECT finished_at FROM backup_runs WHERE ok = 1 AND kind IN ('daily','manual','quit') ORDER BY finished_at DESC LIMIT 1`,
    )
    .pluck()
    .get() as string | undefined;
