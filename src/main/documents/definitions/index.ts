import type { BuiltInDocumentId } from '../../../shared/domain/documents';
import type { DocumentDefinition } from './definition';
import { dischargeSummary } from './discharge-summary';
import { assessmentSummary } from './assessment-summary';
import { carePlanDocument } from './care-plan';
import { faceSheet } from './face-sheet';
import { progressNotesDocument } from './progress-notes';

export type { DefinitionContext, DocumentBody, DocumentDefinition, RequestOf } from './definition';

/**
 * The built-in documents Lantern can make, by id. A new document is its definition file and one
 * line here; one missing here is refused as "not available yet".
 */
export const DEFINITIONS: { [K in BuiltInDocumentId]?: DocumentDefinition<K> } = {
  face_sheet: faceSheet,
  discharge_summary: dischargeSummary,
  care_plan: carePlanDocument,
  assessment_summary: assessmentSummary,
  progress_notes: progressNotesDocument,
};
