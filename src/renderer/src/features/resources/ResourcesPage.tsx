import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../ui/Page';

export function ResourcesPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('pages.resources.title')} text={t('pages.resources.soon')} />;
}
