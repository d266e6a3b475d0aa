import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLockControls, useSession } from '../../app/session';
import { BrandMark } from '../../ui/Brand';
import { ChangePasswordForm } from './ChangePasswordForm';

/** After signing in with a temporary password: nothing else opens until a new one is chosen. */
export function ChangePasswordGate() {
  const { t } = useTranslation();
  const { status, session, refreshStatus } = useSession();
  const { signOut } = useLockControls();
  return (
    <main className="centered-screen">
      <div className="card card-narrow">
        <p className="brand-line">
          <BrandMark />
          <span className="brand-name">{t('app.name')}</span>
          {status.clinicName ? <span className="clinic-name">{status.clinicName}</span> : null}
        </p>
        <h1>{t('changePassword.gateTitle')}</h1>
        <p className="lead">{t('changePassword.gateIntro')}</p>
        <p className="muted">
          {t('shell.signedInAs', { name: session.fullName, role: t(`roles.${session.role}`) })}
        </p>
        <ChangePasswordForm temporary onChanged={refreshStatus} />
        <div className="card-footer">
          <Button className="button button-quiet" onPress={() => void signOut()}>
            {t('shell.signOut')}
          </Button>
        </div>
      </div>
    </main>
  );
}
