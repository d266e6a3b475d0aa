import type { MeasureResultView, markEnteredInErrorInputSchema } from '../../shared/contracts/measures';
import type { z } from 'zod';
import { clientIdsJson, keptClientId } from '../clients/repository';
import { DomainError } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import { changeClientFile } from '../request/mutation';
import type { ShippedInstruments } from './catalogue';
import { findInstrument } from './catalogue';
import { findResult, insertEnteredInError, isEnteredInError, readEnteredInError } from './repository';
import { resultViews } from './result-views';

/**
 * A result entered in error (answers mistyped, the wrong client): results are never edited, so
 * the correction is a status event with who, when and why. The result stays readable, struck
 * through; the trend, due dates and open alerts leave it out (its alert closes with it). The
 * audit entry names the result only: neither the reason (free text about a client) nor a score.
 */
export function markResultEnteredInError(
  ctx: RequestContext,
  shipped: ShippedInstruments,
  input: z.output<typeof markEnteredInErrorInputSchema>,
): MeasureResultView {
  const result = findResult(ctx.db, input.resultId);
  if (!result) {
    throw new DomainError('not_found', 'That measure result was not found.', undefined, {
      messageKey: 'errors.measure_result_not_found',
    });
  }
  const clientId = keptClientId(ctx.db, result.clientId);
  ctx.policy.require(clientId, 'clinical', 'read');
  if (findInstrument(ctx.db, shipped, result.instrumentId)?.part2)
    ctx.policy.require(clientId, 'part2', 'read');
  if (isEnteredInError(ctx.db, result.id)) {
    throw new DomainError('conflict', 'This result is already marked entered in error.', undefined, {
      messageKey: 'errors.measure_result_already_entered_in_error',
    });
  }
  const reason = input.reason.trim();
  changeClientFile(ctx, {
    clientId,
    write: () =>
      insertEnteredInError(ctx.db, {
        id: newId(),
        resultId: result.id,
        reason,
        by: ctx.actor.id,
        byName: ctx.actor.fullName,
        at: ctx.now.toISOString(),
      }),
    audit: () => ({ action: 'measure.entered_in_error', details: { resultId: result.id } }),
  });
  const ids = clientIdsJson(ctx.db, clientId);
  return resultViews(ctx, shipped, clientId, [result], readEnteredInError(ctx.db, ids))[0]!;
}
