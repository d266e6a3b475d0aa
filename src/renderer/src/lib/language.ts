import { isLanguage, type Language } from '../../../shared/domain/languages';
import { i18n } from './i18n';

/**
 * The workstation's language: the one chosen on the sign-in or setup screen, or the last one a
 * person signed in with. It is not secret (it says nothing about anyone), so it lives in the
 * window's local storage, and the lock screen keeps speaking the last person's language.
 */
const STORAGE_KEY = 'lantern.language'; // also read by i18n.ts at start

export function workstationLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'en';
  } catch {
    return 'en'; // storage unavailable: English, as before languages could be chosen
  }
}

/** Shows every screen in `language` from now on, and remembers it for this workstation. */
export function applyLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across restarts; the screens still change.
  }
  document.documentElement.lang = language;
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}
