import type { ParseKeys } from 'i18next';
import { i18n } from './i18n';

/**
 * Every key of the catalogue, typed from locales/en.json (see i18next.d.ts). `t(...)` only
 * accepts these, so a misspelled key, or a key built from a vocabulary value that has no entry,
 * fails `npm run typecheck`.
 */
export type CatalogueKey = ParseKeys;

/**
 * For keys that arrive as data, not as code: a field key or message key sent by main, a code
 * stored by a newer Lantern. The compiler cannot know them, so they are checked here, at run
 * time, and the caller shows its fallback when the catalogue has no such key.
 */
export function isCatalogueKey(key: string): key is CatalogueKey {
  return i18n.exists(key);
}

/** True when `value` is one of `vocabulary`'s values (a stored code from a list). */
export function isOneOf<V extends string>(vocabulary: readonly V[], value: string): value is V {
  return (vocabulary as readonly string[]).includes(value);
}
