import type { MeasureSchedule } from '../../shared/contracts/measures';
import type { Db } from '../db/open';
import { ALERT_RESULT_COUNTED } from './repository';

/**
 * The SQL of measurement schedules, and of what they and the caseload need to know about many
 * clients at once (programs, open alerts). Split from repository.ts by table, not by rule.
 */

interface ScheduleRow {
  id: string;
  instrument_id: string;
  program: string | null;
  interval_days: number;
  active: number;
  created_at: string;
  updated_at: string;
  updated_by_name: string;
}

export type StoredSchedule = MeasureSchedule & { createdAt: string };

const toSchedule = (row: ScheduleRow): StoredSchedule => ({
  id: row.id,
  instrumentId: row.instrument_id,
  program: row.program,
  intervalDays: row.interval_days,
  active: row.active === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  updatedByName: row.updated_by_name,
});

export const readSchedules = (db: Db, onlyActive = false): StoredSchedule[] =>
  (
    db
      .prepare(
        `SELECT * FROM measure_schedules ${onlyActive ? 'WHERE active = 1' : ''} ORDER BY instrument_id, program`,
      )
      .all() as ScheduleRow[]
  ).map(toSchedule);

export const findSchedule = (db: Db, id: string): StoredSchedule | null => {
  const row = db.prepare('SELECT * FROM measure_schedules WHERE id = ?').get(id) as ScheduleRow | undefined;
  return row ? toSchedule(row) : null;
};

export function upsertSchedule(
  db: Db,
  schedule: {
    id: string;
    instrumentId: string;
    program: string | null;
    intervalDays: number;
    active: boolean;
  },
  by: { id: string; name: string; at: string },
): void {
  db.prepare(
    `INSERT INTO measure_schedules (id, instrument_id, program, interval_days, active, created_at, updated_at, updated_by, updated_by_name)
     VALUES (@id, @instrumentId, @program, @intervalDays, @active, @at, @at, @by, @byName)
     ON CONFLICT(id) DO UPDATE SET instrument_id = excluded.instrument_id, program = excluded.program,
       interval_days = excluded.interval_days, active = excluded.active, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by, updated_by_name = excluded.updated_by_name`,
  ).run({ ...schedule, active: Number(schedule.active), at: by.at, by: by.id, byName: by.name });
}

/** What the schedules need to know about each client: status, active programs and their start. */
export interface ScheduleFacts {
  clientId: string;
  active: boolean;
  programs: Map<string, string | null>;
  lastGiven: Map<string, string>;
}

/**
 * For many clients at once (the caseload): each client's status, active enrollments and when
 * each instrument was last given, counting records merged into them.
 */
export function readScheduleFacts(db: Db, clientIds: readonly string[]): Map<string, ScheduleFacts> {
  const ids = JSON.stringify(clientIds);
  const facts = new Map<string, ScheduleFacts>();
  const clients = db
    .prepare(`SELECT id, status FROM clients WHERE id IN (SELECT value FROM json_each(?))`)
    .all(ids) as { id: string; status: string }[];
  for (const row of clients) {
    facts.set(row.id, {
      clientId: row.id,
      active: row.status === 'active',
      programs: new Map(),
      lastGiven: new Map(),
    });
  }
  const enrollments = db
    .prepare(
      `SELECT client_id, program, start_date FROM client_enrollments
       WHERE status = 'active' AND client_id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids) as { client_id: string; program: string; start_date: string | null }[];
  for (const row of enrollments) facts.get(row.client_id)?.programs.set(row.program, row.start_date);
  const given = db
    .prepare(
      `WITH RECURSIVE family(root, id, depth) AS (
         SELECT value, value, 0 FROM json_each(?)
         UNION
         SELECT f.root, c.id, f.depth + 1 FROM clients c JOIN family f ON c.merged_into_id = f.id WHERE f.depth < 64
       )
       SELECT f.root AS client_id, r.instrument_id, MAX(r.administered_at) AS last
       FROM family f JOIN measure_results r ON r.client_id = f.id
       WHERE NOT EXISTS (SELECT 1 FROM measure_result_events e
         WHERE e.result_id = r.id AND e.status = 'entered_in_error')
       GROUP BY f.root, r.instrument_id`,
    )
    .all(ids) as { client_id: string; instrument_id: string; last: string }[];
  for (const row of given) facts.get(row.client_id)?.lastGiven.set(row.instrument_id, row.last);
  return facts;
}

/** Open alerts per client, for many clients at once, counting records merged into them. */
export function readOpenAlertCounts(db: Db, clientIds: readonly string[]): Map<string, number> {
  const rows = db
    .prepare(
      `WITH RECURSIVE family(root, id, depth) AS (
         SELECT value, value, 0 FROM json_each(?)
         UNION
         SELECT f.root, c.id, f.depth + 1 FROM clients c JOIN family f ON c.merged_into_id = f.id WHERE f.depth < 64
       )
       SELECT f.root AS client_id, COUNT(*) AS open FROM family f
       JOIN measure_alerts a ON a.client_id = f.id
       LEFT JOIN measure_alert_acks k ON k.alert_id = a.id
       WHERE k.alert_id IS NULL AND ${ALERT_RESULT_COUNTED} GROUP BY f.root`,
    )
    .all(JSON.stringify(clientIds)) as { client_id: string; open: number }[];
  return new Map(rows.map((row) => [row.client_id, row.open]));
}

/**
 * For the caseload's safety-alert column: each client's open alerts (instrument and item, oldest
 * first), following merges like readOpenAlertCounts. Clients without one are absent.
 */
export function readOpenAlertItems(
  db: Db,
  clientIds: readonly string[],
): Map<string, { instrumentId: string; itemId: string }[]> {
  const rows = db
    .prepare(
      `WITH RECURSIVE family(root, id, depth) AS (
         SELECT value, value, 0 FROM json_each(?)
         UNION
         SELECT f.root, c.id, f.depth + 1 FROM clients c JOIN family f ON c.merged_into_id = f.id WHERE f.depth < 64
       )
       SELECT f.root AS client_id, a.instrument_id, a.item_id FROM family f
       JOIN measure_alerts a ON a.client_id = f.id
       LEFT JOIN measure_alert_acks k ON k.alert_id = a.id
       WHERE k.alert_id IS NULL ORDER BY a.raised_at, a.id`,
    )
    .all(JSON.stringify(clientIds)) as { client_id: string; instrument_id: string; item_id: string }[];
  const open = new Map<string, { instrumentId: string; itemId: string }[]>();
  for (const row of rows) {
    open.set(row.client_id, [
      ...(open.get(row.client_id) ?? []),
      { instrumentId: row.instrument_id, itemId: row.item_id },
    ]);
  }
  return open;
}
