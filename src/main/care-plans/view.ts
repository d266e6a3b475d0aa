import type { CarePlan, CarePlanContent, PlanStage } from '../../shared/contracts/care-plans';
import type { CarePlanSignature } from '../../shared/contracts/care-plan-signatures';
import type { RecordView, SignatureView, VersionView } from '../records';
import { withoutPart2 } from './part2';
import type { CarePlanRow } from './repository';

/** A plan record as the contract shows it: versions with their signatures, and where it stands. */

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toSignature(s: SignatureView): CarePlanSignature {
  const method = str(s.details.method);
  return {
    role: s.role,
    signerName: s.signerName,
    accountName: s.accountName,
    signedAt: s.signedAt,
    contentHash: s.contentHash,
    method: method === 'typed' || method === 'drawn' || method === 'declined' ? method : 'staff',
    attestation: str(s.details.attestation),
    reason: str(s.details.reason),
    png: str(s.details.png),
  };
}

/**
 * Where a plan stands: a draft until the case manager signs; then it waits for the client (a
 * signature or a recorded refusal) and, when the clinic requires it, a supervisor's approval.
 */
export function stageOf(
  version: Pick<VersionView<unknown>, 'state' | 'signatures'> | undefined,
  approvalRequired: boolean,
): PlanStage {
  if (!version || version.state === 'draft') return 'draft';
  const roles = new Set(version.signatures.map((s) => s.role));
  if (!roles.has('client')) return 'awaiting_client';
  if (approvalRequired && !roles.has('supervisor')) return 'awaiting_approval';
  return 'in_force';
}

export function toCarePlan(
  view: RecordView<CarePlanContent, CarePlanContent, unknown>,
  row: CarePlanRow,
  options: { approvalRequired: boolean; today: string; part2Allowed: boolean },
): CarePlan {
  const current = view.versions.find((v) => v.id === view.currentVersionId);
  const reviewDate = row.review_date;
  let withheldPart2 = 0;
  const shown = (content: CarePlanContent): CarePlanContent => {
    if (options.part2Allowed) return content;
    const cut = withoutPart2(content);
    withheldPart2 += cut.withheld;
    return cut.content;
  };
  return {
    recordId: view.id,
    clientId: view.clientId,
    enteredInError: view.standing === 'entered_in_error',
    versions: view.versions.map((v) => ({
      id: v.id,
      versionNo: v.versionNo,
      state: v.state,
      content: shown(v.content),
      contentHash: v.contentHash,
      createdAt: v.createdAt,
      createdByName: v.createdByName,
      updatedAt: v.updatedAt,
      signatures: v.signatures.map(toSignature),
    })),
    currentVersionId: view.currentVersionId,
    draftVersionId: view.draftVersionId,
    stage: stageOf(current, options.approvalRequired),
    reviewDate,
    reviewOverdue: reviewDate !== null && reviewDate < options.today,
    withheldPart2,
  };
}
