import type { LocalizedText } from '../../../shared/domain/instruments';
import type { Language } from '../../../shared/domain/languages';

/** A shipped text in the document's language, English where it has no translation. */
export const localized = (value: LocalizedText | null | undefined, language: Language): string =>
  value ? (language === 'es' ? (value.es ?? value.en) : value.en) : '';

/** A measure's name: its title, which already carries the abbreviation when the file wrote it so. */
export function measureTitle(
  definition: { abbreviation: string; title: LocalizedText } | null,
  fallback: string,
  language: Language,
): string {
  if (!definition) return fallback;
  const title = localized(definition.title, language);
  return title.includes(definition.abbreviation) ? title : `${definition.abbreviation} (${title})`;
}
