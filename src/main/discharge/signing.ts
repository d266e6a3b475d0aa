import type { DischargeContent, DischargeDetail } from '../../shared/contracts/discharge';
import { dischargeDraftSchema, dischargeSigningProblems } from '../../shared/contracts/discharge';
import { localToday } from '../../shared/domain/clients';
import { readClient } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import * as records from '../records';
import type { RequestContext } from '../request/context';
import { ownDischargeDraft } from './access';
import { changeEnrollments } from './client-file';
import { openEnrollmentIndex, programNotOpen } from './enrollments';
import { dischargeKind } from './kind';
import { markDischargeSigned } from './repository';
import { detailOf } from './write';

/**
 * Signing a discharge: the content checked complete (the schema's rules, and what only main knows:
 * the date is not in the future nor before the enrollment began), frozen by the primitive, and —
 * in the same transaction — the program's enrollment closed (discharged, ended on the discharge
 * date) through the client-file mutation path. The file stays readable; the client's overall
 * status follows from the enrollments that remain.
 */

function problemsAt(
  content: DischargeContent,
  today: string,
  startDate: string | null,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of dischargeSigningProblems(content)) fields[issue.path.join('.')] ??= issue.message;
  const date = content.dischargeDate;
  if (date && date > today) fields.dischargeDate = 'validation.date_in_future';
  else if (date && startDate && date < startDate) fields.dischargeDate = 'validation.discharge_before_start';
  return fields;
}

export function signDischarge(ctx: RequestContext, input: { versionId: string }): DischargeDetail {
  const { row, version, clientId } = ownDischargeDraft(ctx, input.versionId);
  const client = readClient(ctx.db, clientId);
  if (!client) throw notFound('client');
  const index = openEnrollmentIndex(client.enrollments, row.program);
  if (index < 0) throw programNotOpen();
  const enrollment = client.enrollments[index] as (typeof client.enrollments)[number];
  // The enrollment's start as it is now (the file may have been corrected since the draft began).
  const content: DischargeContent = {
    ...dischargeDraftSchema.parse(JSON.parse(version.content)),
    enrollmentStartDate: enrollment.startDate,
  };
  const fields = problemsAt(content, localToday(ctx.now), enrollment.startDate);
  if (Object.keys(fields).length > 0)
    throw new DomainError('invalid_input', 'Some of the discharge is missing or not valid.', fields, {
      messageKey: 'errors.discharge_incomplete',
    });
  const dischargeDate = content.dischargeDate as string;
  const view = ctx.db.transaction(() => {
    records.saveDraft(ctx, dischargeKind, input.versionId, content);
    const signed = records.sign(ctx, dischargeKind, input.versionId, { role: 'worker' });
    markDischargeSigned(ctx.db, row.record_id, {
      versionId: input.versionId,
      reason: content.reason as NonNullable<DischargeContent['reason']>,
      dischargeDate,
      part2: row.part2 === 1 || content.part2 ? 1 : 0,
      at: ctx.now.toISOString(),
    });
    const enrollments = client.enrollments.map((e, i) =>
      i === index ? { ...e, status: 'discharged' as const, endDate: dischargeDate } : e,
    );
    changeEnrollments(ctx, client, enrollments, {
      action: 'client.discharged',
      details: { dischargeId: row.record_id },
    });
    return signed;
  })();
  return detailOf(ctx, view, clientId);
}
