import { localToday } from '../../shared/domain/clients';

/**
 * A note's contact is in the workstation's local calendar and clock (the worker typed what their
 * watch said); lateness counts local calendar days, not 24-hour spans.
 */

const DAY = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);

/** Whole local calendar days from `date` (YYYY-MM-DD) to the local day of `at`. */
export function daysBetween(date: string, at: Date): number {
  return dayNumber(localToday(at)) - dayNumber(date);
}

export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function timeOf(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The local time now, rounded down to five minutes (the contact started a little before). */
export function nowRounded(now: Date): string {
  const minutes = now.getHours() * 60 + now.getMinutes();
  return timeOf(minutes - (minutes % 5));
}

/** The contact's start as an instant: the local date and time, as the workstation reads them. */
export function contactInstant(date: string, time: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const minutes = minutesOf(time);
  return new Date(y, mo - 1, d, Math.floor(minutes / 60), minutes % 60).toISOString();
}
