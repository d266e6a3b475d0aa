import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLanternMutation } from '../../../lib/client';
import { ErrorAlert, StatusMessage } from '../../../ui/feedback';

/**
 * Writes the client's record as a FHIR R4 Bundle into the export folder. Main applies the
 * 42 CFR Part 2 rule (substance-use diagnoses withheld) and records the export in the audit trail.
 */
export function ExportRecordButton({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const exportRecord = useLanternMutation('clients:exportFhir', {
    onSuccess: (result) =>
      setNotice(
        result.withheldPart2Records > 0
          ? t('clients.export.savedWithheld', { folder: result.folder, count: result.withheldPart2Records })
          : t('clients.export.saved', { folder: result.folder }),
      ),
  });
  return (
    <div className="stack">
      <Button
        className="button"
        isDisabled={exportRecord.isPending}
        onPress={() => {
          setNotice(null);
          exportRecord.mutate({ clientId });
        }}
      >
        {t('clients.export.button')}
      </Button>
      <StatusMessage>{notice}</StatusMessage>
      <ErrorAlert error={exportRecord.error?.error ?? null} />
    </div>
  );
}
