import type {
  CatalogueEntry,
  MeasureSchedule,
  saveScheduleInputSchema,
} from '../../shared/contracts/measures';
import { parseInstrumentText } from '../../shared/domain/instrument-validation';
import type { z } from 'zod';
import { DomainError } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import type { ShippedInstruments } from './catalogue';
import { catalogue, findInstrument } from './catalogue';
import { insertInstrument, readClinicInstruments } from './repository';
import { findSchedule, readSchedules, upsertSchedule } from './schedule-repository';

/** Administration → Measures: the clinic's own instrument files, and the measurement schedules. */

export const listInstruments = (ctx: RequestContext, shipped: ShippedInstruments): CatalogueEntry[] =>
  catalogue(ctx.db, shipped);

/**
 * Adds an instrument file after checking it completely. Refusals name each problem as a field
 * (`problems.<path in the file>`: a catalogue key) so the screen can list them; nothing is kept.
 */
export function addInstrument(
  ctx: RequestContext,
  shipped: ShippedInstruments,
  text: string,
): CatalogueEntry {
  const parsed = parseInstrumentText(text);
  if (!parsed.ok) {
    const fields: Record<string, string> = { text: `measures.problems.${parsed.problems[0]!.code}` };
    for (const problem of parsed.problems.slice(0, 50)) {
      fields[`problems.${problem.path || '(file)'}`] = `measures.problems.${problem.code}`;
    }
    throw new DomainError(
      'invalid_input',
      `The instrument file has ${parsed.problems.length} problem(s): ${parsed.problems[0]!.detail}`,
      fields,
      { messageKey: 'errors.measure_instrument_invalid' },
    );
  }
  const { definition } = parsed;
  if (shipped().some((candidate) => candidate.id === definition.id)) {
    throw new DomainError(
      'conflict',
      `"${definition.id}" is an instrument Lantern ships.`,
      {
        text: 'validation.measure_instrument_shipped',
      },
      { messageKey: 'errors.measure_instrument_shipped' },
    );
  }
  if (
    readClinicInstruments(ctx.db).some(
      (row) => row.id === definition.id && row.version === definition.version,
    )
  ) {
    throw new DomainError(
      'conflict',
      `Version ${definition.version} of "${definition.id}" was already added.`,
      {
        text: 'validation.measure_instrument_version_exists',
      },
      { messageKey: 'errors.measure_instrument_version_exists' },
    );
  }
  const at = ctx.now.toISOString();
  ctx.db.transaction(() => {
    insertInstrument(ctx.db, {
      id: definition.id,
      version: definition.version,
      definition: JSON.stringify(definition),
      at,
      by: ctx.actor.id,
      byName: ctx.actor.fullName,
    });
    ctx.audit({
      action: 'instrument.added',
      details: { instrumentId: definition.id, version: definition.version },
    });
  })();
  return { definition, origin: 'clinic', addedAt: at, addedByName: ctx.actor.fullName };
}

const publicSchedule = ({ createdAt: _created, ...schedule }: MeasureSchedule & { createdAt: string }) =>
  schedule;

export const listSchedules = (ctx: RequestContext): MeasureSchedule[] =>
  readSchedules(ctx.db).map(publicSchedule);

export function saveSchedule(
  ctx: RequestContext,
  shipped: ShippedInstruments,
  input: z.output<typeof saveScheduleInputSchema>,
): MeasureSchedule {
  if (!findInstrument(ctx.db, shipped, input.instrumentId)) {
    throw new DomainError(
      'invalid_input',
      `No instrument "${input.instrumentId}".`,
      {
        instrumentId: 'validation.measure_unknown_instrument',
      },
      { messageKey: 'errors.invalid_input' },
    );
  }
  if (input.id && !findSchedule(ctx.db, input.id)) {
    throw new DomainError('not_found', 'That schedule was not found.', undefined, {
      messageKey: 'errors.measure_schedule_not_found',
    });
  }
  const id = input.id ?? newId();
  ctx.db.transaction(() => {
    upsertSchedule(
      ctx.db,
      {
        id,
        instrumentId: input.instrumentId,
        program: input.program,
        intervalDays: input.intervalDays,
        active: input.active,
      },
      { id: ctx.actor.id, name: ctx.actor.fullName, at: ctx.now.toISOString() },
    );
    ctx.audit({ action: 'measure_schedule.saved', details: { scheduleId: id, active: input.active } });
  })();
  return publicSchedule(findSchedule(ctx.db, id)!);
}
