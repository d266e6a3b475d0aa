import { AssessmentsTab } from '../features/assessments/AssessmentsTab';
import { CarePlanTab } from '../features/care-plans/CarePlanTab';
import { PlanTemplatesSection } from '../features/care-plans/PlanTemplatesSection';
import type { FeatureSlots } from '../lib/featureSlots';

/**
 * Which feature fills which slot of another feature's page (see lib/featureSlots.tsx). A tab of
 * the client file with no entry here shows an honest "coming soon".
 */
export const FEATURE_SLOTS: FeatureSlots = {
  clientFileTabs: [
    { id: 'assessments', Panel: AssessmentsTab },
    { id: 'care-plan', Panel: CarePlanTab },
  ],
  administrationSections: [
    {
      id: 'plan-templates',
      label: 'carePlans.templates.title',
      permission: 'plans:manage_templates',
      Panel: PlanTemplatesSection,
    },
  ],
};
