import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The one place that writes files atomically. Write to a temp file in the same folder (mode
 * 0o600: only this OS user may read it), fsync it, then move it into place (rename replaces in
 * one step; `create` uses a hard link, which fails instead of overwriting), then fsync the folder
 * so the rename itself survives a power cut. A crash at any point leaves the old file or the new
 * one, never a mixture.
 *
 * `writeFileAtomicallyAsync` is for callers on the event loop (the keyring); `writeFileAtomically`
 * is the synchronous twin with the same guarantees, for small state files written in line.
 */

const TEMP_SUFFIX = '.tmp';
const STALE_TEMP_AGE_MS = 60_000;
const RENAME_ATTEMPTS = 5;

export type AtomicWriteMode = 'create' | 'replace';

/** Thrown by a `create` write when the target already exists; the existing file is left untouched. */
export class FileExistsError extends Error {
  readonly code = 'EEXIST';

  constructor(public readonly file: string) {
    super(`A file already exists at ${file}; it was left untouched.`);
    this.name = 'FileExistsError';
  }
}

export async function writeFileAtomicallyAsync(
  target: string,
  contents: string,
  mode: AtomicWriteMode = 'replace',
): Promise<void> {
  const folder = path.dirname(target);
  const temp = tempPathFor(target);
  const handle = await fs.promises.open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(contents, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (mode === 'create') await linkIntoPlace(temp, target);
    else await renameIntoPlace(temp, target);
  } finally {
    await fs.promises.rm(temp, { force: true });
  }
  await syncFolder(folder);
  await removeStaleTempFiles(target);
}

/**
 * Synchronous twin of `writeFileAtomicallyAsync` (replace only); text is written as UTF-8.
 * `contents` may also be pieces written one after another (an attachment's chunks, read from the
 * database one at a time): a piece that throws instead leaves the target as it was.
 */
export function writeFileAtomically(target: string, contents: string | Uint8Array | Iterable<Buffer>): void {
  const folder = path.dirname(target);
  const temp = tempPathFor(target);
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    try {
      if (typeof contents === 'string') fs.writeFileSync(fd, contents, 'utf8');
      else if (contents instanceof Uint8Array) fs.writeFileSync(fd, contents);
      else for (const piece of contents) fs.writeFileSync(fd, piece);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    renameIntoPlaceSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  syncFolderSync(folder);
  removeStaleTempFilesSync(target);
}

// ---- moving into place --------------------------------------------------------------------------

async function linkIntoPlace(temp: string, target: string): Promise<void> {
  try {
    await fs.promises.link(temp, target);
  } catch (error) {
    if (isErrnoCode(error, 'EEXIST')) throw new FileExistsError(target);
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (fs.existsSync(target)) throw new FileExistsError(target);
    await renameIntoPlace(temp, target);
  }
}

// On Windows an antivirus or indexer briefly holding the target makes rename fail with
// EPERM/EACCES/EBUSY; a few short retries ride that out.
function shouldRetryRename(error: unknown, attempt: number): boolean {
  const transient = ['EPERM', 'EACCES', 'EBUSY'].some((code) => isErrnoCode(error, code));
  return process.platform === 'win32' && transient && attempt < RENAME_ATTEMPTS;
}

async function renameIntoPlace(temp: string, target: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.promises.rename(temp, target);
      return;
    } catch (error) {
      if (!shouldRetryRename(error, attempt)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
    }
  }
}

function renameIntoPlaceSync(temp: string, target: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      fs.renameSync(temp, target);
      return;
    } catch (error) {
      if (!shouldRetryRename(error, attempt)) throw error;
      // Blocks this thread for at most a few hundred milliseconds in all, and only on Windows.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25 * attempt);
    }
  }
}

// ---- folder fsync -------------------------------------------------------------------------------

// Some file systems do not support fsync on a folder; the data itself is already synced.
const folderSyncUnsupported = (error: unknown) =>
  ['EINVAL', 'ENOTSUP', 'EPERM', 'EISDIR', 'EBADF'].some((code) => isErrnoCode(error, code));

async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync on Windows
  const handle = await fs.promises.open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    if (!folderSyncUnsupported(error)) throw error;
  } finally {
    await handle.close();
  }
}

function syncFolderSync(folder: string): void {
  if (process.platform === 'win32') return; // see syncFolder
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    if (!folderSyncUnsupported(error)) throw error;
  } finally {
    fs.closeSync(fd);
  }
}

// ---- temp files ---------------------------------------------------------------------------------

function tempPathFor(target: string): string {
  const name = `${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  return path.join(path.dirname(target), name);
}

function isOurTemp(target: string, name: string): boolean {
  const base = path.basename(target);
  return (
    name.startsWith(`${base}.`) &&
    name.endsWith(TEMP_SUFFIX) &&
    /^[0-9a-f]{12}$/.test(name.slice(base.length + 1, -TEMP_SUFFIX.length))
  );
}

/**
 * A crash between writing a temp file and moving it into place leaves the temp file behind. It
 * holds an old copy of the contents (for the keyring, perhaps the slot of a since-deactivated
 * account), so it goes too. Only files untouched for a minute count as stale: a write takes
 * milliseconds, and a younger temp file may belong to a write still in flight.
 */
async function removeStaleTempFiles(target: string): Promise<void> {
  const folder = path.dirname(target);
  for (const name of (await fs.promises.readdir(folder)).filter((name) => isOurTemp(target, name))) {
    const stale = path.join(folder, name);
    try {
      if (Date.now() - (await fs.promises.stat(stale)).mtimeMs > STALE_TEMP_AGE_MS)
        await fs.promises.rm(stale);
    } catch {
      // Gone already, or not ours to remove: neither stops the write that just succeeded.
    }
  }
}

function removeStaleTempFilesSync(target: string): void {
  const folder = path.dirname(target);
  for (const name of fs.readdirSync(folder).filter((name) => isOurTemp(target, name))) {
    const stale = path.join(folder, name);
    try {
      if (Date.now() - fs.statSync(stale).mtimeMs > STALE_TEMP_AGE_MS) fs.rmSync(stale);
    } catch {
      // see removeStaleTempFiles
    }
  }
}

function isErrnoCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
