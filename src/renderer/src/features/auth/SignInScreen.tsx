import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/contracts/session';
import { LanguagePicker } from '../../app/LanguagePicker';
import { BrandMark } from '../../ui/Brand';
import { StatusMessage } from '../../ui/feedback';
import { InterruptedUpgradeNotice } from './InterruptedUpgradeNotice';
import { RecoverForm } from './RecoverForm';
import { SignInForm } from './SignInForm';

/**
 * What a locked workstation shows: the sign-in form (prefilled after a lock, with "Lantern is
 * locked"), or the administrator recovery form behind "Forgot password?". After an update of
 * the data was cut short, a notice offers the copy taken before it.
 */
export function SignInScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'signIn' | 'recover'>('signIn');
  const [preUpgradeRestored, setPreUpgradeRestored] = useState(false);
  const locked = status.lastUsername !== null;

  const onPreUpgradeRestored = async () => {
    // The notice (and the button focus would return to) goes with the refreshed status first:
    // `backup:restorePreUpgrade` made `app:status` stale, and it was fetched before this runs.
    setPreUpgradeRestored(true);
  };

  return (
    <main className="centered-screen">
      <div className="card card-narrow">
        <LanguagePicker />
        <p className="brand-line">
          <BrandMark />
          <span className="brand-name">{t('app.name')}</span>
          {status.clinicName ? <span className="clinic-name">{status.clinicName}</span> : null}
        </p>
        {mode === 'signIn' ? (
          <>
            <h1>{locked ? t('signIn.lockedTitle') : t('signIn.title')}</h1>
            {locked ? <p className="lead">{t('signIn.lockedIntro')}</p> : null}
            <StatusMessage>
              {preUpgradeRestored ? <FocusedText text={t('upgrade.done')} /> : null}
            </StatusMessage>
            {status.interruptedUpgrade ? (
              <InterruptedUpgradeNotice
                upgrade={status.interruptedUpgrade}
                onRestored={onPreUpgradeRestored}
              />
            ) : null}
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

/**
 * The confirmation after the copy is back. The button that opened the dialog is gone by then,
 * so focus comes here instead of being lost; the next Tab reaches the sign-in form.
 */
function FocusedText({ text }: { text: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <span ref={ref} tabIndex={-1}>
      {text}
    </span>
  );
}
