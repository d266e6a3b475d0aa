import type { DischargeOverview } from '../../shared/contracts/discharge';
import { localToday } from '../../shared/domain/clients';
import { clientIdsJson, readClient } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import { mayWriteClient } from './access';
import { changeEnrollments } from './client-file';
import { dischargeOverview } from './overview';
import { insertReenrollment, lastSignedDischarge } from './repository';

/** The most enrollments a client file holds (clientFieldsSchema's limit). */
const MAX_ENROLLMENTS = 10;

const refuse = (field: 'program' | 'startDate', key: string, message: string) =>
  new DomainError('invalid_input', message, { [field]: key }, { messageKey: 'errors.reenroll_refused' });

/**
 * Re-enrolls a client in a program they were discharged from: a new active enrollment starting
 * on `startDate`, appended to the file. The old enrollment keeps its status and dates, and its
 * discharge stays as signed; the re-enrollment is its own row (append-only), with the discharge
 * it follows, for the timeline.
 */
export function reenrollClient(
  ctx: RequestContext,
  input: { clientId: string; program: string; startDate: string },
): DischargeOverview {
  const clientId = mayWriteClient(ctx, input.clientId);
  const client = readClient(ctx.db, clientId);
  if (!client || client.recordStatus !== 'active') throw notFound('client');
  const { program, startDate } = input;
  const mine = client.enrollments.filter((e) => e.program === program);
  const left = mine.filter((e) => e.status === 'discharged');
  if (left.length === 0)
    throw refuse(
      'program',
      'validation.reenroll_program_unknown',
      'The client was never discharged from that program.',
    );
  if (mine.some((e) => e.status !== 'discharged'))
    throw refuse(
      'program',
      'validation.reenroll_already_enrolled',
      'The client is already enrolled in that program.',
    );
  if (startDate > localToday(ctx.now))
    throw refuse('startDate', 'validation.date_in_future', 'A re-enrollment cannot start in the future.');
  const lastEnd = left.reduce<string | null>(
    (max, e) => (e.endDate && (!max || e.endDate > max) ? e.endDate : max),
    null,
  );
  if (lastEnd && startDate < lastEnd)
    throw refuse(
      'startDate',
      'validation.reenroll_before_discharge',
      'The new enrollment starts before the last one ended.',
    );
  if (client.enrollments.length >= MAX_ENROLLMENTS)
    throw refuse('program', 'validation.too_many', 'The file already holds the most enrollments it can.');
  const previous = lastSignedDischarge(ctx.db, clientIdsJson(ctx.db, clientId), program);
  const id = newId();
  changeEnrollments(
    ctx,
    client,
    [...client.enrollments, { program, status: 'active', startDate, endDate: null }],
    {
      action: 'client.reenrolled',
      details: { reenrollmentId: id, ...(previous ? { dischargeId: previous } : {}) },
    },
    () =>
      insertReenrollment(ctx.db, {
        id,
        client_id: clientId,
        program,
        start_date: startDate,
        previous_discharge_id: previous,
        by_account: ctx.actor.id,
        by_name: ctx.actor.fullName,
        at: ctx.now.toISOString(),
      }),
  );
  return dischargeOverview(ctx, { clientId });
}
