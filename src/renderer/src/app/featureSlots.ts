import { MeasureAlertBanner } from '../features/measures/AlertBanner';
import { MeasuresAdministration } from '../features/measures/MeasuresAdministration';
import { MeasuresTab } from '../features/measures/MeasuresTab';
import type { FeatureSlots } from '../lib/featureSlots';

/**
 * Which feature fills which slot of another feature's page (see lib/featureSlots.tsx). A tab of
 * the client file with no entry here shows an honest "coming soon".
 */
export const FEATURE_SLOTS: FeatureSlots = {
  clientFileTabs: [{ id: 'measures', Panel: MeasuresTab }],
  clientBanners: [{ id: 'measure-alerts', Banner: MeasureAlertBanner }],
  administrationSections: [
    {
      id: 'measures',
      label: 'measures.admin.tab',
      permission: 'measures:manage',
      Panel: MeasuresAdministration,
    },
  ],
};
