import type { Settings } from '../../shared/contracts/settings';
import { IDLE_LOCK_MINUTES, PLAN_REVIEW_DAYS } from '../../shared/contracts/settings';
import { REASSESSMENT_INTERVAL_DAYS } from '../../shared/domain/reassessment';
import type { Db } from '../db/open';

export function readSetting<T>(db: Db, key: string): T | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writeSetting(db: Db, key: string, value: unknown, by: string | null, at: string): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (@key, @value, @at, @by)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({ key, value: JSON.stringify(value), at, by });
}

// ---- the clinic settings as one typed record ---------------------------------------------------

const KEYS = {
  clinicName: 'clinic_name',
  idleLockMinutes: 'idle_lock_minutes',
  maxSessionHours: 'max_session_hours',
  planReviewDays: 'plan_review_days',
  planSupervisorApproval: 'plan_supervisor_approval',
  recoveryKeyConfirmed: 'recovery_key_confirmed',
  reassessmentIntervalDays: 'reassessment_interval_days',
} as const;

export function readSettings(db: Db): Settings {
  return {
    clinicName: readSetting<string>(db, KEYS.clinicName) ?? '',
    idleLockMinutes: readSetting<number>(db, KEYS.idleLockMinutes) ?? IDLE_LOCK_MINUTES.default,
    maxSessionHours: readSetting<number | null>(db, KEYS.maxSessionHours) ?? null,
    reassessmentIntervalDays:
      readSetting<number>(db, KEYS.reassessmentIntervalDays) ?? REASSESSMENT_INTERVAL_DAYS.default,
    planReviewDays: readSetting<number>(db, KEYS.planReviewDays) ?? PLAN_REVIEW_DAYS.default,
    planSupervisorApproval: readSetting<boolean>(db, KEYS.planSupervisorApproval) ?? false,
  };
}

/** Writes the settings given; a maximum session length left out is left as it is (off at setup). */
export function writeSettings(
  db: Db,
  settings: Pick<Settings, 'clinicName' | 'idleLockMinutes'> &
    Partial<
      Pick<
        Settings,
        'maxSessionHours' | 'reassessmentIntervalDays' | 'planReviewDays' | 'planSupervisorApproval'
      >
    >,
  by: string | null,
  at: string,
): void {
  writeSetting(db, KEYS.clinicName, settings.clinicName, by, at);
  writeSetting(db, KEYS.idleLockMinutes, settings.idleLockMinutes, by, at);
  if (settings.maxSessionHours !== undefined) {
    writeSetting(db, KEYS.maxSessionHours, settings.maxSessionHours, by, at);
  }
  if (settings.reassessmentIntervalDays !== undefined) {
    writeSetting(db, KEYS.reassessmentIntervalDays, settings.reassessmentIntervalDays, by, at);
  }
  if (settings.planReviewDays !== undefined)
    writeSetting(db, KEYS.planReviewDays, settings.planReviewDays, by, at);
  if (settings.planSupervisorApproval !== undefined)
    writeSetting(db, KEYS.planSupervisorApproval, settings.planSupervisorApproval, by, at);
}

export function isRecoveryKeyConfirmed(db: Db): boolean {
  return readSetting<boolean>(db, KEYS.recoveryKeyConfirmed) ?? false;
}

export function setRecoveryKeyConfirmed(db: Db, confirmed: boolean, by: string | null, at: string): void {
  writeSetting(db, KEYS.recoveryKeyConfirmed, confirmed, by, at);
}
