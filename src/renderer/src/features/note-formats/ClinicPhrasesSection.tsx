import { useTranslation } from 'react-i18next';
import { PhraseManager } from './PhraseManager';

/** Administration → Clinic phrases: wording every worker can insert into a note. */
export function ClinicPhrasesSection() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h2 className="tab-heading">{t('noteFormats.phrases.clinicTitle')}</h2>
      <p className="muted">{t('noteFormats.phrases.clinicIntro')}</p>
      <PhraseManager scope="clinic" />
    </div>
  );
}
