import { AssessmentsTab } from '../features/assessments/AssessmentsTab';
import { CarePlanTab } from '../features/care-plans/CarePlanTab';
import { PlanTemplatesSection } from '../features/care-plans/PlanTemplatesSection';
import { MeasureAlertBanner } from '../features/measures/AlertBanner';
import { MeasuresAdministration } from '../features/measures/MeasuresAdministration';
import { MeasuresTab } from '../features/measures/MeasuresTab';
import { TimelineTab } from '../features/timeline/TimelineTab';
import type { FeatureSlots } from '../lib/featureSlots';

/**
 * Which feature fills which slot of another feature's page (see lib/featureSlots.tsx). A tab of
 * the client file with no entry here shows an honest "coming soon".
 */
export const FEATURE_SLOTS: FeatureSlots = {
  clientFileTabs: [
    { id: 'timeline', Panel: TimelineTab },
    { id: 'assessments', Panel: AssessmentsTab },
    { id: 'measures', Panel: MeasuresTab },
    { id: 'care-plan', Panel: CarePlanTab },
  ],
  clientBanners: [{ id: 'measure-alerts', Banner: MeasureAlertBanner }],
  administrationSections: [
    {
      id: 'measures',
      label: 'measures.admin.tab',
      permission: 'measures:manage',
      Panel: MeasuresAdministration,
    },
    {
      id: 'plan-templates',
      label: 'carePlans.templates.title',
      permission: 'plans:manage_templates',
      Panel: PlanTemplatesSection,
    },
  ],
};
