import type { DischargeContent, DischargeDetail, DischargeSummary } from '../../shared/contracts/discharge';
import { dischargeDraftSchema } from '../../shared/contracts/discharge';
import type { RecordView } from '../records';
import type { RequestContext } from '../request/context';
import { mayWrite } from './access';
import type { DischargeRow } from './repository';

/** A discharge as the contract shows it: the summary from the feature row, the rest from the primitive's view. */

export type DischargeRecordView = RecordView<DischargeContent, DischargeContent, { text: string }>;

export const toDischargeSummary = (row: DischargeRow): DischargeSummary => ({
  id: row.record_id,
  clientId: row.kept_client_id,
  program: row.program,
  state: row.state,
  reason: row.reason,
  dischargeDate: row.discharge_date,
  authorId: row.author_id,
  authorName: row.author_name,
  signedAt: row.signed_at,
  enteredInError: row.in_error === 1,
  part2: row.part2 === 1,
  updatedAt: row.updated_at,
});

export function toDischargeDetail(
  ctx: RequestContext,
  row: DischargeRow,
  view: DischargeRecordView,
  clientId: string,
): DischargeDetail {
  const versionId = view.currentVersionId ?? view.draftVersionId;
  const version = view.versions.find((v) => v.id === versionId) ?? view.versions.at(-1);
  if (!version) throw new Error(`discharge ${row.record_id} has no version`);
  const draft = version.state === 'draft';
  const writes = draft && row.author_id === ctx.actor.id && mayWrite(ctx, clientId);
  return {
    ...toDischargeSummary(row),
    versionId: version.id,
    // Older content keeps its shape; the schema's defaults fill what a draft left out.
    content: dischargeDraftSchema.parse(version.content),
    signatures: version.signatures.map((s) => ({
      role: s.role,
      signerName: s.signerName,
      signedAt: s.signedAt,
    })),
    can: { edit: writes, sign: writes },
  };
}
