import { posix, win32 } from 'node:path';

export type SyncService = 'OneDrive' | 'Dropbox' | 'Google Drive' | 'iCloud Drive';

/**
 * Folder names the sync clients create, compared case-insensitively segment by segment:
 * `OneDrive`, `OneDrive - Riverbend Clinic` (work accounts), `Dropbox`, `Dropbox (Team)`,
 * `Google Drive`, `My Drive`, macOS `CloudStorage/GoogleDrive-…`, `OneDrive-…`, `Dropbox-…`,
 * `iCloud Drive`, `iCloudDrive` (Windows), `Mobile Documents` (macOS iCloud).
 */
const SEGMENTS: [RegExp, SyncService][] = [
  [/^onedrive( - .*)?$/, 'OneDrive'],
  [/^onedrive-/, 'OneDrive'],
  [/^dropbox( \(.*\))?$/, 'Dropbox'],
  [/^dropbox-/, 'Dropbox'],
  [/^(google ?drive|my drive)$/, 'Google Drive'],
  [/^googledrive-/, 'Google Drive'],
  [/^(icloud ?drive|mobile documents|com~apple~clouddocs)$/, 'iCloud Drive'],
];

/** Windows sets these to the OneDrive folders of the signed-in user (personal and work). */
const ONEDRIVE_VARIABLES = ['OneDrive', 'OneDriveConsumer', 'OneDriveCommercial'];

/**
 * The sync service whose folder holds `path`, or null. A file saved there is copied to the
 * service's cloud (and to every other computer signed in to it), so an unencrypted export there
 * leaves the clinic's control.
 */
export function syncServiceOf(
  path: string,
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
): SyncService | null {
  const windows = platform === 'win32';
  const paths = windows ? win32 : posix;
  const normalized = paths.normalize(path);
  if (windows) {
    const lower = normalized.toLowerCase();
    for (const variable of ONEDRIVE_VARIABLES) {
      const root = env[variable];
      if (!root) continue;
      let rootLower = win32.normalize(root).toLowerCase();
      while (rootLower.endsWith('\\')) rootLower = rootLower.slice(0, -1);
      if (lower === rootLower || lower.startsWith(`${rootLower}\\`)) return 'OneDrive';
    }
  }
  for (const segment of normalized.split(windows ? /[\\/]/ : '/')) {
    const lower = segment.toLowerCase();
    for (const [pattern, service] of SEGMENTS) if (pattern.test(lower)) return service;
  }
  return null;
}
