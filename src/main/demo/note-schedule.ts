/**
 * When a fake client's contacts happened and what each was: a weekly-to-monthly rhythm over the
 * client's time in care, mostly face to face, some by phone or at home, a few attempts and
 * no-shows. Plain data; note-history.ts writes the notes through the progress-notes services.
 */
import type { ContactType } from '../../shared/contracts/progress-notes';
import type { Random } from './random';
import { DAY_MS } from './random';

export interface PlannedContact {
  /** The contact's start, a local date and time (the workstation's clock, as a worker types it). */
  start: Date;
  durationMinutes: number;
  contactType: ContactType;
}

const CONTACT_WEIGHTS: readonly (readonly [ContactType, number])[] = [
  ['face_to_face', 45],
  ['phone', 15],
  ['video', 6],
  ['home_visit', 12],
  ['community', 8],
  ['collateral', 4],
  ['group', 2],
  ['attempted', 5],
  ['no_show', 3],
];

/** Days between contacts: weekly for some, fortnightly, three-weekly or monthly for others. */
const RHYTHMS: readonly (readonly [number, number])[] = [
  [7, 30],
  [14, 30],
  [21, 15],
  [30, 25],
];

/**
 * The contacts from `since` to two hours before `now`, oldest first. `density` (0–1] stretches
 * the rhythm: 1 documents every weekly-to-monthly contact, 0.25 about a quarter of them.
 */
export function plannedContacts(rand: Random, since: Date, now: Date, density: number): PlannedContact[] {
  const rhythm = rand.weighted(RHYTHMS);
  const until = now.getTime() - 2 * 3_600_000;
  const contacts: PlannedContact[] = [];
  let day = new Date(since.getFullYear(), since.getMonth(), since.getDate());
  for (;;) {
    day = new Date(day.getTime() + rand.int(1, 4) * DAY_MS);
    // Office hours, in five-minute steps from 09:00 to 16:30 local time.
    const minutes = 9 * 60 + rand.int(0, 90) * 5;
    const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minutes);
    if (start.getTime() >= until) break;
    const contactType = rand.weighted(CONTACT_WEIGHTS);
    const durationMinutes =
      contactType === 'phone' ? rand.int(2, 6) * 5 : contactType === 'group' ? 90 : rand.int(4, 15) * 5;
    contacts.push({ start, durationMinutes, contactType });
    const gap = (rhythm * (0.7 + rand.float() * 0.6)) / density;
    day = new Date(day.getTime() + Math.max(1, Math.round(gap) - 2) * DAY_MS);
  }
  return contacts;
}

/** YYYY-MM-DD and HH:MM of a local instant. */
export const localDate = (at: Date) =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
export const localTime = (at: Date) =>
  `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
