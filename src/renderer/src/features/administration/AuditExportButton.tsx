import { useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AuditExportFormat, AuditListInput } from '../../../../shared/contracts/audit';
import { isLanguage } from '../../../../shared/domain/languages';
import { useLanternMutation } from '../../lib/client';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { useExportToFile } from '../../ui/ExportToFileDialog';

type Filters = Omit<AuditListInput, 'beforeSeq' | 'limit' | 'utcOffsetMinutes'>;

/**
 * Saves the filtered audit trail (every matching entry) as a spreadsheet or a PDF for an
 * auditor or a complaint: the person picks the format and is told the file is NOT encrypted,
 * then the place (the operating system's save dialog; a synced folder is warned about). Main
 * writes the file in the reader's language and records the export in the audit trail.
 */
export function AuditExportButton({ filters }: { filters: Filters }) {
  const { t, i18n } = useTranslation();
  const [format, setFormat] = useState<AuditExportFormat>('csv');
  const [notice, setNotice] = useState<string | null>(null);
  const choose = useLanternMutation('files:chooseSaveLocation');
  const exportTrail = useLanternMutation('audit:export');
  const flow = useExportToFile({
    chooseLocation: () =>
      choose.mutateAsync({ purpose: 'audit_export', format, title: t('auditLog.export.saveTitle') }),
    write: () =>
      exportTrail.mutateAsync({
        ...filters,
        utcOffsetMinutes: -new Date().getTimezoneOffset(),
        language: isLanguage(i18n.language) ? i18n.language : 'en',
      }),
    onSaved: (result) => setNotice(t('auditLog.export.saved', { count: result.rows, file: result.file })),
  });
  const busy = choose.isPending || exportTrail.isPending;

  return (
    <div className="stack">
      <div>
        <Button
          className="button"
          isDisabled={busy}
          onPress={() => {
            setNotice(null);
            flow.start();
          }}
        >
          {t('auditLog.export.button')}
        </Button>
      </div>
      <StatusMessage>{notice}</StatusMessage>
      <ErrorAlert error={flow.error} />
      {flow.dialog(
        {
          warnTitle: t('auditLog.export.title'),
          warning: (
            <>
              <p>{t('auditLog.export.intro')}</p>
              <RadioGroup
                className="audit-format"
                value={format}
                onChange={(value) => setFormat(value === 'pdf' ? 'pdf' : 'csv')}
              >
                <Label className="field-label">{t('auditLog.export.format')}</Label>
                <Radio value="csv" className="backup-radio">
                  {t('auditLog.export.csv')}
                </Radio>
                <Radio value="pdf" className="backup-radio">
                  {t('auditLog.export.pdf')}
                </Radio>
              </RadioGroup>
              <p className="notice">{t('auditLog.export.notEncrypted')}</p>
              <p className="muted small">{t('auditLog.export.withheld')}</p>
            </>
          ),
          choose: t('auditLog.export.choose'),
          syncedTitle: t('auditLog.export.syncedTitle'),
          synced: (location) =>
            t('auditLog.export.synced', { service: location.syncService, path: location.path }),
          saveAnyway: t('auditLog.export.saveAnyway'),
          chooseAnother: t('auditLog.export.chooseAnother'),
        },
        busy,
      )}
    </div>
  );
}
