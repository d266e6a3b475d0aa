import type { CarePlanContent } from '../../shared/contracts/care-plans';
import { carePlanContentSchema } from '../../shared/contracts/care-plans';
import { scoreRange } from '../../shared/domain/instruments';
import type { Db } from '../db/open';
import { DomainError, fieldErrors } from '../errors';
import type { ShippedInstruments } from '../measures/catalogue';
import { catalogue } from '../measures/catalogue';

/**
 * What a plan is checked against beyond its own shape (the contract's schemas): the clinic's
 * measures catalogue and the calendar. Field errors at the item, as the editor shows them.
 */

type Fields = Record<string, string>;

/** Each instrument's possible total, by id: the shipped ones and those the clinic added. */
function scoreRanges(db: Db, shipped: ShippedInstruments): Map<string, { min: number; max: number }> {
  return new Map(catalogue(db, shipped).map((entry) => [entry.definition.id, scoreRange(entry.definition)]));
}

/**
 * A goal's measure link names an instrument in the catalogue and a target its score can reach
 * ("PHQ-9 below 500" is not a target). Read once per check, not per goal.
 */
export function measureLinkProblems(db: Db, shipped: ShippedInstruments, plan: CarePlanContent): Fields {
  const links = plan.needs.flatMap((n, ni) =>
    n.goals.map((g, gi) => ({ measure: g.measure, at: `needs.${ni}.goals.${gi}.measure` })),
  );
  if (!links.some((link) => link.measure)) return {};
  const ranges = scoreRanges(db, shipped);
  const fields: Fields = {};
  for (const { measure, at } of links) {
    if (!measure) continue;
    const range = ranges.get(measure.instrumentId);
    if (!range) fields[`${at}.instrumentId`] = 'validation.measure_unknown_instrument';
    else if (measure.value < range.min || measure.value > range.max)
      fields[`${at}.value`] = 'validation.measure_target_out_of_range';
  }
  return fields;
}

/**
 * A revision signed with a review date already passed would be overdue from its first day. A
 * first version may look back: a plan the clinic agreed on paper months ago is entered as it was.
 */
export function reviewDateProblems(plan: CarePlanContent, versionNo: number, today: string): Fields {
  return versionNo > 1 && plan.reviewDate && plan.reviewDate < today
    ? { reviewDate: 'validation.review_in_past' }
    : {};
}

const invalid = (fields: Fields) =>
  new DomainError('invalid_input', 'Some of the information is missing or not valid.', fields, {
    messageKey: 'errors.invalid_input',
  });

/** Refuses a draft save with these problems (nothing is saved). */
export function refuseIf(fields: Fields): void {
  if (Object.keys(fields).length) throw invalid(fields);
}

/**
 * Refuses signing with these problems, together with the signing schema's own (so the editor
 * shows every field at once rather than one refusal after another).
 */
export function refuseSigningIf(fields: Fields, plan: CarePlanContent): void {
  if (!Object.keys(fields).length) return;
  const parsed = carePlanContentSchema.safeParse(plan);
  throw invalid({ ...(parsed.success ? {} : fieldErrors(parsed.error)), ...fields });
}
