import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../lib/format';
import type { UploadProgress } from './useUpload';

/** How much of the file has been sent, as a named progress bar. */
export function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const { t } = useTranslation();
  const label = t('attachments.progress', { name: progress.name });
  return (
    <div className="attachment-progress">
      <progress aria-label={label} value={progress.sentBytes} max={progress.totalBytes} />
      <span aria-hidden="true">
        {label} —{' '}
        {t('attachments.progressText', {
          done: formatBytes(progress.sentBytes),
          total: formatBytes(progress.totalBytes),
        })}
      </span>
    </div>
  );
}
