import type { MeasureResult, MeasureResultView } from '../../shared/contracts/measures';
import type { SexAtBirth } from '../../shared/domain/clients';
import { SEX_AT_BIRTH } from '../../shared/domain/clients';
import { bandsFor } from '../../shared/domain/instrument-scoring';
import type { InstrumentDefinition } from '../../shared/domain/instruments';
import type { RequestContext } from '../request/context';
import type { ShippedInstruments } from './catalogue';
import { findInstrumentVersion } from './catalogue';
import type { EnteredInError } from './repository';
import { clientSexAtBirth } from './repository';

/** Results as the screens read them: band label, Part 2 mark, entered-in-error status. */

export const sexOf = (value: string | null): SexAtBirth | null =>
  (SEX_AT_BIRTH as readonly string[]).includes(value ?? '') ? (value as SexAtBirth) : null;

/** Resolves each (instrument, version) once per request: a trend names the same one many times. */
function definitions(ctx: RequestContext, shipped: ShippedInstruments) {
  const cache = new Map<string, InstrumentDefinition | null>();
  return (result: MeasureResult) => {
    const key = `${result.instrumentId}@${result.instrumentVersion}`;
    if (!cache.has(key))
      cache.set(key, findInstrumentVersion(ctx.db, shipped, result.instrumentId, result.instrumentVersion));
    return cache.get(key) ?? null;
  };
}

export function resultViews(
  ctx: RequestContext,
  shipped: ShippedInstruments,
  clientId: string,
  results: readonly MeasureResult[],
  enteredInError: ReadonlyMap<string, EnteredInError> = new Map(),
): MeasureResultView[] {
  const definitionOf = definitions(ctx, shipped);
  const sex = sexOf(clientSexAtBirth(ctx.db, clientId));
  return results.map((result) => {
    const definition = definitionOf(result);
    // The client's own list first (AUDIT-C's cut-off differs by sex), then any list of that version.
    const bands = definition
      ? [
          ...bandsFor(definition, sex),
          ...definition.bands.default,
          ...(definition.bands.female ?? []),
          ...(definition.bands.male ?? []),
        ]
      : [];
    const band =
      result.bandId === null ? undefined : bands.find((candidate) => candidate.id === result.bandId);
    return {
      ...result,
      bandLabel: band?.label ?? null,
      part2: definition?.part2 ?? false,
      enteredInError: enteredInError.get(result.id) ?? null,
    };
  });
}

/** Whether this viewer may read a Part 2 instrument's results (the policy's `part2` kind). */
export const mayReadPart2 = (ctx: RequestContext, clientId: string): boolean =>
  ctx.policy.may(clientId, 'part2', 'read');
