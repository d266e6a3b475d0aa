import { join } from 'node:path';
import { appendAudit } from '../audit/service';
import type { Workstation } from '../core/workstation';
import { openEncrypted } from '../db/open';
import { newId } from '../ids';
import type { BackupManifest } from './manifest';
import { DATABASE_FILE, backupBytes, filesMatchManifest, readManifest } from './manifest';

/**
 * A backup folder is renamed into place (verified) a moment before its record and audit entry are
 * written; a kill or power cut in between leaves a good backup that the records do not know. Such
 * backups are recorded when next seen — after checking, as the restore would, that the files are
 * as described and that they are this clinic's (they open with the live key).
 */
export function reconcileBackups(ws: Workstation, folder: string, found: { name: string }[]): number {
  const db = ws.database();
  const known = new Set(
    db.prepare('SELECT name FROM backup_runs WHERE ok = 1 AND folder = ?').pluck().all(folder) as string[],
  );
  let recorded = 0;
  for (const { name } of found) {
    if (known.has(name)) continue;
    const path = join(folder, name);
    const read = readManifest(path);
    if (!read.ok || !isThisClinics(ws, path, read.manifest)) continue;
    const { manifest } = read;
    const bytes = backupBytes(manifest);
    db.transaction(() => {
      db.prepare(
        `INSERT INTO backup_runs (id, kind, started_at, finished_at, folder, name, ok, verified, bytes, message, started_by)
         VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?, NULL, NULL)`,
      ).run(newId(), manifest.kind, manifest.createdAt, manifest.verifiedAt, folder, name, bytes);
      appendAudit(
        db,
        {
          action: 'backup.created',
          actor: { accountId: null, name: null },
          details: { name, kind: manifest.kind, bytes, recordedAfterInterruption: true },
        },
        ws.now(),
      );
    })();
    recorded++;
  }
  return recorded;
}

function isThisClinics(ws: Workstation, path: string, manifest: BackupManifest): boolean {
  if (filesMatchManifest(path, manifest) !== null) return false;
  try {
    const copy = openEncrypted(join(path, DATABASE_FILE), ws.key(), { readonly: true });
    try {
      copy.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
      return true;
    } finally {
      copy.close();
    }
  } catch {
    return false;
  }
}
