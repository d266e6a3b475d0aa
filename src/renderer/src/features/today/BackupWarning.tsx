import type { TFunction } from 'i18next';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../shared/contracts/backup';
import { can } from '../../../../shared/domain/roles';
import { useSession } from '../../app/session';
import { useLanternQuery } from '../../lib/client';
import { lastAttemptMessage } from '../../lib/errors';
import { BackupNow } from '../../ui/BackupProgress';
import { useBackupRun } from '../../lib/useBackupRun';

/**
 * For administrators: a calm word on Today when backups need attention (none verified in the
 * last 3 days, or the folder cannot be reached), with the way to the Backups tab and
 * "Back up now". Other roles never see it; a failure to load it stays silent here.
 */
export function BackupWarning() {
  const { session } = useSession();
  if (!can(session.role, 'settings:manage')) return null;
  return <AdministratorBackupWarning />;
}

function AdministratorBackupWarning() {
  const { t } = useTranslation();
  const status = useLanternQuery('backup:status', {}, { staleTime: 0 });
  const backup = useBackupRun();
  // Once a backup was started here, its progress and outcome stay on screen.
  const started = backup.progress !== null || backup.saved !== null || backup.error !== null;
  if (!status.data || (!status.data.needsAttention && !started)) return null;

  return (
    <section className="backup-warning" aria-labelledby="backup-warning-title">
      <h2 id="backup-warning-title" className="backup-warning-title">
        {t('backup.warning.title')}
      </h2>
      {status.data.needsAttention ? (
        <div role="status">
          <p>{reason(t, status.data)}</p>
          {status.data.folderAvailable && status.data.lastAttempt && !status.data.lastAttempt.ok ? (
            <p>
              {t('backup.warning.lastFailed')} {lastAttemptMessage(t, status.data.lastAttempt)}
            </p>
          ) : null}
        </div>
      ) : null}
      <BackupNow
        backup={backup}
        quiet
        actions={
          <Link href="/administration/backups" className="text-link">
            {t('backup.warning.open')}
          </Link>
        }
      />
    </section>
  );
}

function reason(t: TFunction, status: BackupStatus): string {
  if (!status.folderAvailable) return t('backup.warning.folderMissing');
  if (!status.lastVerifiedAt) return t('backup.warning.none');
  return t('backup.warning.stale');
}
