import { describe, expect, it } from 'vitest';
import { clinicWithStaff } from '../helpers/clinic';
import { ADMIN, setUpClinic } from '../helpers/lantern';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pings `auth:activity` every 100 ms until the session locks (or `ms` pass). */
async function keepBusy(lantern: Awaited<ReturnType<typeof setUpClinic>>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const result = await lantern.core.invoke('auth:activity', {});
    if (!result.ok) return;
    await sleep(100);
  }
}

describe('the maximum session length', () => {
  it('is off by default: activity keeps the session open', async () => {
    const lantern = await setUpClinic({ idleLockSecondsOverride: 2, sessionLimitSecondsOverride: 1 });
    expect((await lantern.call('settings:get', {})).maxSessionHours).toBeNull();
    await keepBusy(lantern, 1_800);
    expect((await lantern.call('app:status', {})).state).toBe('unlocked');
  });

  it('when set, locks at the limit even with constant activity, and says why', async () => {
    const lantern = await setUpClinic({ idleLockSecondsOverride: 60, sessionLimitSecondsOverride: 1 });
    const saved = await lantern.call('settings:update', {
      clinicName: ADMIN.clinicName,
      idleLockMinutes: 10,
      maxSessionHours: 8,
    });
    expect(saved.maxSessionHours).toBe(8);
    const locked = new Promise<unknown>((resolve) => lantern.core.onEvent((_e, payload) => resolve(payload)));
    // The limit set during the session counts from its start, so it is already (about) reached.
    await keepBusy(lantern, 5_000);
    expect(await locked).toEqual({ reason: 'session_limit' });
    expect((await lantern.call('app:status', {})).state).toBe('locked');

    // A new sign-in starts a new session with its own limit.
    await lantern.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const { entries } = await lantern.call('audit:list', { limit: 100 });
    expect(entries.find((e) => e.action === 'auth.lock')?.details).toEqual({ reason: 'session_limit' });
    expect(entries.find((e) => e.action === 'settings.updated')?.details).toEqual({
      maxSessionHours: 'off → 8',
    });
    await keepBusy(lantern, 5_000);
    expect((await lantern.call('app:status', {})).state).toBe('locked');
  });

  it('is kept when a form leaves it out, turned off with null, and only administrators set it', async () => {
    const clinic = await clinicWithStaff();
    await clinic.call('settings:update', {
      clinicName: ADMIN.clinicName,
      idleLockMinutes: 10,
      maxSessionHours: 12,
    });
    await clinic.call('settings:update', { clinicName: ADMIN.clinicName, idleLockMinutes: 15 });
    expect(await clinic.call('settings:get', {})).toMatchObject({ idleLockMinutes: 15, maxSessionHours: 12 });
    for (const bad of [0, 25, 1.5, '8']) {
      const error = await clinic.refuse('settings:update', {
        clinicName: ADMIN.clinicName,
        idleLockMinutes: 10,
        maxSessionHours: bad,
      });
      expect(error.code, String(bad)).toBe('invalid_input');
      expect(error.fields).toHaveProperty('maxSessionHours');
    }
    await clinic.call('settings:update', {
      clinicName: ADMIN.clinicName,
      idleLockMinutes: 15,
      maxSessionHours: null,
    });
    expect((await clinic.call('settings:get', {})).maxSessionHours).toBeNull();

    for (const username of ['sage', 'cam', 'fran']) {
      await clinic.as(username);
      const error = await clinic.refuse('settings:update', {
        clinicName: ADMIN.clinicName,
        idleLockMinutes: 15,
        maxSessionHours: 1,
      });
      expect(error.code, username).toBe('forbidden');
    }
  });
});
