import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HistoryValue as Value, JsonValue } from '../../../../../shared/contracts/clients';
import { isLegacyText } from '../../../../../shared/contracts/clients';
import { isCatalogueKey } from '../../../lib/catalogue';
import { formatCalendarDate } from '../../../lib/format';

/**
 * One recorded value of the history, in the reader's words. Main stores values, not sentences
 * (codes stay codes, lists stay lists), so the wording follows the catalogue and the language.
 */

/** Fields whose value is a code from a list, and the catalogue section that names the codes. */
const VOCABULARY: Record<string, string> = {
  kind: 'clients.contactKind',
  careRole: 'clients.careRole',
  riskLevel: 'clients.risk',
  livingSituation: 'clients.living',
  sexAtBirth: 'clients.sex',
};
const DATE_FIELDS = new Set(['birthDate', 'consentDate', 'onsetDate', 'resolvedDate']);

type Item = Record<string, JsonValue>;
const text = (value: JsonValue | undefined): string =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
/** A stored code in the reader's words; a code this version's catalogue lacks is shown as stored. */
const code = (t: TFunction, section: string, value: JsonValue | undefined): string => {
  const key = `${section}.${text(value)}`;
  return isCatalogueKey(key) ? t(key) : text(value);
};

function datesOf(t: TFunction, item: Item): string {
  const from = formatCalendarDate(text(item.startDate));
  const to = formatCalendarDate(text(item.endDate));
  if (from && to) return t('clients.overview.datesBoth', { from, to });
  if (from) return t('clients.overview.datesFrom', { from });
  if (to) return t('clients.overview.datesTo', { to });
  return '';
}

/** One element of a list field, worded for that field. */
function listItem(t: TFunction, field: string, item: JsonValue): string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return text(item);
  const record = item as Item;
  switch (field) {
    case 'phones':
      return `${code(t, 'clients.phoneKind', record.kind)} ${text(record.number)}`;
    case 'insurance':
      return [
        code(t, 'clients.insurance', record.type),
        record.memberId ? t('clients.overview.memberId', { id: text(record.memberId) }) : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'enrollments':
      return [text(record.program), code(t, 'clients.status', record.status), datesOf(t, record)]
        .filter(Boolean)
        .join(', ');
    default:
      return Object.values(record).map(text).filter(Boolean).join(', ');
  }
}

/** A value as plain words (lists are rendered as lists by the component). */
export function wordsOf(t: TFunction, field: string, value: JsonValue): string {
  if (typeof value === 'boolean') return value ? t('clients.overview.yes') : t('clients.overview.no');
  if (typeof value === 'string') {
    const vocabulary = VOCABULARY[field];
    if (vocabulary) return code(t, vocabulary, value);
    if (DATE_FIELDS.has(field)) return formatCalendarDate(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => listItem(t, field, item)).join('; ');
  if (typeof value === 'object' && value !== null) return listItem(t, field, value);
  return text(value);
}

export function HistoryValue({ field, value }: { field: string; value: Value | null }) {
  const { t } = useTranslation();
  if (value === null) return <span className="muted">{t('clients.history.empty_value')}</span>;
  if (isLegacyText(value)) {
    // Written before values were kept as values: shown exactly as it was recorded.
    return <span title={t('clients.history.legacy_value')}>{value.legacyText}</span>;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">{t('clients.history.empty_value')}</span>;
    return (
      <ul className="plain-list">
        {value.map((item, index) => (
          <li key={index}>{listItem(t, field, item)}</li>
        ))}
      </ul>
    );
  }
  return <>{wordsOf(t, field, value)}</>;
}
