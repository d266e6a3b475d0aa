import 'i18next';
import type en from '../locales/en.json';

/**
 * Types `t(...)` against the English catalogue, so a missing or misspelled key fails the
 * typecheck instead of showing the raw key to a person.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
    strictKeyChecks: true;
  }
}
