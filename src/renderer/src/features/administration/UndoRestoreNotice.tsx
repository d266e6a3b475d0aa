import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../shared/contracts/backup';
import type { AppError } from '../../../../shared/result';
import { useLockControls } from '../../app/session';
import { toAppError, useLanternMutation } from '../../lib/client';
import { formatDateTime } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/feedback';
import { ModalDialog } from '../../ui/ModalDialog';

/** "Restored from … on …" with Undo restore (after a confirmation); undoing signs everyone out. */
export function UndoRestoreNotice({ restore }: { restore: NonNullable<BackupStatus['undoableRestore']> }) {
  const { t } = useTranslation();
  const { signOut } = useLockControls();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const undo = useLanternMutation('backup:undoRestore');

  const undoNow = async () => {
    setError(null);
    try {
      await undo.mutateAsync({});
      await signOut();
    } catch (thrown) {
      setAsking(false);
      setError(toAppError(thrown));
    }
  };

  return (
    <section className="panel backup-undo" aria-labelledby="backup-undo-title">
      <h2 id="backup-undo-title">
        {t('backup.undo.notice', {
          backup: restore.backupName,
          date: formatDateTime(restore.restoredAt),
        })}
      </h2>
      <p>{t('backup.undo.explain')}</p>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <Button className="button" onPress={() => setAsking(true)}>
          {t('backup.undo.button')}
        </Button>
      </div>
      <ModalDialog
        role="alertdialog"
        isOpen={asking}
        onOpenChange={setAsking}
        title={t('backup.undo.confirmTitle')}
      >
        {(close) => (
          <>
            <p>{t('backup.undo.confirmBody', { backup: restore.backupName })}</p>
            <div className="dialog-actions">
              <Button className="button" onPress={close} autoFocus isDisabled={undo.isPending}>
                {t('common.cancel')}
              </Button>
              <Button
                className="button button-primary"
                isPending={undo.isPending}
                onPress={() => void undoNow()}
              >
                {t('backup.undo.confirm')}
              </Button>
            </div>
          </>
        )}
      </ModalDialog>
    </section>
  );
}
