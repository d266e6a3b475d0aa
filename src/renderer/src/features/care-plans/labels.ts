import type { TFunction } from 'i18next';
import {
  INTERVENTION_WHO,
  PLAN_ITEM_STATUSES,
  TARGET_COMPARISONS,
  type GoalMeasure,
} from '../../../../shared/contracts/care-plans';
import { formatCalendarDate } from '../../lib/format';

/** The choices of the plan editor, in the reader's language. */

/** The shipped instruments (issue 9). A clinic-added one is shown by its own id. */
export const INSTRUMENTS = ['phq-9', 'gad-7', 'pcl-5', 'audit-c'] as const;
const INSTRUMENT_NAMES: Record<string, string> = {
  'phq-9': 'PHQ-9',
  'gad-7': 'GAD-7',
  'pcl-5': 'PCL-5',
  'audit-c': 'AUDIT-C',
};
export const instrumentName = (id: string) => INSTRUMENT_NAMES[id] ?? id;

export const statusOptions = (t: TFunction) =>
  PLAN_ITEM_STATUSES.map((id) => ({ id, label: t(`carePlans.status.${id}`) }));

export const whoOptions = (t: TFunction) =>
  INTERVENTION_WHO.map((id) => ({ id, label: t(`carePlans.who.${id}`) }));

export const comparisonOptions = (t: TFunction) =>
  TARGET_COMPARISONS.map((id) => ({ id, label: t(`carePlans.comparison.${id}`) }));

export const instrumentOptions = () => INSTRUMENTS.map((id) => ({ id, label: instrumentName(id) }));

/** "PHQ-9 below 10 by 1 Jun 2026". */
export function measureText(t: TFunction, measure: GoalMeasure): string {
  const target = t('carePlans.measure.target', {
    instrument: instrumentName(measure.instrumentId),
    comparison: t(`carePlans.comparison.${measure.comparison}`),
    value: measure.value,
  });
  return measure.byDate
    ? t('carePlans.measure.targetBy', { target, date: formatCalendarDate(measure.byDate) })
    : target;
}

export const newItemId = () => crypto.randomUUID();
