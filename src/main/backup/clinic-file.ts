import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { BackupManifest } from './manifest';
import { MANIFEST_FILE, MAX_MANIFEST_BYTES, backupBytes, parseManifest } from './manifest';

const BLOCK = 512;
/** Headers, padding and the end-of-archive blocks tar adds around the three members. */
const TAR_OVERHEAD_BYTES = 64 * 1024;

/**
 * The description at the front of a `.lanternclinic` file, read from its first few blocks only.
 * Lantern writes the description as the first member, so a file that is not a clinic file is
 * recognised without reading (or unpacking) more than a few kilobytes of it, however large it is.
 */
export function peekClinicFile(file: string): BackupManifest | null {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return null;
    size = stat.size;
  } catch {
    return null;
  }
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const header = Buffer.alloc(BLOCK);
    if (readSync(fd, header, 0, BLOCK, 0) !== BLOCK) return null;
    const name = untilNul(header.subarray(0, 100).toString('latin1'));
    const magic = header.subarray(257, 262).toString('latin1');
    const length = parseInt(untilNul(header.subarray(124, 136).toString('latin1')).trim(), 8);
    if (name !== MANIFEST_FILE || magic !== 'ustar') return null;
    if (!Number.isInteger(length) || length <= 0 || length > MAX_MANIFEST_BYTES) return null;
    const body = Buffer.alloc(length);
    if (readSync(fd, body, 0, length, BLOCK) !== length) return null;
    const manifest = parseManifest(body.toString('utf8'));
    if (!manifest) return null;
    const expected = length + backupBytes(manifest);
    return size <= expected + TAR_OVERHEAD_BYTES ? manifest : null;
  } finally {
    closeSync(fd);
  }
}

/** A tar header field ends at its first NUL byte. */
function untilNul(field: string): string {
  const end = field.indexOf('\0');
  return end < 0 ? field : field.slice(0, end);
}
