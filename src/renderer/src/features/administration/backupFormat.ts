import type { TFunction } from 'i18next';
import type { BackupSummary } from '../../../../shared/contracts/backup';
import { isOneOf } from '../../lib/catalogue';

/** "3 hours ago", "2 days ago" or "less than an hour ago", from the catalogue. */
export function timeAgo(t: TFunction, iso: string, now: number = Date.now()): string {
  const hours = Math.floor((now - Date.parse(iso)) / 3_600_000);
  if (!Number.isFinite(hours) || hours < 1) return t('backup.time.justNow');
  if (hours < 48) return t('backup.time.hoursAgo', { count: hours });
  return t('backup.time.daysAgo', { count: Math.floor(hours / 24) });
}

export { formatBytes } from '../../lib/format';

/** The kinds this Lantern writes. */
const BACKUP_KINDS = ['daily', 'manual', 'quit', 'before_restore'] as const;

/** Daily, manual, at quit, before restore (an unknown kind from a newer Lantern is shown as is). */
export function kindLabel(t: TFunction, kind: string): string {
  return isOneOf(BACKUP_KINDS, kind) ? t(`backup.kinds.${kind}`) : kind;
}

/** The tables a person cares about when choosing a backup, in the order they are shown. */
const COUNTED = ['clients', 'client_contacts', 'client_diagnoses', 'accounts', 'audit_log'] as const;

export function describedCounts(t: TFunction, summary: BackupSummary): { label: string; value: number }[] {
  return COUNTED.filter((table) => summary.counts[table] !== undefined).map((table) => ({
    label: t(`backup.counts.${table}`),
    value: summary.counts[table] ?? 0,
  }));
}
