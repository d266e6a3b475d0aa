import type { Settings } from '../../shared/contracts/settings';
import { IDLE_LOCK_MINUTES } from '../../shared/contracts/settings';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from './repository';

const KEYS = {
  clinicName: 'clinic_name',
  idleLockMinutes: 'idle_lock_minutes',
  recoveryKeyConfirmed: 'recovery_key_confirmed',
} as const;

export function readSettings(db: Db): Settings {
  return {
    clinicName: readSetting<string>(db, KEYS.clinicName) ?? '',
    idleLockMinutes: readSetting<number>(db, KEYS.idleLockMinutes) ?? IDLE_LOCK_MINUTES.default,
  };
}

export function writeSettings(db: Db, settings: Settings, by: string | null, at: string): void {
  writeSetting(db, KEYS.clinicName, settings.clinicName, by, at);
  writeSetting(db, KEYS.idleLockMinutes, settings.idleLockMinutes, by, at);
}

export function isRecoveryKeyConfirmed(db: Db): boolean {
  return readSetting<boolean>(db, KEYS.recoveryKeyConfirmed) ?? false;
}

export function setRecoveryKeyConfirmed(db: Db, confirmed: boolean, by: string | null, at: string): void {
  writeSetting(db, KEYS.recoveryKeyConfirmed, confirmed, by, at);
}
