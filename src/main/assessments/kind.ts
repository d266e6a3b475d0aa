import { assessmentContentSchema, assessmentDraftSchema } from '../../shared/contracts/assessments';
import { defineRecordKind } from '../records';

/**
 * The assessment as a signed record. The draft may hold any part of it (autosaved while the
 * worker types); signing checks it against the complete schema and freezes it.
 */
export const assessmentKind = defineRecordKind({
  kind: 'assessment',
  schemaVersion: 1,
  content: assessmentContentSchema,
  draft: assessmentDraftSchema,
});
