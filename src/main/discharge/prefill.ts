import type { DischargeContent, DischargeGoal } from '../../shared/contracts/discharge';
import { DISCHARGE_LIMITS, dischargeDraftSchema } from '../../shared/contracts/discharge';
import type { ProgressMark } from '../../shared/contracts/progress-notes';
import { UNREACHED_CONTACT_TYPES, type ContactType } from '../../shared/contracts/progress-notes';
import { localToday } from '../../shared/domain/clients';
import type { Language } from '../../shared/domain/languages';
import { clientIdsJson, findClientRow } from '../clients/repository';
import type { ShippedInstruments } from '../measures/catalogue';
import { findInstrument } from '../measures/catalogue';
import { currentPlan } from '../progress-notes/plan';
import type { RequestContext } from '../request/context';
import type { MarkCounts } from './prefill-text';
import { progressText, roleText, servicesText } from './prefill-text';
import { scoresSince, signedNotesBetween } from './repository';

/**
 * A discharge draft, filled in from the record, in one place (the editor shows what main sends):
 * - each goal of the current signed plan with its status, and a line counting the goal-level
 *   marks (progress / no change / setback) of the signed notes of the enrollment;
 * - the summary of services: the enrollment's dates, the contacts documented, and each measure's
 *   first and last score of the enrollment with their days;
 * - today as the discharge date, the writer as the person to contact.
 * Notes and results entered in error do not count.
 */

export interface OpenEnrollment {
  program: string;
  startDate: string | null;
}

const NO_MARKS: MarkCounts = { progress: 0, noChange: 0, setback: 0 };
const MARK_FIELD: Partial<Record<ProgressMark, keyof MarkCounts>> = {
  progress: 'progress',
  no_change: 'noChange',
  setback: 'setback',
};

/** Goal-level marks of each goal, and the contacts (reached, and attempted or missed). */
function countNotes(notes: readonly { content: string; contact_type: string }[]) {
  const marks = new Map<string, MarkCounts>();
  let reached = 0;
  for (const note of notes) {
    if (UNREACHED_CONTACT_TYPES.includes(note.contact_type as ContactType)) continue;
    reached += 1;
    const parsed = JSON.parse(note.content) as {
      addressed?: { goalId: string; objectiveId: string | null; mark: ProgressMark }[];
    };
    for (const item of parsed.addressed ?? []) {
      const field = MARK_FIELD[item.mark];
      if (item.objectiveId !== null || !field) continue;
      const counts = { ...(marks.get(item.goalId) ?? NO_MARKS) };
      counts[field] += 1;
      marks.set(item.goalId, counts);
    }
  }
  return { marks, reached, attempts: notes.length - reached };
}

/** First and last score of each instrument given since the enrollment began, in reading order. */
function firstAndLastScores(
  ctx: RequestContext,
  shipped: ShippedInstruments,
  family: string,
  from: string | null,
) {
  const fromAt = from ? new Date(`${from}T00:00:00`).toISOString() : null;
  const byInstrument = new Map<string, { score: number; date: string }[]>();
  for (const row of scoresSince(ctx.db, family, fromAt)) {
    const points = byInstrument.get(row.instrument_id) ?? [];
    points.push({ score: row.total, date: localToday(new Date(row.administered_at)) });
    byInstrument.set(row.instrument_id, points);
  }
  return [...byInstrument].map(([instrumentId, points]) => {
    const definition = findInstrument(ctx.db, shipped, instrumentId);
    return {
      instrumentId,
      instrument: definition?.abbreviation ?? instrumentId,
      first: points[0] as { score: number; date: string },
      last: points.at(-1) as { score: number; date: string },
      part2: definition?.part2 ?? false,
    };
  });
}

export function prefilledDischarge(
  ctx: RequestContext,
  shipped: ShippedInstruments,
  clientId: string,
  enrollment: OpenEnrollment,
  language: Language,
): DischargeContent {
  const family = clientIdsJson(ctx.db, clientId);
  const today = localToday(ctx.now);
  const notes = countNotes(signedNotesBetween(ctx.db, family, enrollment.startDate, today));
  const scores = firstAndLastScores(ctx, shipped, family, enrollment.startDate);
  const plan = currentPlan(ctx.db, clientId);
  const goals: DischargeGoal[] = (plan?.content.needs ?? [])
    .flatMap((need) =>
      need.goals.map((goal) => {
        const marks = notes.marks.get(goal.id) ?? NO_MARKS;
        return {
          goalId: goal.id,
          goal: goal.statement || goal.clientWords,
          status: goal.status,
          progress: progressText(language, marks),
          part2: need.part2 || goal.part2,
          marks,
        };
      }),
    )
    .slice(0, DISCHARGE_LIMITS.goals);
  const part2 =
    findClientRow(ctx.db, clientId)?.flag_part2_protected === 1 ||
    goals.some((goal) => goal.part2) ||
    scores.some((score) => score.part2);
  return dischargeDraftSchema.parse({
    program: enrollment.program,
    enrollmentStartDate: enrollment.startDate,
    dischargeDate: today,
    summaryOfServices: servicesText(language, {
      program: enrollment.program,
      startDate: enrollment.startDate,
      endDate: today,
      contacts: notes.reached,
      attempts: notes.attempts,
      scores,
    }),
    goals,
    contact: { name: ctx.actor.fullName, phoneOrRole: roleText(language, ctx.actor.role) },
    planVersionId: plan?.versionId ?? null,
    contactCount: notes.reached,
    scores,
    part2,
  });
}
