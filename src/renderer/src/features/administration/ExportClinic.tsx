import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLanternMutation } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { formatBytes } from './backupFormat';

/**
 * "Export clinic (move to a new computer)": one encrypted file in the backup folder
 * (`backup:exportClinic`), to be opened on the new computer's first-run screen.
 */
export function ExportClinic() {
  const { t } = useTranslation();
  const exportClinic = useLanternMutation('backup:exportClinic');
  const saved = exportClinic.data;

  return (
    <section className="panel panel-form" aria-labelledby="backup-export-title">
      <h2 id="backup-export-title">{t('backup.export.title')}</h2>
      <p>{t('backup.export.intro')}</p>
      <p>{t('backup.export.caution')}</p>
      <div className="form-actions">
        <Button className="button" isPending={exportClinic.isPending} onPress={() => exportClinic.mutate({})}>
          {exportClinic.isPending ? t('backup.export.running') : t('backup.export.button')}
        </Button>
      </div>
      <StatusMessage>
        {saved && !exportClinic.isPending
          ? t('backup.export.saved', { path: saved.path, size: formatBytes(saved.bytes) })
          : null}
      </StatusMessage>
      {exportClinic.isError ? (
        <ErrorAlert>
          {t('backup.export.failed')} {errorMessage(t, exportClinic.error.error)}
        </ErrorAlert>
      ) : null}
    </section>
  );
}
