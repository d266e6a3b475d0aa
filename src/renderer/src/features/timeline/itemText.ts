import type { TFunction } from 'i18next';
import type { TimelineItem } from '../../../../shared/contracts/timeline';
import { isCatalogueKey } from '../../lib/catalogue';

/** The sentence of a timeline item in the reader's language (`timeline.event.<event>`). */

/** A code word through the catalogue (`timeline.<group>.<code>`), or the code itself if unknown. */
function word(t: TFunction, group: string, code: unknown, fallback = ''): string {
  if (typeof code !== 'string' || !code) return fallback;
  const key = `timeline.${group}.${code}`;
  return isCatalogueKey(key) ? t(key) : code;
}

export function itemSentence(t: TFunction, language: string, item: TimelineItem): string {
  const p = item.params;
  const band = language.startsWith('es') ? (p.bandEs ?? p.bandEn) : p.bandEn;
  const values: Record<string, string | number> = {
    version: p.version ?? '',
    type: word(t, 'assessmentType', p.type, t('timeline.assessmentType.unknown')),
    riskLevel: word(t, 'riskLevel', p.riskLevel),
    signer: String(p.signer ?? ''),
    contactType: word(t, 'contactType', p.contactType, t('timeline.contactType.unknown')),
    record: word(t, 'recordKind', p.recordKind),
    instrument: String(p.instrument ?? ''),
    score: typeof p.score === 'number' ? p.score : t('timeline.noScore'),
    band: band ? String(band) : t('timeline.noBand'),
    level: word(t, 'riskLevel', p.level),
    name: String(p.name ?? ''),
    change: word(t, 'change', p.change),
    program: String(p.program ?? ''),
    date: typeof p.date === 'string' ? p.date : '',
    reason:
      typeof p.reason === 'string' && isCatalogueKey(`discharge.reason.${p.reason}`)
        ? t(`discharge.reason.${p.reason}` as 'discharge.reason.other')
        : '',
    title: String(p.title ?? ''),
    how: word(t, 'documentIssue', p.how),
  };
  return t(`timeline.event.${item.event}`, values);
}

/** Where an item's record opens: its tab of the client's file (a note: the note itself). */
export function itemHref(clientId: string, item: TimelineItem): string {
  const base = `/clients/${encodeURIComponent(clientId)}`;
  switch (item.ref.screen) {
    case 'note':
      return item.ref.id ? `${base}/notes?note=${encodeURIComponent(item.ref.id)}` : `${base}/notes`;
    case 'care_plan':
      return `${base}/care-plan`;
    case 'assessment':
    case 'risk':
      return `${base}/assessments`;
    case 'measures':
      return `${base}/measures`;
    case 'care_team':
      return `${base}/contacts`;
    case 'diagnoses':
      return `${base}/diagnoses`;
    case 'discharge':
      return item.ref.id ? `${base}/discharge/${encodeURIComponent(item.ref.id)}` : base;
    case 'documents':
      return `${base}/documents`;
  }
}

/** An instant as the workstation's date and time, e.g. "12 Mar 2026, 09:30". */
export function formatWhen(language: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
