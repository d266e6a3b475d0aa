import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomically } from '../files/atomic-file';
import { vacuumInto } from '../db/copies';
import type { Db } from '../db/open';
import { keyPragma, openEncrypted } from '../db/open';

/**
 * Changing the database key on disk, safe against a crash at any moment.
 *
 * SQLCipher refuses `PRAGMA rekey` in WAL mode, and the live database must stay whole until the
 * new key set is complete, so the live file is never rekeyed in place. Instead:
 *
 *   1. stage   `VACUUM INTO lantern.db.rekeyed` (a consistent copy, still under the old key),
 *              switch the copy to DELETE journal mode, write what must land with the change (its
 *              audit entry), `PRAGMA rekey` it, reopen it with the new key to prove it, fsync it;
 *              write `lantern.keyring.rekeyed` (every slot sealing the new key) and fsync it.
 *   2. commit  write `key-change.json` atomically. Before this file exists the change never
 *              happened; once it exists the change has happened and is only being put in place.
 *   3. swap    close the live database, delete its -wal/-shm (everything in them is in the copy),
 *              rename the copy over lantern.db and the staged keyring over lantern.keyring, then
 *              delete the marker.
 *
 * `completeKeyChange` is step 3, and is also what the Workstation runs when it starts: with the
 * marker it rolls forward whatever was not renamed yet; without it, it deletes staged leftovers.
 * A kill at any point therefore leaves either the old database with the old keyring, or the new
 * database with the new keyring: a pair that opens.
 */

export interface KeyChangeFiles {
  database: string;
  keyring: string;
  rekeyedDatabase: string;
  rekeyedKeyring: string;
  keyChangeMarker: string;
}

export interface StageKeyChangeInput {
  /** The live database, open under `currentKey`. Nothing may write to it until the swap. */
  db: Db;
  files: KeyChangeFiles;
  currentKey: Buffer;
  nextKey: Buffer;
  /** The keyring document that seals `nextKey` for every slot. */
  keyringText: string;
  /** Runs on the copy just before it is re-encrypted: what it writes lands with the new key or not at all. */
  inCopy?: (copy: Db) => void;
  nativeBinding?: string;
  /** Tests only: called between the steps, so a kill test can report where it is. */
  onStep?: (step: string) => void;
}

/** Steps 1 and 2. Everything is synchronous, so no other call can write to the live database meanwhile. */
export function stageKeyChange(input: StageKeyChangeInput): void {
  const { files } = input;
  const binding = input.nativeBinding ? { nativeBinding: input.nativeBinding } : {};
  // A committed change not yet in place is the clinic's key set: never discard its files.
  if (existsSync(files.keyChangeMarker)) {
    throw new Error('A previous change of the database key is still being put in place; restart Lantern.');
  }
  discardStagedKeyChange(files);
  try {
    vacuumInto(input.db, files.rekeyedDatabase);
    input.onStep?.('copied');
    const copy = openEncrypted(files.rekeyedDatabase, input.currentKey, binding);
    try {
      copy.pragma('journal_mode = DELETE');
      copy.pragma('synchronous = FULL');
      input.inCopy?.(copy);
      copy.pragma(keyPragma('rekey', input.nextKey));
    } finally {
      copy.close();
    }
    input.onStep?.('rekeyed');
    const proof = openEncrypted(files.rekeyedDatabase, input.nextKey, { ...binding, readonly: true });
    try {
      if (proof.pragma('quick_check', { simple: true }) !== 'ok') {
        throw new Error('The re-encrypted copy did not pass its check.');
      }
    } finally {
      proof.close();
    }
    syncFile(files.rekeyedDatabase);
    writeSynced(files.rekeyedKeyring, input.keyringText);
    syncFolder(dirname(files.database));
    input.onStep?.('staged');
    writeFileAtomically(
      files.keyChangeMarker,
      `${JSON.stringify({ format: 'lantern-key-change', version: 1 })}\n`,
    );
    input.onStep?.('committed');
  } catch (error) {
    discardStagedKeyChange(files);
    throw error;
  }
}

/**
 * Step 3, or the recovery at start: roll a committed change forward, or discard an uncommitted
 * one. The live database must be closed. Returns what it found.
 */
export function completeKeyChange(
  files: KeyChangeFiles,
  onStep?: (step: string) => void,
): 'none' | 'completed' {
  if (!existsSync(files.keyChangeMarker)) {
    discardStagedKeyChange(files);
    return 'none';
  }
  if (existsSync(files.rekeyedDatabase)) {
    // The old WAL belongs to the old file; replayed onto the new one it would corrupt it.
    rmSync(`${files.database}-wal`, { force: true });
    rmSync(`${files.database}-shm`, { force: true });
    renameSync(files.rekeyedDatabase, files.database);
    onStep?.('database-swapped');
  }
  if (existsSync(files.rekeyedKeyring)) renameSync(files.rekeyedKeyring, files.keyring);
  syncFolder(dirname(files.database));
  onStep?.('keyring-swapped');
  rmSync(files.keyChangeMarker, { force: true });
  syncFolder(dirname(files.database));
  return 'completed';
}

/** A change that never committed leaves nothing behind (the copy holds client data). */
export function discardStagedKeyChange(files: KeyChangeFiles): void {
  for (const file of [
    files.rekeyedDatabase,
    `${files.rekeyedDatabase}-journal`,
    `${files.rekeyedDatabase}-wal`,
    `${files.rekeyedDatabase}-shm`,
    files.rekeyedKeyring,
  ]) {
    rmSync(file, { force: true });
  }
}

// ---- fsync --------------------------------------------------------------------------------------

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeSynced(file: string, text: string): void {
  const fd = openSync(file, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(folder: string): void {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync on Windows
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // some file systems cannot fsync a folder; the files themselves are synced
  } finally {
    closeSync(fd);
  }
}
