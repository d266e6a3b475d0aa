import type { Language } from '../../shared/domain/languages';
import type { AuditTextCatalogue } from '../../shared/domain/audit-values';
// The screens' own catalogues: an export says each entry in the sentence the screen shows.
import en from '../../renderer/src/locales/en.json';
import es from '../../renderer/src/locales/es.json';

type Tree = { readonly [key: string]: string | Tree };
const CATALOGUES: Record<Language, Tree> = { en, es };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The catalogue for a file made in main, in the reader's language (English where a sentence is
 * missing, as on the screen). Times are the workstation's local time: the renderer sends its
 * offset from UTC, as it does for the date filters.
 */
export function exportCatalogue(language: Language, utcOffsetMinutes: number): AuditTextCatalogue {
  const plurals = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  const local = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    text: (key) => lookup(CATALOGUES[language], key) ?? lookup(CATALOGUES.en, key),
    plural: (count) => plurals.select(count),
    number: (value) => numbers.format(value),
    instant: (iso) => {
      const at = Date.parse(iso);
      return Number.isNaN(at) ? iso : local.format(new Date(at + utcOffsetMinutes * 60_000));
    },
    day: (date) => {
      const at = Date.parse(`${date}T00:00:00Z`);
      return Number.isNaN(at) ? date : day.format(new Date(at));
    },
  };
}
