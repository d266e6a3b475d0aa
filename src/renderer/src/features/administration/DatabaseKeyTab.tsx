import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { KeyChangeResultView } from '../../../../shared/contracts/security';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation } from '../../lib/client';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { ModalDialog } from '../../ui/ModalDialog';

/**
 * Administration → Database key: what changing it does, in plain words, then a confirmation.
 * Main re-encrypts the database and rewraps every slot (workstation/rotate-database-key.ts); the
 * administrator stays signed in, so there is nothing to reload afterwards.
 */
export function DatabaseKeyTab() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<KeyChangeResultView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const change = useLanternMutation('security:rotateDatabaseKey');

  const changeKey = async () => {
    setError(null);
    setResult(null);
    try {
      setResult(await change.mutateAsync({}));
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setAsking(false);
    }
  };

  return (
    <div className="panel panel-form">
      <h2>{t('admin.databaseKey.title')}</h2>
      <p>{t('admin.databaseKey.intro')}</p>
      <p>{t('admin.databaseKey.why')}</p>
      <p>{t('admin.databaseKey.what')}</p>
      <p>{t('admin.databaseKey.oldBackups')}</p>
      <p className="muted">{t('admin.databaseKey.when')}</p>
      <KeyChangeError error={error} />
      <StatusMessage>
        {result ? t('admin.databaseKey.done', { count: result.accounts }) : null}
        {change.isPending ? t('admin.databaseKey.changing') : null}
      </StatusMessage>
      <div className="form-actions">
        <Button className="button" isPending={change.isPending} onPress={() => setAsking(true)}>
          {t('admin.databaseKey.change')}
        </Button>
      </div>
      <ModalDialog
        role="alertdialog"
        isOpen={asking}
        onOpenChange={(open) => setAsking(open || change.isPending)}
        title={t('admin.databaseKey.confirmTitle')}
      >
        {(close) => (
          <>
            <p>{t('admin.databaseKey.confirmBody')}</p>
            <div className="dialog-actions">
              <Button className="button" onPress={close} isDisabled={change.isPending} autoFocus>
                {t('common.cancel')}
              </Button>
              <Button
                className="button button-primary"
                isPending={change.isPending}
                onPress={() => void changeKey()}
              >
                {change.isPending ? t('admin.databaseKey.changing') : t('admin.databaseKey.confirm')}
              </Button>
            </div>
          </>
        )}
      </ModalDialog>
    </div>
  );
}

/** `key_change_blocked` names who must renew their slot; anything else reads as usual. */
function KeyChangeError({ error }: { error: AppError | null }) {
  const { t } = useTranslation();
  if (error?.code !== 'key_change_blocked') return <ErrorAlert error={error} />;
  const accounts = typeof error.details?.accounts === 'string' ? error.details.accounts : '';
  return (
    <ErrorAlert>
      {accounts ? t('admin.databaseKey.blocked', { accounts }) : null}{' '}
      {error.details?.recovery === true ? t('admin.databaseKey.blockedRecovery') : null}
    </ErrorAlert>
  );
}
