/** A finished backup in the backup folder. */
export interface BackupEntry {
  name: string;
  createdAt: string;
  kind?: string;
}

/** Backups someone asked for (back up now, before a restore) are kept apart: the newest 10. */
const KEEP_REQUESTED = 10;

const newestFirst = (backups: readonly BackupEntry[]) =>
  [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/**
 * Which backups to delete. Automatic ones (daily, at quit): keep the newest of each of the last
 * `keepDaily` days that have one, and the newest of each of the last `keepMonthly` months. Ones
 * someone asked for are never displaced by the daily rule; the newest 10 of them are kept.
 */
export function backupsToDelete(
  backups: readonly BackupEntry[],
  keepDaily: number,
  keepMonthly: number,
): string[] {
  const requested = backups.filter((b) => b.kind === 'manual' || b.kind === 'before_restore');
  const automatic = backups.filter((b) => !requested.includes(b));
  const requestedDoomed = newestFirst(requested)
    .slice(KEEP_REQUESTED)
    .map((b) => b.name);
  return [...automaticToDelete(automatic, keepDaily, keepMonthly), ...requestedDoomed];
}

function automaticToDelete(
  backups: readonly BackupEntry[],
  keepDaily: number,
  keepMonthly: number,
): string[] {
  const ordered = newestFirst(backups);
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  for (const backup of ordered) {
    const day = backup.createdAt.slice(0, 10);
    const month = backup.createdAt.slice(0, 7);
    if (!days.has(day) && days.size < keepDaily) {
      days.add(day);
      keep.add(backup.name);
    }
    if (!months.has(month) && months.size < keepMonthly) {
      months.add(month);
      keep.add(backup.name);
    }
  }
  return ordered.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
