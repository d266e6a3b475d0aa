import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { BackupWarning } from './BackupWarning';

export function TodayPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('pages.today.title')}>
      <BackupWarning />
      <p className="coming-soon">{t('pages.today.soon')}</p>
    </Page>
  );
}
