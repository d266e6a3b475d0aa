import type { TFunction } from 'i18next';
import {
  INTERVENTION_WHO,
  PLAN_ITEM_STATUSES,
  TARGET_COMPARISONS,
  type GoalMeasure,
} from '../../../../shared/contracts/care-plans';
import { formatCalendarDate } from '../../lib/format';

/** The choices of the plan editor, in the reader's language. */

/** The shipped instruments' names, until the catalogue answers (useInstruments). */
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

/** "PHQ-9 below 10 by 1 Jun 2026". `nameOf`: the catalogue's names (useInstruments). */
export function measureText(
  t: TFunction,
  measure: GoalMeasure,
  nameOf: (id: string) => string = instrumentName,
): string {
  const target = t('carePlans.measure.target', {
    instrument: nameOf(measure.instrumentId),
    comparison: t(`carePlans.comparison.${measure.comparison}`),
    value: measure.value,
  });
  return measure.byDate
    ? t('carePlans.measure.targetBy', { target, date: formatCalendarDate(measure.byDate) })
    : target;
}

export const newItemId = () => crypto.randomUUID();
