import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../files/atomic-file';

/**
 * `replaced/last-restore.json`: which folder under `replaced/` holds the data that was live before
 * the last restore, so "Undo restore" can put it back. The file is plain text in the data folder,
 * which on a shared Windows workstation any local account may be able to write: what it names is
 * therefore never trusted beyond `replaced/` itself.
 */
const restoreLogSchema = z.object({
  restoredAt: z.string().max(64),
  backupName: z.string().max(300),
  /** Folder under replaced/ (its name; older versions wrote the full path). */
  keptAside: z.string().min(1).max(1000),
});
export type RestoreLog = z.infer<typeof restoreLogSchema>;

export const replacedDir = (dataDir: string) => join(dataDir, 'replaced');
export const restoreLogFile = (dataDir: string) => join(replacedDir(dataDir), 'last-restore.json');

export function writeRestoreLog(dataDir: string, log: RestoreLog): void {
  writeFileAtomically(
    restoreLogFile(dataDir),
    JSON.stringify({ ...log, keptAside: basename(log.keptAside) }),
  );
}

export type ReadRestoreLog =
  { kind: 'none' } | { kind: 'untrusted' } | { kind: 'ok'; log: RestoreLog; folder: string };

/**
 * The last restore, with the kept-aside folder it names resolved and checked: it must be a folder
 * directly inside `replaced/` once links are followed. Anything else is reported as untrusted.
 */
export function readRestoreLog(dataDir: string): ReadRestoreLog {
  const file = restoreLogFile(dataDir);
  if (!existsSync(file)) return { kind: 'none' };
  let log: RestoreLog;
  try {
    log = restoreLogSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { kind: 'untrusted' };
  }
  const folder = keptAsideFolder(dataDir, log.keptAside);
  return folder ? { kind: 'ok', log, folder } : { kind: 'untrusted' };
}

function keptAsideFolder(dataDir: string, named: string): string | null {
  if (named.includes('\0')) return null;
  let root: string;
  let folder: string;
  try {
    root = realpathSync(replacedDir(dataDir));
    folder = realpathSync(resolve(replacedDir(dataDir), named));
  } catch {
    return null;
  }
  const inside = folder.startsWith(root + sep) && !folder.slice(root.length + 1).includes(sep);
  return inside ? folder : null;
}
