import type { Db } from '../db/open';
import { dueMeasures } from './due';
import { readOpenAlertCounts, readScheduleFacts, readSchedules } from './schedule-repository';

export interface MeasureFlags {
  /** Critical-item alerts (PHQ-9 item 9) not yet acknowledged. */
  openAlerts: number;
  /** Scheduled measures due within DUE_SOON_DAYS, and past their due date. */
  due: number;
  overdue: number;
}

/**
 * For the caseload: what the measures columns show, for many clients in three queries. The
 * caller has already decided which clients it may show clinical facts for (the access policy);
 * this reads only. Clients with nothing to show are absent from the map.
 */
export function measureFlagsFor(
  db: Db,
  clientIds: readonly string[],
  today: string,
): Map<string, MeasureFlags> {
  const flags = new Map<string, MeasureFlags>();
  if (clientIds.length === 0) return flags;
  const entry = (id: string) => {
    let value = flags.get(id);
    if (!value) flags.set(id, (value = { openAlerts: 0, due: 0, overdue: 0 }));
    return value;
  };
  for (const [id, open] of readOpenAlertCounts(db, clientIds)) entry(id).openAlerts = open;
  const schedules = readSchedules(db, true);
  if (schedules.length > 0) {
    for (const [id, facts] of readScheduleFacts(db, clientIds)) {
      for (const measure of dueMeasures(schedules, facts, today)) {
        if (measure.status === 'due') entry(id).due += 1;
        if (measure.status === 'overdue') entry(id).overdue += 1;
      }
    }
  }
  return flags;
}
