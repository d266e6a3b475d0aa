import type { Settings, UpdateSettingsInput } from '../../shared/contracts/settings';
import type { RequestContext } from '../request/context';
import { readSettings, writeSettings } from './repository';

/** What a settings change sets off outside the database: the keyring's name, the session's timers. */
export interface SettingsEffects {
  renameClinic(name: string): Promise<void>;
  restartIdleTimer(): void;
  applySessionLimit(): void;
}

export const getSettings = (ctx: RequestContext): Settings => readSettings(ctx.db);

/** Saves the clinic settings and records each change as "from → to" in the audit trail. */
export async function updateSettings(
  ctx: RequestContext,
  effects: SettingsEffects,
  input: UpdateSettingsInput,
): Promise<Settings> {
  const { db } = ctx;
  const before = readSettings(db);
  const after: Settings = {
    clinicName: input.clinicName,
    idleLockMinutes: input.idleLockMinutes,
    maxSessionHours: input.maxSessionHours === undefined ? before.maxSessionHours : input.maxSessionHours,
    reassessmentIntervalDays: input.reassessmentIntervalDays ?? before.reassessmentIntervalDays,
    planReviewDays: input.planReviewDays ?? before.planReviewDays,
    planSupervisorApproval: input.planSupervisorApproval ?? before.planSupervisorApproval,
  };
  const changes: Record<string, string> = {};
  for (const key of Object.keys(after) as (keyof Settings)[]) {
    if (before[key] !== after[key]) changes[key] = `${shown(before[key])} → ${shown(after[key])}`;
  }
  if (Object.keys(changes).length === 0) return before;
  db.transaction(() => {
    writeSettings(db, after, ctx.actor.id, ctx.now.toISOString());
    ctx.audit({ action: 'settings.updated', details: changes });
  })();
  if (changes.clinicName) await effects.renameClinic(after.clinicName);
  if (changes.idleLockMinutes) effects.restartIdleTimer();
  if (changes.maxSessionHours) effects.applySessionLimit();
  return after;
}

const shown = (value: string | number | boolean | null) => (value === null ? 'off' : String(value));
