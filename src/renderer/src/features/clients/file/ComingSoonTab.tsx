import { useTranslation } from 'react-i18next';

/** An honest, labelled placeholder for a part of the file that is not built yet. */
export function ComingSoonTab({ tab }: { tab: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h2 className="tab-heading">{t(`clients.tabs.${tab}`)}</h2>
      <p className="coming-soon">{t(`clients.comingSoon.${tab}`)}</p>
    </div>
  );
}
