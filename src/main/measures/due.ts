import type { DueMeasure } from '../../shared/contracts/measures';
import { DUE_SOON_DAYS } from '../../shared/contracts/measures';
import type { ScheduleFacts, StoredSchedule } from './schedule-repository';

/**
 * Which scheduled measures a client is due for. A schedule applies to an active client (every
 * one, or those actively enrolled in its program). The due date is the last time the instrument
 * was given plus the interval; never given, the day the schedule (or the enrollment, if later)
 * started plus the interval. Due from DUE_SOON_DAYS before that date to the date itself; overdue after.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const dateOf = (instant: string) => instant.slice(0, 10);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export function dueMeasures(
  schedules: readonly StoredSchedule[],
  facts: ScheduleFacts,
  today: string,
): DueMeasure[] {
  if (!facts.active) return [];
  const due: DueMeasure[] = [];
  for (const schedule of schedules) {
    if (!schedule.active) continue;
    if (schedule.program !== null && !facts.programs.has(schedule.program)) continue;
    const last = facts.lastGiven.get(schedule.instrumentId) ?? null;
    let dueDate: string;
    if (last) dueDate = addDays(dateOf(last), schedule.intervalDays);
    else {
      // The first one falls an interval after the schedule (or the enrollment) began: a new
      // schedule must not make every client overdue the next day.
      const enrolled = schedule.program === null ? null : (facts.programs.get(schedule.program) ?? null);
      const started = dateOf(schedule.createdAt);
      dueDate = addDays(enrolled && enrolled > started ? enrolled : started, schedule.intervalDays);
    }
    const status =
      today > dueDate ? 'overdue' : today >= addDays(dueDate, -DUE_SOON_DAYS) ? 'due' : 'not_due';
    due.push({
      scheduleId: schedule.id,
      instrumentId: schedule.instrumentId,
      intervalDays: schedule.intervalDays,
      lastGivenAt: last,
      dueDate,
      status,
    });
  }
  return due.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
