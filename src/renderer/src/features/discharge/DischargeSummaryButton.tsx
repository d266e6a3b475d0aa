import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation } from '../../lib/client';
import { DocumentPreviewDialog, type PreviewSource } from '../../ui/DocumentPreviewDialog';
import { ErrorAlert } from '../../ui/feedback';
import { useLanguageOfDocuments } from './language';

/**
 * "Discharge summary (PDF)": the built-in document made from the signed discharge
 * (`documents:preview`), shown in the shared preview dialog with Save as…, Print and Keep. It is
 * made for someone else (the next provider): the policy decides what of the file may go, and Part 2
 * information goes only with the client's consent.
 */
export function DischargeSummaryButton(props: { clientId: string; dischargeId: string }) {
  const { t } = useTranslation();
  const language = useLanguageOfDocuments();
  const preview = useLanternMutation('documents:preview');
  const [source, setSource] = useState<PreviewSource | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const open = async () => {
    setError(null);
    try {
      const made = await preview.mutateAsync({
        definition: 'discharge_summary',
        clientId: props.clientId,
        dischargeId: props.dischargeId,
        recipient: 'other',
        language,
      });
      setSource({ kind: 'preview', preview: made });
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };
  return (
    <div className="stack">
      <div>
        <Button className="button" onPress={() => void open()} isPending={preview.isPending}>
          {t('discharge.reader.pdf')}
        </Button>
      </div>
      <ErrorAlert error={error} />
      <DocumentPreviewDialog source={source} onClose={() => setSource(null)} />
    </div>
  );
}
