import { dischargeContentSchema, dischargeDraftSchema } from '../../shared/contracts/discharge';
import { defineRecordKind } from '../records';

/**
 * The discharge as a signed record (docs/signed-records.md). A draft may be incomplete; a signed
 * version satisfies `dischargeContentSchema` (a reason, a date, the summary of services). What
 * only main knows — the enrollment's start, today — is checked by the service before signing.
 */
export const dischargeKind = defineRecordKind({
  kind: 'discharge',
  schemaVersion: 1,
  content: dischargeContentSchema,
  draft: dischargeDraftSchema,
});
