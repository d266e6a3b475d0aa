import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLanternMutation } from '../../../lib/client';
import { ErrorAlert, StatusMessage } from '../../../ui/feedback';
import { useExportToFile } from '../../../ui/ExportToFileDialog';

/**
 * Exports the client's record as a FHIR R4 Bundle, to a place the person chooses in the
 * operating system's save dialog (opened by main, which keeps the choice). The file is NOT
 * encrypted: the dialog says so before anything is chosen, warns again when the folder is synced
 * to a cloud service, and the confirmation afterwards repeats it. Main applies the 42 CFR Part 2
 * rule and records the export in the audit trail.
 */
export function ExportRecordButton({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const choose = useLanternMutation('files:chooseSaveLocation');
  const exportRecord = useLanternMutation('clients:exportFhir');
  const flow = useExportToFile({
    chooseLocation: () =>
      choose.mutateAsync({ purpose: 'fhir_export', title: t('clients.export.saveTitle') }),
    write: () => exportRecord.mutateAsync({ clientId }),
    onSaved: (result) =>
      setNotice(
        result.withheldPart2Records > 0
          ? t('clients.export.savedWithheld', { file: result.file, count: result.withheldPart2Records })
          : t('clients.export.saved', { file: result.file }),
      ),
  });
  const busy = choose.isPending || exportRecord.isPending;

  return (
    <div className="stack">
      <Button
        className="button"
        isDisabled={busy}
        onPress={() => {
          setNotice(null);
          flow.start();
        }}
      >
        {t('clients.export.button')}
      </Button>
      <StatusMessage>{notice}</StatusMessage>
      <ErrorAlert error={flow.error} />
      {flow.dialog(
        {
          warnTitle: t('clients.export.warnTitle'),
          warning: (
            <>
              <p className="notice">{t('clients.export.notEncrypted')}</p>
              <p>{t('clients.export.whereHelp')}</p>
            </>
          ),
          choose: t('clients.export.choose'),
          syncedTitle: t('clients.export.syncedTitle'),
          synced: (location) =>
            t('clients.export.synced', { service: location.syncService, path: location.path }),
          saveAnyway: t('clients.export.saveAnyway'),
          chooseAnother: t('clients.export.chooseAnother'),
        },
        busy,
      )}
    </div>
  );
}
