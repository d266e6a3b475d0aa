import type {
  GiveMeasureInput,
  MeasureAlert,
  MeasureResult,
  acknowledgeAlertInputSchema,
  giveMeasureInputSchema,
} from '../../shared/contracts/measures';
import { checkAnswers, scoreAnswers } from '../../shared/domain/instrument-scoring';
import type { InstrumentDefinition } from '../../shared/domain/instruments';
import type { z } from 'zod';
import { auditClientRead } from '../access/read-audit';
import { clientIdsJson, findClientRow, keptClientId } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import { changeClientFile } from '../request/mutation';
import type { ShippedInstruments } from './catalogue';
import { findInstrument } from './catalogue';
import { dueMeasures } from './due';
import {
  clientSexAtBirth,
  findAlert,
  insertAcknowledgement,
  insertAlert,
  insertResult,
  isEnteredInError,
  readEnteredInError,
  readOpenAlerts,
  readResults,
  readTrend,
} from './repository';
import { readScheduleFacts, readSchedules } from './schedule-repository';
import { mayReadPart2, resultViews, sexOf } from './result-views';

/** Giving, reading and acknowledging measures. Scores are main's: the form's are a preview. */

export function existingClient(ctx: RequestContext, clientId: string): string {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
  return keptClientId(ctx.db, clientId);
}

export function knownInstrument(
  ctx: RequestContext,
  shipped: ShippedInstruments,
  id: string,
): InstrumentDefinition {
  const definition = findInstrument(ctx.db, shipped, id);
  if (!definition) {
    throw new DomainError(
      'invalid_input',
      `No instrument "${id}" in the catalogue.`,
      {
        instrumentId: 'validation.measure_unknown_instrument',
      },
      { messageKey: 'errors.invalid_input' },
    );
  }
  return definition;
}

export function measuresOverview(ctx: RequestContext, shipped: ShippedInstruments, clientId: string) {
  const kept = existingClient(ctx, clientId);
  ctx.policy.require(kept, 'clinical', 'read');
  const ids = clientIdsJson(ctx.db, kept);
  const part2 = mayReadPart2(ctx, kept);
  // A Part 2 instrument's results (AUDIT-C) are left out for a viewer the policy refuses them.
  const results = resultViews(
    ctx,
    shipped,
    kept,
    readResults(ctx.db, ids),
    readEnteredInError(ctx.db, ids),
  ).filter((result) => part2 || !result.part2);
  const openAlerts = readOpenAlerts(ctx.db, ids);
  const facts = readScheduleFacts(ctx.db, [kept]).get(kept);
  const today = ctx.now.toISOString().slice(0, 10);
  const due = facts ? dueMeasures(readSchedules(ctx.db, true), facts, today) : [];
  auditClientRead(ctx.db, ctx.policy, 'measures.viewed', {
    subject: kept,
    details: { results: results.length },
  });
  return { results, openAlerts, due };
}

export function measureTrend(
  ctx: RequestContext,
  shipped: ShippedInstruments,
  clientId: string,
  instrumentId: string,
) {
  const kept = existingClient(ctx, clientId);
  ctx.policy.require(kept, 'clinical', 'read');
  const definition = knownInstrument(ctx, shipped, instrumentId);
  if (definition.part2) ctx.policy.require(kept, 'part2', 'read');
  const points = resultViews(
    ctx,
    shipped,
    kept,
    readTrend(ctx.db, clientIdsJson(ctx.db, kept), instrumentId),
  );
  auditClientRead(ctx.db, ctx.policy, 'measure.trend_viewed', {
    subject: kept,
    details: { count: points.length },
  });
  return points;
}

function administeredAt(ctx: RequestContext, input: GiveMeasureInput): string {
  const today = ctx.now.toISOString().slice(0, 10);
  if (!input.administeredOn || input.administeredOn === today) return ctx.now.toISOString();
  if (input.administeredOn > today) {
    throw new DomainError(
      'invalid_input',
      'A measure cannot be given in the future.',
      {
        administeredOn: 'validation.measure_date_future',
      },
      { messageKey: 'errors.invalid_input' },
    );
  }
  return `${input.administeredOn}T12:00:00.000Z`; // entered from paper: the day, not the hour
}

export function giveMeasure(
  ctx: RequestContext,
  shipped: ShippedInstruments,
  input: z.output<typeof giveMeasureInputSchema>,
): MeasureResult {
  const clientId = existingClient(ctx, input.clientId);
  ctx.policy.require(clientId, 'clinical', 'read');
  const definition = knownInstrument(ctx, shipped, input.instrumentId);
  if (definition.part2) ctx.policy.require(clientId, 'part2', 'read');
  const problems = checkAnswers(definition, input.answers);
  if (Object.keys(problems).length > 0) {
    const fields = Object.fromEntries(
      Object.entries(problems).map(([item, problem]) => [
        `answers.${item}`,
        problem === 'unknown_item'
          ? 'validation.measure_answer_unknown_item'
          : 'validation.measure_answer_not_an_option',
      ]),
    );
    throw new DomainError('invalid_input', 'An answer is not one of the options of its question.', fields, {
      messageKey: 'errors.invalid_input',
    });
  }
  const at = administeredAt(ctx, input);
  const score = scoreAnswers(definition, input.answers, { sex: sexOf(clientSexAtBirth(ctx.db, clientId)) });
  const answers = Object.fromEntries(
    definition.items.map((item) => [item.id, input.answers[item.id] ?? null]),
  );
  const result: MeasureResult = {
    id: newId(),
    clientId,
    instrumentId: definition.id,
    instrumentVersion: definition.version,
    administeredAt: at,
    mode: input.mode,
    status: score.status,
    total: score.total,
    bandId: score.band?.id ?? null,
    subscales: score.subscales,
    criteriaMet: score.criteriaMet,
    answers,
    enteredByName: ctx.actor.fullName,
  };
  return changeClientFile(ctx, {
    clientId,
    write: () => {
      insertResult(ctx.db, result, ctx.actor.id, ctx.now.toISOString());
      for (const alert of score.alerts) {
        insertAlert(ctx.db, {
          id: newId(),
          clientId,
          resultId: result.id,
          instrumentId: definition.id,
          itemId: alert.item,
          alertId: alert.alert,
          at: ctx.now.toISOString(),
        });
      }
      return result;
    },
    // No score, band or alert count: the audit trail is an administrator's screen (no clinical content).
    audit: () => ({ action: 'measure.given', details: { resultId: result.id, mode: result.mode } }),
  });
}

export function acknowledgeAlert(
  ctx: RequestContext,
  input: z.output<typeof acknowledgeAlertInputSchema>,
): MeasureAlert {
  const alert = findAlert(ctx.db, input.alertId);
  if (!alert) {
    throw new DomainError('not_found', 'That alert was not found.', undefined, {
      messageKey: 'errors.measure_alert_not_found',
    });
  }
  ctx.policy.require(keptClientId(ctx.db, alert.clientId), 'clinical', 'read');
  if (isEnteredInError(ctx.db, alert.resultId)) {
    throw new DomainError('conflict', 'The result that raised this alert was entered in error.', undefined, {
      messageKey: 'errors.measure_alert_entered_in_error',
    });
  }
  if (alert.acknowledgement) {
    throw new DomainError('conflict', 'This alert was already acknowledged.', undefined, {
      messageKey: 'errors.measure_alert_acknowledged',
    });
  }
  changeClientFile(ctx, {
    clientId: alert.clientId,
    write: () =>
      insertAcknowledgement(ctx.db, {
        alertId: alert.id,
        note: input.note,
        by: ctx.actor.id,
        byName: ctx.actor.fullName,
        at: ctx.now.toISOString(),
      }),
    audit: () => ({ action: 'measure.alert_acknowledged', details: { alertId: alert.id } }),
  });
  return findAlert(ctx.db, alert.id) as MeasureAlert;
}
