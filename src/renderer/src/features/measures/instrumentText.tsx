import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../../../shared/contracts/measures';
import type { InstrumentDefinition, LocalizedText } from '../../../../shared/domain/instruments';
import { useLanternQuery } from '../../lib/client';

/**
 * An instrument's own words: Spanish only where the file carries the official translation,
 * English otherwise (marked `lang="en"` so a screen reader reads it as English).
 */
export function useInstrumentText() {
  const { i18n } = useTranslation();
  const spanish = i18n.language.startsWith('es');
  return (text: LocalizedText | undefined) => {
    if (!text) return { text: '', lang: undefined };
    if (spanish && text.es) return { text: text.es, lang: undefined };
    return { text: text.en, lang: spanish ? 'en' : undefined };
  };
}

/** Instrument text as an element, with its language marked when it differs from the screen's. */
export function InstrumentText({ text }: { text: LocalizedText | undefined }) {
  const pick = useInstrumentText();
  const chosen = pick(text);
  return <span lang={chosen.lang}>{chosen.text}</span>;
}

/** Plain string of an instrument's text (for attributes and chart labels). */
export function useInstrumentString() {
  const pick = useInstrumentText();
  return (text: LocalizedText | undefined) => pick(text).text;
}

/** The catalogue (shipped and clinic instruments), by id. */
export function useInstrumentCatalogue() {
  const query = useLanternQuery('measures:instruments', {}, { staleTime: 5 * 60_000 });
  const byId = useMemo(
    () =>
      new Map<string, InstrumentDefinition>(
        (query.data ?? []).map((entry: CatalogueEntry) => [entry.definition.id, entry.definition]),
      ),
    [query.data],
  );
  return { query, byId, entries: query.data ?? [] };
}
