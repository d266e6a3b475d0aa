import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../lib/catalogue';

/** The parts of the file not built yet; each has a tab name and a "coming soon" sentence. */
const TOPICS = [
  'assessments',
  'measures',
  'care-plan',
  'notes',
  'referrals',
  'medications',
  'documents',
] as const;

/** An honest, labelled placeholder for a part of the file that is not built yet. */
export function ComingSoonTab({ tab }: { tab: string }) {
  const { t } = useTranslation();
  if (!isOneOf(TOPICS, tab)) return null;
  return (
    <div className="stack">
      <h2 className="tab-heading">{t(`clients.tabs.${tab}`)}</h2>
      <p className="coming-soon">{t(`clients.comingSoon.${tab}`)}</p>
    </div>
  );
}
