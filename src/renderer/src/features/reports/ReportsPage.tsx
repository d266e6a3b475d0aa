import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../ui/Page';

export function ReportsPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('pages.reports.title')} text={t('pages.reports.soon')} />;
}
