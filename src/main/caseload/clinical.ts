import type { AttentionFilter, CaseloadRow } from '../../shared/contracts/caseload';
import { DUE_SOON_DAYS } from '../../shared/contracts/measures';
import { localToday } from '../../shared/domain/clients';
import { addDays } from '../../shared/domain/reassessment';
import { reassessmentDueForClients } from '../assessments/due';
import { planReviewsFor } from '../care-plans/repository';
import type { Db } from '../db/open';
import { measureFlagsFor } from '../measures/caseload-facts';
import { readOpenAlertItems, readSchedules } from '../measures/schedule-repository';
import { readSettings } from '../settings/repository';

/**
 * The caseload's clinical follow-ups: the columns (computed for a page's ids with the functions
 * each feature exports) and the "needs attention" filters (SQL over the whole caseload, each
 * answering the same question as the column, so a row under a filter shows why it is there).
 *
 * Dates follow each feature's own rule, so the caseload agrees with the client file: plan
 * reviews use the local calendar day (care plans), reassessments and measures the UTC day.
 */

export type ClinicalFacts = Pick<CaseloadRow, 'safetyAlerts' | 'planReview' | 'reassessment' | 'measures'>;

export const HIDDEN_CLINICAL_FACTS: ClinicalFacts = {
  safetyAlerts: null,
  planReview: null,
  reassessment: null,
  measures: null,
};

const utcToday = (now: Date) => now.toISOString().slice(0, 10);

/** The follow-ups of the clients whose clinical record this viewer may see (the caller decides which). */
export function clinicalFactsFor(db: Db, ids: readonly string[], now: Date): Map<string, ClinicalFacts> {
  const facts = new Map<string, ClinicalFacts>();
  if (ids.length === 0) return facts;
  const alerts = readOpenAlertItems(db, ids);
  const plans = planReviewsFor(db, ids, localToday(now));
  const reassessments = reassessmentDueForClients(db, ids, now);
  const measures = measureFlagsFor(db, ids, utcToday(now));
  for (const id of ids) {
    const plan = plans.get(id);
    const due = reassessments.get(id);
    const measure = measures.get(id);
    facts.set(id, {
      safetyAlerts: alerts.get(id) ?? [],
      planReview: plan ? { date: plan.reviewDate, overdue: plan.overdue } : null,
      reassessment: due?.nextDueDate ? { dueDate: due.nextDueDate, overdue: due.overdue } : null,
      measures: { due: measure?.due ?? 0, overdue: measure?.overdue ?? 0 },
    });
  }
  return facts;
}

/**
 * The clients (by id) some rows of `seed` belong to, followed up through merges: a fact about a
 * client merged into another belongs to the one kept, as the client file shows it. Only merged
 * clients (few, found through migration 0014's partial index) are walked, not every seed row.
 */
const keptClientsOf = (seed: string) => `(
  WITH RECURSIVE seed(id) AS MATERIALIZED (${seed}),
  kept(id, root, depth) AS (
    SELECT m.id, m.merged_into_id, 1 FROM clients m WHERE m.merged_into_id IS NOT NULL
    UNION ALL
    SELECT kept.id, m.merged_into_id, kept.depth + 1 FROM kept CROSS JOIN clients m ON m.id = kept.root
    WHERE m.merged_into_id IS NOT NULL AND kept.depth < 64
  )
  SELECT id FROM seed UNION SELECT kept.root FROM kept WHERE kept.id IN (SELECT id FROM seed))`;

/**
 * Whether `c` or a client merged into it has a measure result matching `where` (on `r`): one
 * client's merge family walked downwards (migration 0014's index on merged_into_id), for a
 * filter asked row by row.
 */
const familyHasResult = (where: string) => `EXISTS (
  WITH RECURSIVE fam(id, depth) AS (
    SELECT c.id, 0
    UNION ALL
    SELECT m.id, fam.depth + 1 FROM fam JOIN clients m ON m.merged_into_id = fam.id WHERE fam.depth < 64
  ) SELECT 1 FROM fam JOIN measure_results r ON r.client_id = fam.id WHERE ${where})`;

/** A measure result counts unless it was marked entered in error (measures' own rule). */
const RESULT_COUNTED = (resultId: string) => `NOT EXISTS (SELECT 1 FROM measure_result_events ev
  WHERE ev.result_id = ${resultId} AND ev.status = 'entered_in_error')`;

const NOT_IN_ERROR = `NOT EXISTS (SELECT 1 FROM record_status_events e
  WHERE e.record_id = p.record_id AND e.status = 'entered_in_error')`;

/**
 * How a filter is asked. `probe`: each candidate row is checked through an index, best when the
 * candidates are few (one caseload, a team, the rows a case manager may see clinically) or when
 * a page walks the name index and matches are common enough to fill it quickly. `collect`: the
 * matching clients are gathered once from the fact's own index, best for counting a clinic.
 */
export type Reach = 'probe' | 'collect';

/**
 * One "needs attention" filter as a condition on `c` (clients), with its parameters. Each
 * answers what its column shows (the same dates and the same rules).
 */
export function attentionCondition(
  db: Db,
  filter: AttentionFilter,
  now: Date,
  reach: Reach,
  params: Record<string, unknown>,
): string {
  switch (filter) {
    case 'safetyAlert':
      // Open alerts are few: collected once, however the rest is asked.
      return `c.id IN ${keptClientsOf(
        `SELECT a.client_id FROM measure_alerts a
         WHERE NOT EXISTS (SELECT 1 FROM measure_alert_acks k WHERE k.alert_id = a.id)
           AND ${RESULT_COUNTED('a.result_id')}`,
      )}`;
    case 'planReviewOverdue': {
      // The plan in force is the latest review date not entered in error (planReviewsFor): one
      // that has passed, and none still to come.
      params.planToday = localToday(now);
      const passed = `p.review_date IS NOT NULL AND p.review_date < @planToday AND ${NOT_IN_ERROR}`;
      const noneToCome = `NOT EXISTS (SELECT 1 FROM care_plans p
        WHERE p.client_id = c.id AND p.review_date >= @planToday AND ${NOT_IN_ERROR})`;
      return reach === 'probe'
        ? `(EXISTS (SELECT 1 FROM care_plans p WHERE p.client_id = c.id AND ${passed}) AND ${noneToCome})`
        : `(c.id IN (SELECT p.client_id FROM care_plans p WHERE ${passed}) AND ${noneToCome})`;
    }
    case 'reassessmentOverdue': {
      // Overdue when the last signing's day is before today minus the interval; signed_at is an
      // instant, so comparing it with a date string compares its day.
      const interval = readSettings(db).reassessmentIntervalDays;
      params.reassessCutoff = addDays(utcToday(now), -interval);
      return reach === 'probe'
        ? `(SELECT MAX(a.signed_at) FROM assessments a
             WHERE a.client_id = c.id AND a.signed_at IS NOT NULL) < @reassessCutoff`
        : `c.id IN (SELECT a.client_id FROM assessments a WHERE a.signed_at IS NOT NULL
                    GROUP BY a.client_id HAVING MAX(a.signed_at) < @reassessCutoff)`;
    }
    case 'measureDue':
      return measureDueCondition(db, now, reach, params);
  }
}

/**
 * Due or overdue for at least one active schedule, the rule of measures/due.ts written as SQL:
 * an active client (in the schedule's program, if it has one) not given the instrument since
 * `today + DUE_SOON_DAYS - interval`; never given, first due an interval after the schedule
 * (or the enrollment, when later) began. Results entered in error do not count.
 */
function measureDueCondition(db: Db, now: Date, reach: Reach, params: Record<string, unknown>): string {
  const today = utcToday(now);
  const horizon = addDays(today, DUE_SOON_DAYS);
  const conditions = readSchedules(db, true).map((schedule, index) => {
    const p = (name: string) => `@measure${index}${name}`;
    params[`measure${index}Instrument`] = schedule.instrumentId;
    params[`measure${index}Since`] = addDays(today, DUE_SOON_DAYS - schedule.intervalDays + 1);
    const given = `r.instrument_id = ${p('Instrument')} AND ${RESULT_COUNTED('r.id')}`;
    const recent = `${given} AND r.administered_at >= ${p('Since')}`;
    const notGivenSince =
      reach === 'probe'
        ? `NOT ${familyHasResult(recent)}`
        : `c.id NOT IN ${keptClientsOf(`SELECT r.client_id FROM measure_results r WHERE ${recent}`)}`;
    const givenEver =
      reach === 'probe'
        ? familyHasResult(given)
        : `c.id IN ${keptClientsOf(`SELECT r.client_id FROM measure_results r WHERE ${given}`)}`;
    // Never given: due once its first date (start + interval) is within the due-soon window.
    const firstBy = addDays(horizon, -schedule.intervalDays);
    params[`measure${index}FirstBy`] = firstBy;
    const startedBy = schedule.createdAt.slice(0, 10) <= firstBy ? '1' : '0';
    const neverGivenDue =
      schedule.program === null
        ? startedBy
        : `(${startedBy} AND EXISTS (SELECT 1 FROM client_enrollments e WHERE e.client_id = c.id
             AND e.status = 'active' AND e.program = ${p('Program')}
             AND (e.start_date IS NULL OR e.start_date <= ${p('FirstBy')})))`;
    const inProgram =
      schedule.program === null
        ? ''
        : `AND EXISTS (SELECT 1 FROM client_enrollments e WHERE e.client_id = c.id
             AND e.status = 'active' AND e.program = ${p('Program')})`;
    if (schedule.program !== null) params[`measure${index}Program`] = schedule.program;
    return `(${notGivenSince} ${inProgram} AND (${neverGivenDue} OR ${givenEver}))`;
  });
  if (conditions.length === 0) return '0';
  return `(c.status = 'active' AND (${conditions.join(' OR ')}))`;
}
