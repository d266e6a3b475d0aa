import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../../shared/contracts/backup';
import { useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/feedback';
import { ModalDialog } from '../../ui/ModalDialog';
import { describedCounts, kindLabel, timeAgo } from './backupFormat';
import { RestoreForm } from './RestoreForm';

/**
 * Restoring a backup, in two steps: main checks the backup (`backup:inspect`) and the dialog
 * says what it holds and what will happen; then an administrator of that backup proves it.
 */
export function RestoreDialog({ path, onClose }: { path: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      isOpen={path !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('backup.restore.title')}
    >
      {(close) => (path ? <RestoreSteps path={path} onCancel={close} /> : null)}
    </ModalDialog>
  );
}

function RestoreSteps({ path, onCancel }: { path: string; onCancel: () => void }) {
  const { t } = useTranslation();
  // Checked afresh every time the dialog opens: a drive may have been swapped meanwhile.
  const inspect = useLanternQuery('backup:inspect', { path }, { staleTime: 0, gcTime: 0 });

  if (inspect.isPending) {
    return (
      <>
        <p className="loading" role="status">
          {t('backup.restore.checking')}
        </p>
        <div className="dialog-actions">
          <Button className="button" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </>
    );
  }
  if (inspect.isError) {
    return (
      <>
        <ErrorAlert>
          {t('backup.restore.cannot')} {errorMessage(t, inspect.error.error)}
        </ErrorAlert>
        <p className="backup-path">{t('backup.restore.checkedFolder', { path })}</p>
        <div className="dialog-actions">
          <Button className="button" onPress={onCancel} autoFocus>
            {t('common.close')}
          </Button>
        </div>
      </>
    );
  }
  return (
    <>
      <BackupFacts summary={inspect.data} />
      <p className="notice">{t('backup.restore.warning')}</p>
      <RestoreForm path={path} onCancel={onCancel} />
    </>
  );
}

/** Date, clinic, kind and the counts of what a backup holds. */
function BackupFacts({ summary }: { summary: BackupSummary }) {
  const { t } = useTranslation();
  const facts: { label: string; value: React.ReactNode }[] = [
    {
      label: t('backup.restore.made'),
      value: (
        <>
          <time dateTime={summary.createdAt}>{formatDateTime(summary.createdAt)}</time> (
          {timeAgo(t, summary.createdAt)})
        </>
      ),
    },
    { label: t('backup.restore.clinic'), value: summary.clinicName },
    { label: t('backup.restore.kind'), value: kindLabel(t, summary.kind) },
    ...describedCounts(t, summary),
    { label: t('backup.restore.name'), value: <span className="backup-path">{summary.name}</span> },
  ];
  return (
    <dl className="backup-facts">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
