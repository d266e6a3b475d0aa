import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SaveLocation } from '../../../../../shared/contracts/files';
import type { AppError } from '../../../../../shared/result';
import { toAppError, useLanternMutation } from '../../../lib/client';
import { ErrorAlert, StatusMessage } from '../../../ui/feedback';
import { ModalDialog } from '../../../ui/ModalDialog';

type Step = { kind: 'closed' } | { kind: 'warn' } | { kind: 'synced'; location: SaveLocation };

/**
 * Exports the client's record as a FHIR R4 Bundle, to a place the person chooses in the
 * operating system's save dialog (opened by main, which keeps the choice). The file is NOT
 * encrypted: the dialog says so before anything is chosen, warns again when the folder is synced
 * to a cloud service, and the confirmation afterwards repeats it. Main applies the 42 CFR Part 2
 * rule and records the export in the audit trail.
 */
export function ExportRecordButton({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const choose = useLanternMutation('files:chooseSaveLocation');
  const exportRecord = useLanternMutation('clients:exportFhir');
  const busy = choose.isPending || exportRecord.isPending;

  const write = async () => {
    setStep({ kind: 'closed' });
    try {
      const result = await exportRecord.mutateAsync({ clientId });
      setNotice(
        result.withheldPart2Records > 0
          ? t('clients.export.savedWithheld', { file: result.file, count: result.withheldPart2Records })
          : t('clients.export.saved', { file: result.file }),
      );
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  const chooseLocation = async () => {
    try {
      const location = await choose.mutateAsync({
        purpose: 'fhir_export',
        title: t('clients.export.saveTitle'),
      });
      if (!location.path) return setStep({ kind: 'closed' });
      if (location.syncService) return setStep({ kind: 'synced', location });
      await write();
    } catch (thrown) {
      setStep({ kind: 'closed' });
      setError(toAppError(thrown));
    }
  };

  return (
    <div className="stack">
      <Button
        className="button"
        isDisabled={busy}
        onPress={() => {
          setNotice(null);
          setError(null);
          setStep({ kind: 'warn' });
        }}
      >
        {t('clients.export.button')}
      </Button>
      <StatusMessage>{notice}</StatusMessage>
      <ErrorAlert error={error} />
      <ModalDialog
        isOpen={step.kind !== 'closed'}
        onOpenChange={(open) => (open ? undefined : setStep({ kind: 'closed' }))}
        title={step.kind === 'synced' ? t('clients.export.syncedTitle') : t('clients.export.warnTitle')}
        role="alertdialog"
      >
        {(close) =>
          step.kind === 'synced' ? (
            <>
              <p className="notice">
                {t('clients.export.synced', { service: step.location.syncService, path: step.location.path })}
              </p>
              <div className="dialog-actions">
                <Button className="button" onPress={close}>
                  {t('common.cancel')}
                </Button>
                <Button className="button" onPress={() => void write()} isDisabled={busy}>
                  {t('clients.export.saveAnyway')}
                </Button>
                <Button
                  className="button button-primary"
                  onPress={() => void chooseLocation()}
                  isDisabled={busy}
                  autoFocus
                >
                  {t('clients.export.chooseAnother')}
                </Button>
              </div>
            </>
          ) : (
            <>
              <p className="notice">{t('clients.export.notEncrypted')}</p>
              <p>{t('clients.export.whereHelp')}</p>
              <div className="dialog-actions">
                <Button className="button" onPress={close}>
                  {t('common.cancel')}
                </Button>
                <Button
                  className="button button-primary"
                  onPress={() => void chooseLocation()}
                  isDisabled={busy}
                  autoFocus
                >
                  {t('clients.export.choose')}
                </Button>
              </div>
            </>
          )
        }
      </ModalDialog>
    </div>
  );
}
