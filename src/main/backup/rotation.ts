/** A finished backup in the backup folder. */
export interface BackupEntry {
  name: string;
  createdAt: string;
}

/**
 * Which backups to delete: keep the newest backup of each of the last `keepDaily` days that have
 * one, and the newest of each of the last `keepMonthly` months; everything else goes.
 */
export function backupsToDelete(
  backups: readonly BackupEntry[],
  keepDaily: number,
  keepMonthly: number,
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  for (const backup of newestFirst) {
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
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
