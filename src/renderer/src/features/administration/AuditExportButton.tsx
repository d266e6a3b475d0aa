import { useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AuditExportFormat, AuditListInput } from '../../../../shared/contracts/audit';
import type { SaveLocation } from '../../../../shared/contracts/files';
import { isLanguage } from '../../../../shared/domain/languages';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation } from '../../lib/client';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { ModalDialog } from '../../ui/ModalDialog';

type Step = { kind: 'closed' } | { kind: 'choose' } | { kind: 'synced'; location: SaveLocation };
type Filters = Omit<AuditListInput, 'beforeSeq' | 'limit' | 'utcOffsetMinutes'>;

/**
 * Saves the filtered audit trail (every matching entry) as a spreadsheet or a PDF for an
 * auditor or a complaint. The person picks the format, is told the file is NOT encrypted, picks
 * the place in the operating system's save dialog (opened by main, which keeps the choice), and
 * is warned again when that folder is synced to a cloud service. Main writes the file in the
 * reader's language and records the export in the audit trail.
 */
export function AuditExportButton({ filters }: { filters: Filters }) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [format, setFormat] = useState<AuditExportFormat>('csv');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const choose = useLanternMutation('files:chooseSaveLocation');
  const exportTrail = useLanternMutation('audit:export');
  const busy = choose.isPending || exportTrail.isPending;

  const write = async () => {
    setStep({ kind: 'closed' });
    try {
      const result = await exportTrail.mutateAsync({
        ...filters,
        utcOffsetMinutes: -new Date().getTimezoneOffset(),
        language: isLanguage(i18n.language) ? i18n.language : 'en',
      });
      setNotice(t('auditLog.export.saved', { count: result.rows, file: result.file }));
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  const chooseLocation = async () => {
    try {
      const location = await choose.mutateAsync({
        purpose: 'audit_export',
        format,
        title: t('auditLog.export.saveTitle'),
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
      <div>
        <Button
          className="button"
          isDisabled={busy}
          onPress={() => {
            setNotice(null);
            setError(null);
            setStep({ kind: 'choose' });
          }}
        >
          {t('auditLog.export.button')}
        </Button>
      </div>
      <StatusMessage>{notice}</StatusMessage>
      <ErrorAlert error={error} />
      <ModalDialog
        isOpen={step.kind !== 'closed'}
        onOpenChange={(open) => (open ? undefined : setStep({ kind: 'closed' }))}
        title={step.kind === 'synced' ? t('auditLog.export.syncedTitle') : t('auditLog.export.title')}
        role="alertdialog"
      >
        {(close) =>
          step.kind === 'synced' ? (
            <>
              <p className="notice">
                {t('auditLog.export.synced', {
                  service: step.location.syncService,
                  path: step.location.path,
                })}
              </p>
              <div className="dialog-actions">
                <Button className="button" onPress={close}>
                  {t('common.cancel')}
                </Button>
                <Button className="button" onPress={() => void write()} isDisabled={busy}>
                  {t('auditLog.export.saveAnyway')}
                </Button>
                <Button
                  className="button button-primary"
                  onPress={() => void chooseLocation()}
                  isDisabled={busy}
                  autoFocus
                >
                  {t('auditLog.export.chooseAnother')}
                </Button>
              </div>
            </>
          ) : (
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
                  {t('auditLog.export.choose')}
                </Button>
              </div>
            </>
          )
        }
      </ModalDialog>
    </div>
  );
}
