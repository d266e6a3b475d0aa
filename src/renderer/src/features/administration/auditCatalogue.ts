import { useTranslation } from 'react-i18next';
import type { AuditTextCatalogue } from '../../../../shared/domain/audit-values';
import { formatCalendarDate } from '../../lib/format';
import { formatDateTime, i18n } from '../../lib/i18n';

/**
 * The audit trail's sentences (src/shared/domain/audit-sentences.ts) over the screen's own
 * catalogue. Keys are built from recorded actions and detail names, so they are looked up at run
 * time (`getResource`), with English standing in for a sentence a half-finished catalogue lacks.
 */
export function useAuditCatalogue(): AuditTextCatalogue {
  const { i18n: current } = useTranslation();
  const language = current.language;
  const plurals = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  const text = (key: string): string | undefined => {
    const found: unknown =
      i18n.getResource(language, 'translation', key) ?? i18n.getResource('en', 'translation', key);
    return typeof found === 'string' ? found : undefined;
  };
  return {
    text,
    plural: (count) => plurals.select(count),
    number: (value) => numbers.format(value),
    instant: formatDateTime,
    day: formatCalendarDate,
  };
}
