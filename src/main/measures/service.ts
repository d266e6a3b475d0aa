import type {
  GiveMeasureInput,
  MeasureAlert,
  MeasureResult,
  acknowledgeAlertInputSchema,
  giveMeasureInputSchema,
} from '../../shared/contracts/measures';
import type { SexAtBirth } from '../../shared/domain/clients';
import { SEX_AT_BIRTH } from '../../shared/domain/clients';
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
  readOpenAlerts,
  readResults,
  readScheduleFacts,
  readSchedules,
  readTrend,
} from './repository';

/** Giving, reading and acknowledging measures. Scores are main's: the form's are a preview. */

function existingClient(ctx: RequestContext, clientId: string): string {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
  return keptClientId(ctx.db, clientId);
}

function knownInstrument(ctx: RequestContext, shipped: ShippedInstruments, id: string): InstrumentDefinition {
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

export function measuresOverview(ctx: RequestContext, clientId: string) {
  const kept = existingClient(ctx, clientId);
  ctx.policy.require(kept, 'clinical', 'read');
  const ids = clientIdsJson(ctx.db, kept);
  const results = readResults(ctx.db, ids);
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
  knownInstrument(ctx, shipped, instrumentId);
  const points = readTrend(ctx.db, clientIdsJson(ctx.db, kept), instrumentId);
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

const sexOf = (value: string | null): SexAtBirth | null =>
  (SEX_AT_BIRTH as readonly string[]).includes(value ?? '') ? (value as SexAtBirth) : null;

export function giveMeasure(
  ctx: RequestContext,
  shipped: ShippedInstruments,
  input: z.output<typeof giveMeasureInputSchema>,
): MeasureResult {
  const clientId = existingClient(ctx, input.clientId);
  ctx.policy.require(clientId, 'clinical', 'read');
  const definition = knownInstrument(ctx, shipped, input.instrumentId);
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
