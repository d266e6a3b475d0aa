/**
 * The languages Lantern's screens are written in (src/renderer/src/locales/<code>.json). Each
 * account keeps its own choice; an account that never chose follows the workstation's.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
