import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/domain/instruments';

/**
 * A format's own words: Spanish where the file has it, English otherwise — then marked
 * `lang="en"` so a screen reader reads it as English.
 */
export function LocalText({ text }: { text: LocalizedText | undefined }) {
  const { i18n } = useTranslation();
  if (!text) return null;
  const spanish = i18n.language.startsWith('es');
  if (spanish && text.es) return <span>{text.es}</span>;
  return <span lang={spanish ? 'en' : undefined}>{text.en}</span>;
}

/** The same, as a plain string (for labels and notices). */
export function useLocalString() {
  const { i18n } = useTranslation();
  return (text: LocalizedText | undefined) =>
    !text ? '' : i18n.language.startsWith('es') && text.es ? text.es : text.en;
}
