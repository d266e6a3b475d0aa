import { carePlanContentSchema, carePlanDraftSchema } from '../../shared/contracts/care-plans';
import { carePlanSignatureDetailsSchema } from '../../shared/contracts/care-plan-signatures';
import { defineRecordKind } from '../records';

/**
 * The care plan as a signed record (docs/signed-records.md). A draft may be incomplete; the
 * first signature (the case manager's) checks `carePlanContentSchema` and freezes the content.
 * A client's agreement and a supervisor's approval are later signatures on the same hash.
 */
export const carePlanKind = defineRecordKind({
  kind: 'care_plan',
  schemaVersion: 1,
  content: carePlanContentSchema,
  draft: carePlanDraftSchema,
  signatureDetails: carePlanSignatureDetailsSchema,
});
