import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { useLockControls, useSession } from '../../app/session';
import { toAppError, useLanternMutation } from '../../lib/client';
import { BrandMark } from '../../ui/Brand';
import { ErrorAlert } from '../../ui/feedback';
import { RecoveryKeySheet } from './RecoveryKeySheet';

/**
 * An administrator whose recovery key is not confirmed. Right after setup (or after creating a
 * new key) the key is in memory and shown; after a restart or a lock it cannot be shown again,
 * so a new one is created first.
 */
export function RecoveryKeyGate() {
  const { t } = useTranslation();
  const { status, issuedKey, setIssuedKey, refreshStatus } = useSession();
  const { signOut } = useLockControls();
  const [error, setError] = useState<AppError | null>(null);
  const confirm = useLanternMutation('setup:confirmRecoveryKey');
  const regenerate = useLanternMutation('setup:regenerateRecoveryKey');

  if (issuedKey) {
    return (
      <RecoveryKeySheet
        issued={issuedKey}
        isPending={confirm.isPending}
        error={error}
        step={issuedKey.origin === 'setup' ? { step: 2, total: 2 } : undefined}
        onConfirm={() => {
          setError(null);
          confirm
            .mutateAsync({ confirmed: true })
            .then(async () => {
              await refreshStatus();
              setIssuedKey(null);
            })
            .catch((thrown: unknown) => setError(toAppError(thrown)));
        }}
      />
    );
  }

  const createKey = () => {
    setError(null);
    regenerate
      .mutateAsync({})
      .then((issued) =>
        setIssuedKey({
          recoveryKey: issued.recoveryKey,
          clinicName: status.clinicName ?? '',
          issuedAt: new Date(),
          origin: 'replacement',
        }),
      )
      .catch((thrown: unknown) => setError(toAppError(thrown)));
  };

  return (
    <main className="centered-screen">
      <div className="card card-narrow">
        <p className="brand-line">
          <BrandMark />
          <span className="brand-name">{t('app.name')}</span>
          {status.clinicName ? <span className="clinic-name">{status.clinicName}</span> : null}
        </p>
        <h1>{t('recoveryKey.regenerateTitle')}</h1>
        <p className="lead">{t('recoveryKey.regenerateIntro')}</p>
        <p>{t('recoveryKey.what')}</p>
        <p>{t('recoveryKey.regenerateHow')}</p>
        <ErrorAlert error={error} />
        <div className="form-actions">
          <Button className="button button-primary" isPending={regenerate.isPending} onPress={createKey}>
            {regenerate.isPending ? t('recoveryKey.regenerating') : t('recoveryKey.regenerate')}
          </Button>
          <Button className="button button-quiet" onPress={() => void signOut()}>
            {t('shell.signOut')}
          </Button>
        </div>
      </div>
    </main>
  );
}
