import {
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { carriedExtras } from '../paths';
import { type BackupManifest, sha256OfFile } from './manifest';

/**
 * What a backup carries beyond the database and its keyring, read from the data folder's one
 * declaration (DATA_FOLDER in paths.ts): copied into the backup, described in its backup.json by
 * path (forward slashes, relative to the backup folder) with size and checksum, and brought back
 * by a restore or an import according to its carriage.
 */
type CarriedFile = BackupManifest['files']['database'];

/** Every regular file under a path, relative to it, forward slashes (what tar and JSON keep). */
function filesUnder(root: string, relative = ''): string[] {
  const here = join(root, relative);
  if (!statSync(here).isDirectory()) return [relative];
  return readdirSync(here, { withFileTypes: true }).flatMap((item) => {
    const child = relative ? posix.join(relative, item.name) : item.name;
    if (item.isDirectory()) return filesUnder(root, child);
    return item.isFile() ? [child] : [];
  });
}

/** Copies the carried extras that exist into the backup folder; returns their descriptions. */
export function copyCarried(dataDir: string, backupFolder: string): Record<string, CarriedFile> {
  const described: Record<string, CarriedFile> = {};
  for (const [, entry] of carriedExtras()) {
    const source = join(dataDir, entry.name);
    if (!existsSync(source)) continue;
    if (entry.kind === 'folder') cpSync(source, join(backupFolder, entry.name), { recursive: true });
    else copyFileSync(source, join(backupFolder, entry.name));
    const base = join(backupFolder, entry.name);
    for (const file of filesUnder(base)) {
      const path = file ? posix.join(entry.name, file) : entry.name;
      const full = join(backupFolder, path);
      described[path] = { bytes: statSync(full).size, sha256: sha256OfFile(full) };
    }
  }
  return described;
}

/**
 * Adds the backup's lines that the live file does not have, at its end (the live file stays
 * append-only, and nothing recorded on this computer is lost). Only complete lines are taken.
 */
function mergeLines(from: string, into: string): void {
  const have = new Set(existsSync(into) ? readFileSync(into, 'utf8').split('\n') : []);
  const missing = readFileSync(from, 'utf8')
    .split('\n')
    .slice(0, -1) // after the last newline: nothing, or a torn line
    .filter((line) => line.trim() && !have.has(line));
  if (missing.length === 0) return;
  const live = existsSync(into) ? readFileSync(into, 'utf8') : '';
  const fd = openSync(into, 'a', 0o600);
  try {
    // A torn last line in the live file must not swallow the first merged line.
    writeSync(fd, `${live && !live.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Brings the carried extras of a verified backup into the data folder. `copy` entries replace the
 * live ones (the caller moved those aside with the database); `evidence` is merged, never replaced.
 */
export function putCarriedInPlace(
  fromDir: string,
  dataDir: string,
  described: Record<string, CarriedFile>,
): void {
  const paths = Object.keys(described);
  for (const [, entry] of carriedExtras()) {
    const mine = paths.filter((path) => path === entry.name || path.startsWith(`${entry.name}/`));
    if (mine.length === 0) continue;
    if (entry.carriage === 'evidence' && entry.kind === 'file') {
      mergeLines(join(fromDir, entry.name), join(dataDir, entry.name));
      continue;
    }
    // Copied under a temporary name first, so a failed copy never leaves half of it in place.
    const target = join(dataDir, entry.name);
    const staging = `${target}.restoring`;
    rmSync(staging, { recursive: true, force: true });
    for (const path of mine) {
      const to = join(staging, path.slice(entry.name.length));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(join(fromDir, path), entry.kind === 'file' ? staging : to);
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  }
}

/** Live names a restore moves aside with the database (and an undo moves back): the `copy` extras. */
export const replacedWithTheDatabase = (): string[] =>
  carriedExtras()
    .filter(([, entry]) => entry.carriage === 'copy')
    .map(([, entry]) => entry.name);
