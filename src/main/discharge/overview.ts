import type { DischargeOverview } from '../../shared/contracts/discharge';
import { auditClientRead } from '../access/read-audit';
import { clientIdsJson, findClientRow, readClient } from '../clients/repository';
import { notFound } from '../errors';
import type { RequestContext } from '../request/context';
import { mayOpenClient, mayWrite } from './access';
import { openPrograms, reenrollPrograms } from './enrollments';
import { dischargesOf, reenrollmentsOf } from './repository';
import { toDischargeSummary } from './view';

/**
 * A client's programs for the discharge screens: every enrollment with its dates (old and new),
 * the signed discharges and the viewer's own drafts, the re-enrollments. Clinical read (Part 2
 * discharges only with Part 2 read); audited with counts and ids, never a program's name.
 */
export function dischargeOverview(ctx: RequestContext, input: { clientId: string }): DischargeOverview {
  const clientId = mayOpenClient(ctx, input.clientId);
  const client = readClient(ctx.db, clientId);
  if (!client) throw notFound('client');
  const family = clientIdsJson(ctx.db, clientId);
  const part2 = ctx.policy.may(clientId, 'part2', 'read');
  const clientPart2 = findClientRow(ctx.db, clientId)?.flag_part2_protected === 1;
  const discharges = dischargesOf(ctx.db, family, ctx.actor.id)
    .filter((row) => part2 || (!clientPart2 && row.part2 === 0))
    .map(toDischargeSummary);
  const overview: DischargeOverview = {
    enrollments: client.enrollments,
    discharges,
    reenrollments: reenrollmentsOf(ctx.db, family).map((row) => ({
      id: row.id,
      program: row.program,
      startDate: row.start_date,
      previousDischargeId: row.previous_discharge_id,
      byName: row.by_name,
      at: row.at,
    })),
    openPrograms: openPrograms(client.enrollments),
    reenrollPrograms: reenrollPrograms(client.enrollments),
    canWrite: client.recordStatus === 'active' && mayWrite(ctx, clientId),
  };
  auditClientRead(ctx.db, ctx.policy, 'client.discharges_viewed', {
    subject: clientId,
    ids: discharges.map((d) => d.id),
  });
  return overview;
}
