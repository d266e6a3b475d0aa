import type { Settings, UpdateSettingsInput } from '../../shared/contracts/settings';
import { appendAudit } from '../audit/service';
import { actorOf } from '../auth/service';
import type { Workstation } from '../core/workstation';
import { readSettings, writeSettings } from './service';

export function get(ws: Workstation): Settings {
  return readSettings(ws.database());
}

/** Saves the clinic settings and records each change as "from → to" in the audit trail. */
export async function update(ws: Workstation, input: UpdateSettingsInput): Promise<Settings> {
  const { account } = ws.requireSession();
  const db = ws.database();
  const before = readSettings(db);
  const after: Settings = {
    clinicName: input.clinicName,
    idleLockMinutes: input.idleLockMinutes,
    maxSessionHours: input.maxSessionHours === undefined ? before.maxSessionHours : input.maxSessionHours,
  };
  const changes: Record<string, string> = {};
  for (const key of Object.keys(after) as (keyof Settings)[]) {
    if (before[key] !== after[key]) changes[key] = `${shown(before[key])} → ${shown(after[key])}`;
  }
  if (Object.keys(changes).length === 0) return before;
  db.transaction(() => {
    writeSettings(db, after, account.id, ws.now().toISOString());
    appendAudit(db, { action: 'settings.updated', actor: actorOf(account), details: changes }, ws.now());
  })();
  if (changes.clinicName) await (await ws.keyring()).setClinicName(after.clinicName);
  if (changes.idleLockMinutes) ws.restartIdleTimer();
  if (changes.maxSessionHours) ws.applySessionLimit();
  return after;
}

const shown = (value: string | number | null) => (value === null ? 'off' : String(value));
