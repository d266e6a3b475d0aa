import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contracts';
import { CHANNEL_NAMES } from '../../src/shared/contracts/channels';
import { ADMIN, setUpClinic } from '../helpers/lantern';

const UNKNOWN_ID = '018f5e7a-0000-7000-8000-000000000000';
const HUGE = 'x'.repeat(10_000);
const VALID_PASSWORD = 'long-enough-and-rare-93';

/**
 * For every channel that takes input: inputs that are wrong in type, missing fields, oversize,
 * or extra fields. Channels whose input is `{}` get non-objects and unexpected keys.
 */
const badInputs: Record<string, unknown[]> = {
  'setup:create': [
    null,
    {},
    { ...ADMIN, passwordConfirm: ADMIN.password, clinicName: 42 },
    { ...ADMIN, passwordConfirm: ADMIN.password, fullName: '   ' },
    { ...ADMIN, passwordConfirm: ADMIN.password, fullName: HUGE },
    { ...ADMIN, passwordConfirm: ADMIN.password, username: 'has spaces' },
    { ...ADMIN, password: 'short', passwordConfirm: 'short' },
  ],
  'setup:confirmRecoveryKey': [null, {}, { confirmed: 'yes' }, { confirmed: false }],
  'auth:signIn': [null, 'ada', { username: 'ada' }, { username: 'ada', password: 12 }, { username: HUGE, password: 'x' }],
  'auth:recover': [
    {},
    { recoveryKey: HUGE, username: 'ada', password: VALID_PASSWORD, passwordConfirm: VALID_PASSWORD },
    { recoveryKey: 'x', username: 'ada', password: VALID_PASSWORD },
  ],
  'auth:changePassword': [
    {},
    { currentPassword: ADMIN.password, password: HUGE, passwordConfirm: HUGE },
    { currentPassword: ADMIN.password, password: VALID_PASSWORD, passwordConfirm: 'different-but-long' },
  ],
  'accounts:create': [
    {},
    { fullName: 'Zed', username: 'zed', role: 'wizard', password: VALID_PASSWORD, passwordConfirm: VALID_PASSWORD },
    { fullName: ['Zed'], username: 'zed', role: 'case_manager', password: VALID_PASSWORD, passwordConfirm: VALID_PASSWORD },
    { fullName: 'Zed', username: 'zed', role: 'case_manager', password: VALID_PASSWORD, passwordConfirm: VALID_PASSWORD, admin: true },
  ],
  'accounts:deactivate': [{}, { accountId: 'not-a-uuid', reason: 'x' }, { accountId: UNKNOWN_ID, reason: '' }, { accountId: UNKNOWN_ID, reason: HUGE }],
  'accounts:resetPassword': [{ accountId: 5, password: VALID_PASSWORD, passwordConfirm: VALID_PASSWORD }, { accountId: UNKNOWN_ID }],
  'settings:update': [
    {},
    { clinicName: 'X', idleLockMinutes: 0 },
    { clinicName: 'X', idleLockMinutes: 61 },
    { clinicName: 'X', idleLockMinutes: 2.5 },
    { clinicName: 'X', idleLockMinutes: '10' },
    { clinicName: HUGE, idleLockMinutes: 10 },
  ],
  'audit:list': [
    { limit: 0 },
    { limit: 10_000 },
    { from: '2026-02-30' },
    { from: '2026-03-02', to: '2026-03-01' },
    { action: 'made.up' },
    { actorAccountId: 'nope' },
  ],
};

/** Everything a refused call must leave alone. */
function snapshot(dataDir: string, lantern: Awaited<ReturnType<typeof setUpClinic>>) {
  const keyring = createHash('sha256').update(readFileSync(join(dataDir, 'lantern.keyring'))).digest('hex');
  return Promise.all([lantern.call('accounts:list', {}), lantern.call('settings:get', {}), lantern.call('audit:list', { limit: 500 })]).then(
    ([accounts, settings, audit]) => ({ keyring, accounts, settings, auditCount: audit.entries.length }),
  );
}

describe('router', () => {
  it('the preload channel list matches the contract exactly', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('has bad-input cases for every channel that takes input', () => {
    const takesInput = Object.entries(contract)
      .filter(([, definition]) => Object.keys((definition.input as { shape?: object }).shape ?? {}).length > 0 || !('shape' in definition.input))
      .map(([name]) => name);
    for (const name of takesInput) expect(badInputs, name).toHaveProperty(name);
  });

  it('refuses an unknown channel', async () => {
    const lantern = await setUpClinic();
    expect((await lantern.refuse('clients:drop', {})).code).toBe('unknown_channel');
    expect((await lantern.refuse('__proto__', {})).code).toBe('unknown_channel');
    expect((await lantern.refuse('toString', {})).code).toBe('unknown_channel');
  });

  it('every channel refuses malformed input with a typed error and changes nothing', async () => {
    const lantern = await setUpClinic();
    const before = await snapshot(lantern.dataDir, lantern);
    for (const [channel, inputs] of Object.entries(badInputs)) {
      for (const input of inputs) {
        const error = await lantern.refuse(channel, input);
        expect(['invalid_input', 'not_found', 'wrong_state', 'weak_password'], `${channel} ${JSON.stringify(input).slice(0, 80)}`).toContain(error.code);
        expect(error.message).not.toMatch(/at .*\.ts|Error:/);
      }
    }
    // Channels without input refuse anything that is not an empty object.
    for (const channel of ['app:status', 'accounts:list', 'settings:get', 'audit:verify', 'auth:lock']) {
      expect((await lantern.refuse(channel, { surprise: true })).code).toBe('invalid_input');
      expect((await lantern.refuse(channel, 'text')).code).toBe('invalid_input');
    }
    expect(await snapshot(lantern.dataDir, lantern)).toEqual(before);
  });

  it('field errors name the field and carry an i18n key', async () => {
    const lantern = await setUpClinic();
    const error = await lantern.refuse('settings:update', { clinicName: '', idleLockMinutes: 99 });
    expect(error.fields).toEqual({ clinicName: 'validation.required', idleLockMinutes: 'validation.idle_range' });
  });

  it('unknown ids get not_found and change nothing', async () => {
    const lantern = await setUpClinic();
    const before = await snapshot(lantern.dataDir, lantern);
    expect((await lantern.refuse('accounts:deactivate', { accountId: UNKNOWN_ID, reason: 'gone' })).code).toBe('not_found');
    expect(
      (await lantern.refuse('accounts:resetPassword', { accountId: UNKNOWN_ID, password: VALID_PASSWORD, passwordConfirm: VALID_PASSWORD })).code,
    ).toBe('not_found');
    expect(await snapshot(lantern.dataDir, lantern)).toEqual(before);
  });

  it('every non-public channel refuses a call without a session', async () => {
    const lantern = await setUpClinic();
    await lantern.call('auth:signOut', {});
    for (const [name, definition] of Object.entries(contract)) {
      if (definition.access === 'public') continue;
      expect((await lantern.refuse(name, {})).code, name).toBe('not_signed_in');
    }
  });

  it('every permission-guarded channel refuses roles without that permission', async () => {
    const lantern = await setUpClinic();
    const password = 'reporter-temp-pass-1';
    await lantern.call('accounts:create', { fullName: 'Rita Reports', username: 'rita', role: 'reporting', password, passwordConfirm: password });
    await lantern.call('auth:signOut', {});
    await lantern.call('auth:signIn', { username: 'rita', password });
    const own = 'rita-own-password-22'.replace('rita', 'wren');
    await lantern.call('auth:changePassword', { currentPassword: password, password: own, passwordConfirm: own });
    const guarded = Object.entries(contract).filter(([, d]) => d.access !== 'public' && d.access !== 'session');
    expect(guarded.length).toBeGreaterThan(5);
    for (const [name, definition] of guarded) {
      if (definition.access === 'reports:aggregate') continue;
      expect((await lantern.refuse(name, {})).code, name).toBe('forbidden');
    }
  });
});
