import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/contracts/session';
import { BrandMark } from '../../ui/Brand';
import { RecoverForm } from './RecoverForm';
import { SignInForm } from './SignInForm';

/**
 * What a locked workstation shows: the sign-in form (prefilled after a lock, with "Lantern is
 * locked"), or the administrator recovery form behind "Forgot password?".
 */
export function SignInScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'signIn' | 'recover'>('signIn');
  const locked = status.lastUsername !== null;

  return (
    <main className="centered-screen">
      <div className="card card-narrow">
        <p className="brand-line">
          <BrandMark />
          <span className="brand-name">{t('app.name')}</span>
          {status.clinicName ? <span className="clinic-name">{status.clinicName}</span> : null}
        </p>
        {mode === 'signIn' ? (
          <>
            <h1>{locked ? t('signIn.lockedTitle') : t('signIn.title')}</h1>
            {locked ? <p className="lead">{t('signIn.lockedIntro')}</p> : null}
            <SignInForm status={status} onForgot={() => setMode('recover')} />
          </>
        ) : (
          <>
            <h1>{t('recover.title')}</h1>
            <p className="lead">{t('recover.intro')}</p>
            <RecoverForm status={status} onBack={() => setMode('signIn')} />
          </>
        )}
      </div>
    </main>
  );
}
