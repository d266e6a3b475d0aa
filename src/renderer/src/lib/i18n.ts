import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';

/**
 * Every string a person reads lives in the catalogue (locales/en.json); components only name keys.
 * Field problems arrive as `validation.*` keys (from the shared zod schemas or from main), and
 * errors from main as codes that map to `errors.<code>`.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en'],
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  initAsync: false,
});

/** A locale-aware date and time, e.g. for the audit trail. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

export function formatLongDate(date: Date): string {
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(date);
}
