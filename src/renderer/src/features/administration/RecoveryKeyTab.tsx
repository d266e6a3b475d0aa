import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { useSession } from '../../app/session';
import { toAppError, useLanternMutation } from '../../lib/client';
import { ErrorAlert } from '../../ui/feedback';
import { ModalDialog } from '../../ui/ModalDialog';

/**
 * Creates a new recovery key. Main marks it unconfirmed at once, so the session gate takes over
 * and shows the same print/confirm screen as setup until it is saved.
 */
export function RecoveryKeyTab() {
  const { t } = useTranslation();
  const { status, setIssuedKey, refreshStatus } = useSession();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const regenerate = useLanternMutation('setup:regenerateRecoveryKey');

  const createKey = async () => {
    setError(null);
    try {
      const issued = await regenerate.mutateAsync({});
      setIssuedKey({
        recoveryKey: issued.recoveryKey,
        clinicName: status.clinicName ?? '',
        issuedAt: new Date(),
        origin: 'replacement',
      });
      await refreshStatus();
    } catch (thrown) {
      setAsking(false);
      setError(toAppError(thrown));
    }
  };

  return (
    <div className="panel panel-form">
      <h2>{t('admin.recoveryKey.title')}</h2>
      <p>{t('admin.recoveryKey.intro')}</p>
      <p>{t('admin.recoveryKey.lost')}</p>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <Button className="button" onPress={() => setAsking(true)}>
          {t('admin.recoveryKey.create')}
        </Button>
      </div>
      <ModalDialog
        role="alertdialog"
        isOpen={asking}
        onOpenChange={setAsking}
        title={t('admin.recoveryKey.confirmTitle')}
      >
        {(close) => (
          <>
            <p>{t('admin.recoveryKey.confirmBody')}</p>
            <div className="dialog-actions">
              <Button className="button" onPress={close} autoFocus>
                {t('common.cancel')}
              </Button>
              <Button
                className="button button-primary"
                isPending={regenerate.isPending}
                onPress={() => void createKey()}
              >
                {t('admin.recoveryKey.confirm')}
              </Button>
            </div>
          </>
        )}
      </ModalDialog>
    </div>
  );
}
