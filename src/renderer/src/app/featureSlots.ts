import { AssessmentsTab } from '../features/assessments/AssessmentsTab';
import { LetterheadSection } from '../features/documents/letterhead/LetterheadSection';
import { CarePlanTab } from '../features/care-plans/CarePlanTab';
import { DischargeActions } from '../features/discharge/DischargeActions';
import { DocumentsTab } from '../features/documents/DocumentsTab';
import { AttachmentSettingsSection } from '../features/documents/attachments/AttachmentSettingsSection';
import { PlanTemplatesSection } from '../features/care-plans/PlanTemplatesSection';
import { MeasureAlertBanner } from '../features/measures/AlertBanner';
import { MeasuresAdministration } from '../features/measures/MeasuresAdministration';
import { MeasuresTab } from '../features/measures/MeasuresTab';
import { ClinicPhrasesSection } from '../features/note-formats/ClinicPhrasesSection';
import { NoteFormatsSection } from '../features/note-formats/NoteFormatsSection';
import { NoteSettingsSection } from '../features/note-formats/NoteSettingsSection';
import { NotesTab } from '../features/progress-notes/NotesTab';
import { TimelineTab } from '../features/timeline/TimelineTab';
import { DocumentTemplatesSection } from '../features/documents/templates/DocumentTemplatesSection';
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
    { id: 'notes', Panel: NotesTab },
    { id: 'documents', Panel: DocumentsTab },
  ],
  clientBanners: [{ id: 'measure-alerts', Banner: MeasureAlertBanner }],
  clientFileActions: [{ id: 'discharge', Action: DischargeActions }],
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
    {
      id: 'note-formats',
      label: 'noteFormats.formats.tab',
      permission: 'settings:manage',
      Panel: NoteFormatsSection,
    },
    // Labelled "Progress notes" (its heading says "Note settings"): a tab named "… settings"
    // would also answer to the Settings tab's name.
    {
      id: 'note-settings',
      label: 'noteFormats.settings.tab',
      permission: 'settings:manage',
      Panel: NoteSettingsSection,
    },
    // The clinic's phrases are kept by an administrator or a supervisor: one section under one
    // id, listed once per permission (no role holds both, so nobody sees it twice).
    {
      id: 'clinic-phrases',
      label: 'noteFormats.phrases.clinicTab',
      permission: 'settings:manage',
      Panel: ClinicPhrasesSection,
    },
    {
      id: 'clinic-phrases',
      label: 'noteFormats.phrases.clinicTab',
      permission: 'notes:cosign',
      Panel: ClinicPhrasesSection,
    },
    {
      id: 'letterhead',
      label: 'letterhead.title',
      permission: 'documents:manage_templates',
      Panel: LetterheadSection,
    },
    {
      id: 'attachments',
      label: 'attachments.admin.tab',
      permission: 'settings:manage',
      Panel: AttachmentSettingsSection,
    },
    {
      id: 'word-templates',
      label: 'documentTemplates.admin.tab',
      permission: 'documents:manage_templates',
      Panel: DocumentTemplatesSection,
    },
  ],
};
