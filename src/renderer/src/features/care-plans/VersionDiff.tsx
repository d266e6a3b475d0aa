import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CarePlanContent } from '../../../../shared/contracts/care-plans';
import {
  diffCarePlans,
  type PlanChange,
  type PlanFieldValue,
} from '../../../../shared/domain/care-plan-diff';
import { formatCalendarDate } from '../../lib/format';
import { measureText } from './labels';

const DATE_FIELDS = new Set(['startDate', 'reviewDate', 'targetDate', 'statusDate']);

function shown(t: TFunction, field: string, value: PlanFieldValue): string {
  if (value === null || value === '') return t('carePlans.diff.empty');
  if (typeof value === 'object') return measureText(t, value);
  if (DATE_FIELDS.has(field)) return formatCalendarDate(value);
  if (field === 'who') return t(`carePlans.who.${value as 'client'}`);
  if (field === 'parent' || field === 'fromAssessment') return t('carePlans.diff.elsewhere');
  return value;
}

function sentence(t: TFunction, change: PlanChange): string {
  if (change.type === 'plan')
    return t('carePlans.diff.planDate', {
      field: t(`carePlans.fields.${change.field}`),
      from: shown(t, change.field, change.from),
      to: shown(t, change.field, change.to),
    });
  const item = t(`carePlans.kind.${change.kind}`);
  const label = change.label || t('carePlans.diff.untitled');
  if (change.type === 'added') return t('carePlans.diff.added', { item, label });
  if (change.type === 'removed') return t('carePlans.diff.removed', { item, label });
  if (change.type === 'status')
    return t('carePlans.diff.status', {
      item,
      label,
      from: t(`carePlans.status.${change.from}`),
      to: t(`carePlans.status.${change.to}`),
    });
  return t('carePlans.diff.changed', {
    item,
    label,
    field: t(`carePlans.diffField.${change.field as 'text'}`, { defaultValue: change.field }),
    from: shown(t, change.field, change.from),
    to: shown(t, change.field, change.to),
  });
}

/** What changed between two versions, one plain sentence per change, grouped by its kind. */
export function VersionDiff({ before, after }: { before: CarePlanContent; after: CarePlanContent }) {
  const { t } = useTranslation();
  const changes = diffCarePlans(before, after);
  if (changes.length === 0) return <p className="muted">{t('carePlans.diff.none')}</p>;
  return (
    <ul className="plan-diff" aria-label={t('carePlans.diff.title')}>
      {changes.map((change, index) => (
        <li key={index} className={`plan-diff-${change.type}`}>
          <span className="badge">{t(`carePlans.diff.type.${change.type}`)}</span> {sentence(t, change)}
        </li>
      ))}
    </ul>
  );
}
