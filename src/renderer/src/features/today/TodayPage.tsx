import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../ui/Page';

export function TodayPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('pages.today.title')} text={t('pages.today.soon')} />;
}
