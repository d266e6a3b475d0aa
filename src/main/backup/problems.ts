import { DomainError } from '../errors';

/**
 * The answers a backup path gets, each with a catalogue key the renderer translates (main's
 * English is the fallback). "Not a Lantern backup" is one answer for a missing path, a file, a
 * folder without a backup description, or anything else: a typed path must not become a way to
 * find out what exists on this computer.
 */
export function notABackup(): DomainError {
  return new DomainError(
    'backup_invalid',
    'This is not a Lantern backup. Choose a backup folder (it holds backup.json) or a .lanternclinic file.',
    { path: 'validation.not_a_backup' },
    { messageKey: 'errors.not_a_backup' },
  );
}

/** It is a Lantern backup by its description, but its files are not as written. */
export function backupDamaged(): DomainError {
  return new DomainError(
    'backup_invalid',
    'This backup is damaged or was changed after it was written; choose another backup.',
    { path: 'validation.backup_damaged' },
    { messageKey: 'errors.backup_damaged' },
  );
}

export type FileProblem = 'disk_full' | 'not_writable' | 'drive_removed' | 'unknown';

/** What the operating system (or SQLite writing a copy) said, as one of a few plain answers. */
export function fileProblemOf(error: unknown): FileProblem {
  const raw = String((error as NodeJS.ErrnoException | null)?.code ?? '');
  if (raw.startsWith('SQLITE_IOERR')) return 'drive_removed';
  switch (raw) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'SQLITE_FULL':
      return 'disk_full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'EBUSY':
    case 'SQLITE_READONLY':
      return 'not_writable';
    case 'ENOENT':
    case 'ENODEV':
    case 'ENOTDIR':
    case 'EIO':
    case 'SQLITE_CANTOPEN':
      return 'drive_removed';
    default:
      return 'unknown';
  }
}

const FILE_PROBLEM_TEXT: Record<FileProblem, (folder: string) => string> = {
  disk_full: (folder) => `The backup drive is full (${folder}). Free some space or choose another folder.`,
  not_writable: (folder) =>
    `Lantern may not write to ${folder}. Choose a folder you can write to, or unlock the drive.`,
  drive_removed: (folder) =>
    `The backup folder ${folder} disappeared while the backup was written. Was the USB drive removed? Plug it in and try again.`,
  unknown: (folder) =>
    `The backup could not be written to ${folder}. Try again, or choose another folder; Lantern noted the details in its log.`,
};

export function fileProblemText(problem: FileProblem, folder: string): string {
  return FILE_PROBLEM_TEXT[problem](folder);
}

/** Logged for whoever supports Lantern; the person sees only the plain answer. */
export function logFileError(what: string, error: unknown): void {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  console.warn(
    `[lantern] ${what}: ${code ?? 'no code'}: ${String((error as Error | null)?.message ?? error)}`,
  );
}
