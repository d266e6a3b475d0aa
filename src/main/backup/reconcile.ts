import { join } from 'node:path';
import { appendAudit } from '../audit/service';
import type { Workstation } from '../workstation/workstation';
import { readSchema } from '../db/copies';
import { openEncrypted } from '../db/open';
import type { BackupManifest } from './manifest';
import { insertBackupRun, recordedBackupNames } from './repository';
import { DATABASE_FILE, backupBytes, filesMatchManifest, readManifest } from './manifest';

/**
 * A backup folder is renamed into place (verified) a moment before its record and audit entry are
 * written; a kill or power cut in between leaves a good backup that the records do not know. Such
 * backups are recorded when next seen — after checking, as the restore would, that the files are
 * as described and that they are this clinic's (they open with the live key).
 */
export function reconcileBackups(ws: Workstation, folder: string, found: { name: string }[]): number {
  const db = ws.vault.database();
  const known = recordedBackupNames(db, folder);
  let recorded = 0;
  for (const { name } of found) {
    if (known.has(name)) continue;
    const path = join(folder, name);
    const read = readManifest(path);
    if (!read.ok || !isThisClinics(ws, path, read.manifest)) continue;
    const { manifest } = read;
    const bytes = backupBytes(manifest);
    db.transaction(() => {
      insertBackupRun(db, {
        kind: manifest.kind,
        startedAt: manifest.createdAt,
        finishedAt: manifest.verifiedAt,
        folder,
        name,
        ok: true,
        verified: true,
        bytes,
        message: null,
        startedBy: null,
      });
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
    const copy = openEncrypted(join(path, DATABASE_FILE), ws.vault.key(), { readonly: true });
    try {
      readSchema(copy);
      return true;
    } finally {
      copy.close();
    }
  } catch {
    return false;
  }
}
