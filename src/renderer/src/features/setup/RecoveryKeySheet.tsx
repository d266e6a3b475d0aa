import { useId, useRef, useState } from 'react';
import { Button, CheckboxButton, CheckboxField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import type { IssuedRecoveryKey } from '../../app/session';
import { copySecret } from '../../lib/clipboardSecret';
import { formatLongDate } from '../../lib/i18n';
import { BrandMark } from '../../ui/Brand';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';

/**
 * Shows a newly issued recovery key once: large and monospaced, explained in plain words, with
 * Print (only the key sheet is printed) and Copy. Continue stays disabled until the person
 * ticks "I have saved the recovery key somewhere safe".
 */
export function RecoveryKeySheet(props: {
  issued: IssuedRecoveryKey;
  onConfirm: () => void;
  isPending: boolean;
  error: AppError | null;
  step?: { step: number; total: number };
}) {
  const { issued, onConfirm, isPending, error, step } = props;
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const keyLabelId = useId();
  const hintId = useId();
  const date = formatLongDate(issued.issuedAt);

  // A second Copy restarts the two minutes. Leaving the sheet does not cancel them: the key
  // must not stay on the clipboard because the person moved on.
  const cancelClearing = useRef<(() => void) | null>(null);

  const copyKey = async () => {
    try {
      cancelClearing.current?.();
      cancelClearing.current = await copySecret(navigator.clipboard, issued.recoveryKey);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <main className="centered-screen">
      <div className="card card-wide no-print">
        <p className="brand-line">
          <BrandMark />
          <span className="brand-name">{t('app.name')}</span>
          <span className="clinic-name">{issued.clinicName}</span>
        </p>
        {step ? (
          <p className="step">
            {t('app.stepOf', step)} · {t('setup.step2')}
          </p>
        ) : null}
        <h1>{t('recoveryKey.title')}</h1>
        <p className="lead">{t('recoveryKey.lead', { clinicName: issued.clinicName })}</p>

        <div className="recovery-key-box" role="group" aria-labelledby={keyLabelId}>
          <p id={keyLabelId} className="recovery-key-label">
            {t('recoveryKey.keyLabel')}
          </p>
          <p className="recovery-key" translate="no">
            <KeyGroups recoveryKey={issued.recoveryKey} />
          </p>
          <div className="button-row">
            <Button className="button" onPress={() => window.print()}>
              {t('recoveryKey.print')}
            </Button>
            <Button className="button" onPress={() => void copyKey()}>
              {t('recoveryKey.copy')}
            </Button>
          </div>
        </div>
        <StatusMessage tone="info">
          {copy === 'copied'
            ? t('recoveryKey.copied')
            : copy === 'failed'
              ? t('recoveryKey.copyFailed')
              : null}
        </StatusMessage>

        <h2>{t('recoveryKey.whatTitle')}</h2>
        <p>{t('recoveryKey.what')}</p>
        <h2>{t('recoveryKey.howTitle')}</h2>
        <p>{t('recoveryKey.how')}</p>
        <p className="notice">{t('recoveryKey.once')}</p>

        <CheckboxField className="checkbox-field" isSelected={saved} onChange={setSaved}>
          <CheckboxButton className="checkbox">
            <span className="checkbox-box" aria-hidden="true">
              <svg viewBox="0 0 18 18" width="18" height="18">
                <polyline
                  points="3.5 9.5 7.5 13 14.5 5"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2.5"
                />
              </svg>
            </span>
            {t('recoveryKey.confirmCheckbox')}
          </CheckboxButton>
        </CheckboxField>
        <ErrorAlert error={error} />
        <div className="form-actions">
          <Button
            className="button button-primary"
            isDisabled={!saved}
            isPending={isPending}
            onPress={onConfirm}
            aria-describedby={saved ? undefined : hintId}
          >
            {t('recoveryKey.continue')}
          </Button>
          {saved ? null : (
            <span id={hintId} className="muted small">
              {t('recoveryKey.confirmHint')}
            </span>
          )}
        </div>
      </div>

      {/* Shown only when printing (see styles/print.css); on screen it is display:none. */}
      <section className="print-sheet">
        <h1>{t('recoveryKey.printTitle')}</h1>
        <p>{t('recoveryKey.printClinic', { clinicName: issued.clinicName })}</p>
        <p>{t('recoveryKey.printDate', { date })}</p>
        <p className="print-key">
          <KeyGroups recoveryKey={issued.recoveryKey} />
        </p>
        <p>{t('recoveryKey.what')}</p>
        <p>{t('recoveryKey.printKeep')}</p>
      </section>
    </main>
  );
}

/** Groups of four that wrap only between groups; copying the text still gives `ABCD-EFGH-…`. */
function KeyGroups({ recoveryKey }: { recoveryKey: string }) {
  const groups = recoveryKey.split('-');
  return (
    <>
      {groups.map((group, index) => (
        <span key={index} className="key-group">
          {index < groups.length - 1 ? `${group}-` : group}
        </span>
      ))}
    </>
  );
}
