import type { Language } from '../../../shared/domain/languages';
import type { DocumentTextKey } from './en';
import { EN } from './en';
import { ES } from './es';
import type { LabelGroup } from './labels';
import { labelOf } from './labels';

export type { DocumentTextKey } from './en';

export const DOCUMENT_TEXT: Record<Language, Record<DocumentTextKey, string>> = { en: EN, es: ES };

const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

/** A document's words in one language: sentences, coded values' names, dates. */
export class DocumentText {
  private readonly calendar: Intl.DateTimeFormat;
  private readonly instant: Intl.DateTimeFormat;

  constructor(readonly language: Language) {
    // A calendar date ('2026-12-02') is a day, not an instant: formatted in UTC it never shifts.
    this.calendar = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
    this.instant = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' });
  }

  t(key: DocumentTextKey, values: Record<string, string | number> = {}): string {
    return DOCUMENT_TEXT[this.language][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  }

  label(group: LabelGroup, value: string): string {
    return labelOf(this.language, group, value);
  }

  /** 'YYYY-MM-DD' as a long date in this language; null and '' stay empty. */
  date(value: string | null | undefined): string {
    if (!value) return '';
    const parsed = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(parsed) ? value : this.calendar.format(parsed);
  }

  /** An ISO instant as a date and time where the document is made. */
  dateTime(value: string | Date | null | undefined): string {
    if (!value) return '';
    const parsed = typeof value === 'string' ? Date.parse(value) : value.getTime();
    return Number.isNaN(parsed) ? String(value) : this.instant.format(parsed);
  }

  yesNo(value: boolean): string {
    return this.t(value ? 'common.yes' : 'common.no');
  }
}
