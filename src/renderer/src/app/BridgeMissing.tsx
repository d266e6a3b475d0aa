import { useTranslation } from 'react-i18next';
import { BrandMark } from '../ui/Brand';

/** Shown when the page has no `window.lantern`: opened outside Lantern, or the preload failed. */
export function BridgeMissing() {
  const { t } = useTranslation();
  return (
    <main className="centered-screen">
      <div className="card" role="alert">
        <p className="brand-line">
          <BrandMark /> {t('app.name')}
        </p>
        <h1>{t('bridge.missingTitle')}</h1>
        <p>{t('bridge.missingBody')}</p>
        <p className="muted">{t('bridge.missingHelp')}</p>
      </div>
    </main>
  );
}
