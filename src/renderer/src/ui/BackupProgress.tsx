import type { ReactNode } from 'react';
import { Button, Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';
import { ErrorAlert, StatusMessage } from './feedback';
import type { BackupProgressState, BackupRun } from '../lib/useBackupRun';

/** The bar of one running backup; its label says the step in plain words. */
export function BackupProgress({ progress }: { progress: BackupProgressState }) {
  const { t } = useTranslation();
  const label = t(`backup.run.stage.${progress.stage}`);
  return (
    <ProgressBar className="backup-progress" value={progress.percent}>
      {({ percentage, valueText }) => (
        <>
          <div className="backup-progress-text">
            <Label>{label}</Label>
            <span className="backup-progress-value">{valueText}</span>
          </div>
          <div className="backup-progress-track" aria-hidden="true">
            <div className="backup-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

/**
 * "Back up now", the bar while it runs, then "Backup saved and verified" or what went wrong.
 * `actions` sit beside the button (e.g. the way to the Backups tab on Today).
 */
export function BackupNow({
  backup,
  quiet,
  actions,
}: {
  backup: BackupRun;
  quiet?: boolean;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="backup-now">
      <div className="form-actions">
        <Button
          className={quiet ? 'button' : 'button button-primary'}
          isPending={backup.isRunning}
          onPress={() => void backup.start()}
        >
          {backup.isRunning ? t('backup.run.running') : t('backup.run.button')}
        </Button>
        {actions}
      </div>
      {backup.progress ? <BackupProgress progress={backup.progress} /> : null}
      <StatusMessage>
        {backup.saved ? t('backup.run.saved', { name: backup.saved.name }) : null}
      </StatusMessage>
      {backup.error ? (
        <ErrorAlert>
          {t('backup.run.failed')} {errorMessage(t, backup.error)}
        </ErrorAlert>
      ) : null}
    </div>
  );
}
