import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { PhraseManager } from './PhraseManager';

/** /notes/phrases: a worker's own saved phrases, and the clinic's to read. */
export function MyPhrasesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('noteFormats.phrases.mineTitle')}>
      <p className="muted">{t('noteFormats.phrases.mineIntro')}</p>
      <PhraseManager scope="mine" showClinic />
    </Page>
  );
}
