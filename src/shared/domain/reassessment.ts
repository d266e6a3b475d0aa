/** When the next reassessment is due, from the last signed assessment and the clinic's interval. */

export const REASSESSMENT_INTERVAL_DAYS = { min: 7, max: 730, default: 180 } as const;

const DAY_MS = 86_400_000;

/** Adds whole days to a calendar date (`YYYY-MM-DD`, UTC calendar). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `lastSignedAt` is an instant; its calendar day counts as day 0. Overdue from the day after the
 * due date: on the due date itself it is due, not overdue.
 */
export function reassessmentDue(lastSignedAt: string | null, intervalDays: number, now: Date) {
  if (!lastSignedAt) return { lastSignedAt: null, nextDueDate: null, overdue: false, intervalDays };
  const nextDueDate = addDays(lastSignedAt.slice(0, 10), intervalDays);
  return { lastSignedAt, nextDueDate, overdue: now.toISOString().slice(0, 10) > nextDueDate, intervalDays };
}
