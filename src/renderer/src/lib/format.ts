import { ageOn, localToday } from '../../../shared/domain/clients';
import { i18n } from './i18n';

/** Display helpers for the client screens: calendar dates, ages and names. */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (`YYYY-MM-DD`) as the workstation's locale writes it, e.g. "12 Mar 1990". */
export function formatCalendarDate(value: string | null | undefined): string {
  if (!value) return '';
  if (!DATE_ONLY.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** An instant (ISO-8601) as a local date, e.g. for "last contact". */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(date);
}

/** Whole years today, or null while the birth date is incomplete or impossible. */
export function ageFromBirthDate(birthDate: string | null | undefined): number | null {
  if (!birthDate || !DATE_ONLY.test(birthDate)) return null;
  const today = localToday();
  if (birthDate > today) return null;
  const age = ageOn(birthDate, today);
  return age >= 0 && age < 130 ? age : null;
}

/** The name a person goes by: the preferred name, or the legal first name. */
export function callName(client: { preferredName: string; legalFirstName: string }): string {
  return client.preferredName.trim() || client.legalFirstName;
}

export function legalName(client: { legalFirstName: string; legalLastName: string }): string {
  return `${client.legalFirstName} ${client.legalLastName}`;
}

/** A size in kB, MB or GB, in the workstation's number format. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
