import type { MeasureAlert, MeasureResult } from '../../shared/contracts/measures';
import type { Db } from '../db/open';

/**
 * The SQL of standardized measures' instruments, results and alerts (tables: migrations 0011 and
 * 0016); schedules and the facts the caseload reads are in schedule-repository.ts.
 */

export interface InstrumentRow {
  id: string;
  version: string;
  definition: string;
  added_at: string;
  added_by_name: string;
}

export const readClinicInstruments = (db: Db): InstrumentRow[] =>
  db
    .prepare('SELECT id, version, definition, added_at, added_by_name FROM instruments ORDER BY id, added_at')
    .all() as InstrumentRow[];

export function insertInstrument(
  db: Db,
  row: { id: string; version: string; definition: string; at: string; by: string; byName: string },
): void {
  db.prepare(
    `INSERT INTO instruments (id, version, definition, added_at, added_by, added_by_name)
     VALUES (@id, @version, @definition, @at, @by, @byName)`,
  ).run(row);
}

interface ResultRow {
  id: string;
  client_id: string;
  instrument_id: string;
  instrument_version: string;
  administered_at: string;
  mode: MeasureResult['mode'];
  status: MeasureResult['status'];
  total: number | null;
  band_id: string | null;
  subscales: string;
  criteria_met: number | null;
  answers: string;
  entered_by_name: string;
}

const toResult = (row: ResultRow): MeasureResult => ({
  id: row.id,
  clientId: row.client_id,
  instrumentId: row.instrument_id,
  instrumentVersion: row.instrument_version,
  administeredAt: row.administered_at,
  mode: row.mode,
  status: row.status,
  total: row.total,
  bandId: row.band_id,
  subscales: JSON.parse(row.subscales) as MeasureResult['subscales'],
  criteriaMet: row.criteria_met === null ? null : row.criteria_met === 1,
  answers: JSON.parse(row.answers) as MeasureResult['answers'],
  enteredByName: row.entered_by_name,
});

export function insertResult(db: Db, result: MeasureResult, enteredBy: string, createdAt: string): void {
  db.prepare(
    `INSERT INTO measure_results (id, client_id, instrument_id, instrument_version, administered_at, mode, status,
       total, band_id, subscales, criteria_met, answers, entered_by, entered_by_name, created_at)
     VALUES (@id, @clientId, @instrumentId, @instrumentVersion, @administeredAt, @mode, @status,
       @total, @bandId, @subscales, @criteriaMet, @answers, @enteredBy, @enteredByName, @createdAt)`,
  ).run({
    ...result,
    subscales: JSON.stringify(result.subscales),
    criteriaMet: result.criteriaMet === null ? null : Number(result.criteriaMet),
    answers: JSON.stringify(result.answers),
    enteredBy,
    createdAt,
  });
}

const RESULT_COLUMNS = `id, client_id, instrument_id, instrument_version, administered_at, mode, status, total,
  band_id, subscales, criteria_met, answers, entered_by_name`;

/** A result still counts unless it was marked entered in error (migration 0016). */
const COUNTED = `NOT EXISTS (SELECT 1 FROM measure_result_events e
  WHERE e.result_id = measure_results.id AND e.status = 'entered_in_error')`;

/** A client's results, newest first, including those entered in error (shown struck through). `clientIdsJson`: the client and the records merged into it. */
export const readResults = (db: Db, clientIdsJson: string, limit = 500): MeasureResult[] =>
  (
    db
      .prepare(
        `SELECT ${RESULT_COLUMNS} FROM measure_results
         WHERE client_id IN (SELECT value FROM json_each(?))
         ORDER BY administered_at DESC, id DESC LIMIT ?`,
      )
      .all(clientIdsJson, limit) as ResultRow[]
  ).map(toResult);

/** One instrument's results for a client, oldest first (the trend): entered-in-error ones left out. */
export const readTrend = (db: Db, clientIdsJson: string, instrumentId: string): MeasureResult[] =>
  (
    db
      .prepare(
        `SELECT ${RESULT_COLUMNS} FROM measure_results
         WHERE client_id IN (SELECT value FROM json_each(?)) AND instrument_id = ? AND ${COUNTED}
         ORDER BY administered_at, id`,
      )
      .all(clientIdsJson, instrumentId) as ResultRow[]
  ).map(toResult);

interface AlertRow {
  id: string;
  client_id: string;
  result_id: string;
  instrument_id: string;
  item_id: string;
  alert_id: string;
  raised_at: string;
  note: string | null;
  acknowledged_by_name: string | null;
  acknowledged_at: string | null;
}

const toAlert = (row: AlertRow): MeasureAlert => ({
  id: row.id,
  clientId: row.client_id,
  resultId: row.result_id,
  instrumentId: row.instrument_id,
  itemId: row.item_id,
  alertId: row.alert_id,
  raisedAt: row.raised_at,
  acknowledgement:
    row.acknowledged_at === null
      ? null
      : { note: row.note ?? '', byName: row.acknowledged_by_name ?? '', at: row.acknowledged_at },
});

const ALERT_SELECT = `SELECT a.*, k.note, k.acknowledged_by_name, k.acknowledged_at
  FROM measure_alerts a LEFT JOIN measure_alert_acks k ON k.alert_id = a.id`;

/** An alert raised by a result entered in error is closed by that status, not left open. */
export const ALERT_RESULT_COUNTED = `NOT EXISTS (SELECT 1 FROM measure_result_events e
  WHERE e.result_id = a.result_id AND e.status = 'entered_in_error')`;

export function insertAlert(
  db: Db,
  alert: {
    id: string;
    clientId: string;
    resultId: string;
    instrumentId: string;
    itemId: string;
    alertId: string;
    at: string;
  },
): void {
  db.prepare(
    `INSERT INTO measure_alerts (id, client_id, result_id, instrument_id, item_id, alert_id, raised_at)
     VALUES (@id, @clientId, @resultId, @instrumentId, @itemId, @alertId, @at)`,
  ).run(alert);
}

export const findAlert = (db: Db, id: string): MeasureAlert | null => {
  const row = db.prepare(`${ALERT_SELECT} WHERE a.id = ?`).get(id) as AlertRow | undefined;
  return row ? toAlert(row) : null;
};

export const readOpenAlerts = (db: Db, clientIdsJson: string): MeasureAlert[] =>
  (
    db
      .prepare(
        `${ALERT_SELECT} WHERE a.client_id IN (SELECT value FROM json_each(?)) AND k.alert_id IS NULL
           AND ${ALERT_RESULT_COUNTED}
         ORDER BY a.raised_at DESC, a.id`,
      )
      .all(clientIdsJson) as AlertRow[]
  ).map(toAlert);

export function insertAcknowledgement(
  db: Db,
  ack: { alertId: string; note: string; by: string; byName: string; at: string },
): void {
  db.prepare(
    `INSERT INTO measure_alert_acks (alert_id, note, acknowledged_by, acknowledged_by_name, acknowledged_at)
     VALUES (@alertId, @note, @by, @byName, @at)`,
  ).run(ack);
}

export const clientSexAtBirth = (db: Db, clientId: string): string | null =>
  (db.prepare('SELECT sex_at_birth FROM clients WHERE id = ?').pluck().get(clientId) as string | undefined) ??
  null;

export interface EnteredInError {
  reason: string;
  byName: string;
  at: string;
}

/** One result, whatever its status (the entered-in-error channel reads it first). */
export const findResult = (db: Db, id: string): MeasureResult | null => {
  const row = db.prepare(`SELECT ${RESULT_COLUMNS} FROM measure_results WHERE id = ?`).get(id) as
    ResultRow | undefined;
  return row ? toResult(row) : null;
};

/** Which of a client's results were marked entered in error, with who, when and why. */
export function readEnteredInError(db: Db, clientIdsJson: string): Map<string, EnteredInError> {
  const rows = db
    .prepare(
      `SELECT e.result_id, e.reason, e.by_name, e.at FROM measure_result_events e
       JOIN measure_results r ON r.id = e.result_id
       WHERE e.status = 'entered_in_error' AND r.client_id IN (SELECT value FROM json_each(?))`,
    )
    .all(clientIdsJson) as { result_id: string; reason: string; by_name: string; at: string }[];
  return new Map(rows.map((row) => [row.result_id, { reason: row.reason, byName: row.by_name, at: row.at }]));
}

export const isEnteredInError = (db: Db, resultId: string): boolean =>
  db
    .prepare(`SELECT 1 FROM measure_result_events WHERE result_id = ? AND status = 'entered_in_error'`)
    .get(resultId) !== undefined;

export function insertEnteredInError(
  db: Db,
  event: { id: string; resultId: string; reason: string; by: string; byName: string; at: string },
): void {
  db.prepare(
    `INSERT INTO measure_result_events (id, result_id, status, reason, by_account, by_name, at)
     VALUES (@id, @resultId, 'entered_in_error', @reason, @by, @byName, @at)`,
  ).run(event);
}

export interface LatestScore {
  instrumentId: string;
  score: number;
  administeredAt: string;
}

/**
 * For a care plan's linked goals: the newest scored result of each of these instruments for a
 * client (`clientIdsJson`: the client and the records merged into it). A result without a total
 * (too many answers missing) is no score and is skipped for the one before it. One query.
 */
export function latestScoresOf(
  db: Db,
  clientIdsJson: string,
  instrumentIds: readonly string[],
): Map<string, LatestScore> {
  if (instrumentIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT instrument_id AS instrumentId, total AS score, administered_at AS administeredAt FROM (
         SELECT instrument_id, total, administered_at,
                row_number() OVER (PARTITION BY instrument_id ORDER BY administered_at DESC, id DESC) AS n
         FROM measure_results
         WHERE client_id IN (SELECT value FROM json_each(?))
           AND instrument_id IN (SELECT value FROM json_each(?))
           AND total IS NOT NULL)
       WHERE n = 1`,
    )
    .all(clientIdsJson, JSON.stringify(instrumentIds)) as LatestScore[];
  return new Map(rows.map((row) => [row.instrumentId, row]));
}
