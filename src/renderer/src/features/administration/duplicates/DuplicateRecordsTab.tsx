import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../../../shared/contracts/caseload';
import { StatusMessage } from '../../../ui/feedback';
import { MergeForm, type PickerErrors } from './MergeForm';
import { MergedRecordsList } from './MergedRecordsList';
import { RecordComparison } from './RecordComparison';
import { RecordPicker } from './RecordPicker';

/** "Duplicate records": choose the record to keep and the duplicate, compare, give a reason, merge. */
export function DuplicateRecordsTab() {
  const { t } = useTranslation();
  const [keep, setKeep] = useState<CaseloadRow | null>(null);
  const [duplicate, setDuplicate] = useState<CaseloadRow | null>(null);
  const [errors, setErrors] = useState<PickerErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  // A new key clears the pickers after a merge.
  const [round, setRound] = useState(0);

  return (
    <div className="stack">
      <p className="lead">{t('review.merge.intro')}</p>
      <StatusMessage>{notice}</StatusMessage>
      <div className="form-grid" key={round}>
        <RecordPicker
          label={t('review.merge.keepLabel')}
          description={t('review.merge.keepHelp')}
          value={keep}
          onChange={(row) => {
            setKeep(row);
            setErrors((current) => ({ ...current, keep: undefined }));
          }}
          error={errors.keep}
        />
        <RecordPicker
          label={t('review.merge.duplicateLabel')}
          description={t('review.merge.duplicateHelp')}
          value={duplicate}
          onChange={(row) => {
            setDuplicate(row);
            setErrors((current) => ({ ...current, duplicate: undefined }));
          }}
          error={errors.duplicate}
        />
      </div>
      <RecordComparison keep={keep} duplicate={duplicate} />
      <MergeForm
        keep={keep}
        duplicate={duplicate}
        onPickerErrors={setErrors}
        onMerged={(kept, merged) => {
          setNotice(
            t('review.merge.done', {
              duplicate: `${merged.legalName} (${merged.clientNumber})`,
              keep: `${kept.legalName} (${kept.clientNumber})`,
            }),
          );
          setKeep(null);
          setDuplicate(null);
          setErrors({});
          setRound((value) => value + 1);
        }}
      />
      <MergedRecordsList />
    </div>
  );
}
