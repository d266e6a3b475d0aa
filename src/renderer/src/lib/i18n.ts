import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../../../shared/domain/languages';
import en from '../locales/en.json';
import es from '../locales/es.json';

/**
 * Every string a person reads lives in the catalogues (locales/en.json, and es.json with the same
 * keys); components only name keys, typed from en.json (i18next.d.ts).
 * Field problems arrive as `validation.*` keys (from the shared zod schemas or from main), and
 * errors from main as codes that map to `errors.<code>`.
 */
export const i18n = i18next.createInstance();

/** The workstation's language at start (lib/language.ts keeps it; read here to avoid a cycle). */
function startLanguage(): string {
  try {
    const stored = globalThis.localStorage?.getItem('lantern.language');
    return isLanguage(stored) ? stored : 'en';
  } catch {
    return 'en';
  }
}

void i18n.use(initReactI18next).init({
  lng: startLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  // es.json has every key en.json has (tests/unit/i18n-spanish.test.ts), so English never shows
  // through; the fallback is only for a catalogue from a half-finished change.
  resources: { en: { translation: en }, es: { translation: es } },
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
