import { AssessmentsTab } from '../features/assessments/AssessmentsTab';
import type { FeatureSlots } from '../lib/featureSlots';

/**
 * Which feature fills which slot of another feature's page (see lib/featureSlots.tsx). A tab of
 * the client file with no entry here shows an honest "coming soon".
 */
export const FEATURE_SLOTS: FeatureSlots = {
  clientFileTabs: [{ id: 'assessments', Panel: AssessmentsTab }],
  administrationSections: [],
};
