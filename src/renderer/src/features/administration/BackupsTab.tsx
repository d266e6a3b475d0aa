import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../shared/contracts/backup';
import { useLanternQuery } from '../../lib/client';
import { errorMessage, lastAttemptMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { ErrorAlert, LoadingMessage } from '../../ui/feedback';
import { BackupList, RestoreFromFolder } from './BackupList';
import { BackupNow } from '../../ui/BackupProgress';
import { BackupSettingsForm } from './BackupSettingsForm';
import { ExportClinic } from './ExportClinic';
import { timeAgo } from './backupFormat';
import { RestoreDialog } from './RestoreDialog';
import { UndoRestoreNotice } from './UndoRestoreNotice';
import { useBackupRun } from '../../lib/useBackupRun';

/**
 * Backups, for administrators: the state in plain words with "Back up now", an undo for the
 * last restore, the list with "Restore…", restoring from another folder, the settings, and
 * exporting the clinic to move it to a new computer.
 */
export function BackupsTab() {
  const { t } = useTranslation();
  const status = useLanternQuery('backup:status', {}, { staleTime: 0 });
  const backup = useBackupRun();
  const [restoring, setRestoring] = useState<string | null>(null);

  if (status.isPending) return <LoadingMessage />;
  if (status.isError) {
    return (
      <ErrorAlert>
        {t('backup.status.loadFailed')} {errorMessage(t, status.error.error)}
      </ErrorAlert>
    );
  }
  const current = status.data;
  return (
    <div className="stack backups">
      {current.undoableRestore ? <UndoRestoreNotice restore={current.undoableRestore} /> : null}
      <section className="panel" aria-labelledby="backup-status-title">
        <h2 id="backup-status-title">{t('backup.status.title')}</h2>
        {/* A backup that just failed here says why below its button; no need to say it twice. */}
        <BackupStatusLines status={current} showLastAttempt={backup.error === null} />
        <BackupNow backup={backup} />
      </section>
      <BackupList status={current} onRestore={setRestoring} />
      <RestoreFromFolder onRestore={setRestoring} />
      <BackupSettingsForm settings={current.settings} />
      <ExportClinic />
      <RestoreDialog path={restoring} onClose={() => setRestoring(null)} />
    </div>
  );
}

/** Last verified backup, a failed last attempt, the folder and whether it can be reached. */
function BackupStatusLines({ status, showLastAttempt }: { status: BackupStatus; showLastAttempt: boolean }) {
  const { t } = useTranslation();
  const { lastVerifiedAt, lastAttempt, folderAvailable, settings } = status;
  return (
    <div className="backup-status">
      <p className="backup-status-main">
        {lastVerifiedAt
          ? t('backup.status.lastVerified', {
              date: formatDateTime(lastVerifiedAt),
              ago: timeAgo(t, lastVerifiedAt),
            })
          : t('backup.status.none')}
      </p>
      {showLastAttempt && lastAttempt && !lastAttempt.ok ? (
        <p className="backup-problem">
          {t('backup.status.lastFailed', { date: formatDateTime(lastAttempt.at) })}{' '}
          {lastAttemptMessage(t, lastAttempt)}
        </p>
      ) : null}
      <p>
        {t('backup.status.folder')} <span className="backup-path">{settings.folder}</span>
      </p>
      <p className={folderAvailable ? undefined : 'backup-problem'}>
        {folderAvailable ? t('backup.status.folderAvailable') : t('backup.status.folderMissing')}
      </p>
      <p>{settings.automatic ? t('backup.status.automaticOn') : t('backup.status.automaticOff')}</p>
    </div>
  );
}
