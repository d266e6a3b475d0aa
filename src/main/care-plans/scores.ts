import type { CarePlanContent, LatestScores } from '../../shared/contracts/care-plans';
import { localToday } from '../../shared/domain/clients';
import { clientIdsJson } from '../clients/repository';
import type { Db } from '../db/open';
import { latestScoresOf } from '../measures/repository';

/**
 * "PHQ-9 below 10 by June": the latest score of each instrument the plan's goals link to, read
 * through the measures repository. The caller has already asked the policy for the client's
 * clinical file and audits the plan view; scores are part of that view.
 */

/** The instruments the goals of these contents are linked to. */
export function linkedInstruments(contents: readonly CarePlanContent[]): string[] {
  const ids = new Set<string>();
  for (const content of contents)
    for (const need of content.needs)
      for (const goal of need.goals) if (goal.measure) ids.add(goal.measure.instrumentId);
  return [...ids].sort();
}

/** By instrument id: the total and the local day it was given (with records merged into the client). */
export function latestScoresFor(
  db: Db,
  clientId: string,
  contents: readonly CarePlanContent[],
): LatestScores {
  const found = latestScoresOf(db, clientIdsJson(db, clientId), linkedInstruments(contents));
  return Object.fromEntries(
    [...found.values()].map((s) => [
      s.instrumentId,
      { score: s.score, date: localToday(new Date(s.administeredAt)) },
    ]),
  );
}
