import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../ui/Page';

export function ClientsPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('pages.clients.title')} text={t('pages.clients.soon')} />;
}
