import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/shared/contracts/audit';
import { ADMIN, setUpClinic, testLantern } from '../helpers/lantern';

const CASE_MANAGER = {
  fullName: 'Cara Case',
  username: 'cara',
  role: 'case_manager' as const,
  password: 'temporary-pass-7781',
};

/** The trail oldest first, without the automatic backups (tested in backup.test.ts). */
async function auditActions(lantern: Awaited<ReturnType<typeof setUpClinic>>): Promise<AuditEntry[]> {
  const { entries } = await lantern.call('audit:list', { limit: 500 });
  return entries.reverse().filter((e) => !e.action.startsWith('backup.'));
}

async function signInAs(
  lantern: Awaited<ReturnType<typeof setUpClinic>>,
  username: string,
  password: string,
) {
  return lantern.call('auth:signIn', { username, password });
}

describe('first-run setup', () => {
  it('creates the clinic and its administrator, and gates everything until the recovery key is confirmed', async () => {
    const lantern = testLantern();
    expect((await lantern.call('app:status', {})).state).toBe('setup');
    const issued = await lantern.call('setup:create', { ...ADMIN, passwordConfirm: ADMIN.password });
    expect(issued.recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    expect(issued.session).toMatchObject({
      username: 'ada',
      role: 'administrator',
      recoveryKeyUnconfirmed: true,
    });
    expect((await lantern.refuse('accounts:list', {})).details).toEqual({ gate: 'recovery_key' });
    await lantern.refuse('setup:confirmRecoveryKey', { confirmed: false });
    const confirmed = await lantern.call('setup:confirmRecoveryKey', { confirmed: true });
    expect(confirmed.recoveryKeyUnconfirmed).toBe(false);
    expect(await lantern.call('accounts:list', {})).toHaveLength(1);
    const status = await lantern.call('app:status', {});
    expect(status).toMatchObject({ state: 'unlocked', clinicName: ADMIN.clinicName, idleLockSeconds: 600 });
  });

  it('cannot run twice', async () => {
    const lantern = await setUpClinic();
    const error = await lantern.refuse('setup:create', {
      ...ADMIN,
      username: 'eve',
      passwordConfirm: ADMIN.password,
    });
    expect(error.code).toBe('wrong_state');
  });

  it('refuses a mismatched confirmation or a common password, at the field', async () => {
    const lantern = testLantern();
    const mismatch = await lantern.refuse('setup:create', {
      ...ADMIN,
      passwordConfirm: 'something-else-entirely',
    });
    expect(mismatch.fields).toEqual({ passwordConfirm: 'validation.password_mismatch' });
    const common = await lantern.refuse('setup:create', {
      ...ADMIN,
      password: 'password1234',
      passwordConfirm: 'password1234',
    });
    expect(common.fields?.password).toBe('validation.password_common');
    const containsName = await lantern.refuse('setup:create', {
      ...ADMIN,
      password: 'ada-is-my-secret',
      passwordConfirm: 'ada-is-my-secret',
    });
    expect(containsName.fields?.password).toBe('validation.password_contains_username');
    expect((await lantern.call('app:status', {})).state).toBe('setup');
  });
});

describe('signing in and out', () => {
  it('gives one plain message for a wrong password and for an unknown username', async () => {
    const lantern = await setUpClinic();
    await lantern.call('auth:signOut', {});
    const wrongPassword = await lantern.refuse('auth:signIn', {
      username: 'ada',
      password: 'not-the-password',
    });
    const unknownUser = await lantern.refuse('auth:signIn', { username: 'nobody', password: ADMIN.password });
    for (const error of [wrongPassword, unknownUser]) {
      expect(error.code).toBe('wrong_credentials');
      expect(error.message).toBe('Incorrect username or password.');
    }
    const session = await signInAs(lantern, 'ADA', ADMIN.password);
    expect(session.fullName).toBe('Ada Admin');
  });

  it('after five failures in a row, each further try waits longer, and the wait is reported', async () => {
    let clock = Date.parse('2026-03-01T09:00:00Z');
    const lantern = await setUpClinic({ now: () => new Date(clock) });
    await lantern.call('auth:signOut', {});
    for (let i = 1; i <= 4; i++) {
      const error = await lantern.refuse('auth:signIn', { username: 'ada', password: `wrong-${i}` });
      expect(error.details?.retryAfterSeconds).toBe(0);
    }
    const fifth = await lantern.refuse('auth:signIn', { username: 'ada', password: 'wrong-5' });
    expect(fifth.details?.retryAfterSeconds).toBe(5);
    // Even the right password waits: the delay is not a hint about which attempt was right.
    const early = await lantern.refuse('auth:signIn', { username: 'ada', password: ADMIN.password });
    expect(early.code).toBe('throttled');
    expect((await lantern.call('app:status', {})).signInDelaySeconds).toBe(5);
    clock += 6_000;
    const sixth = await lantern.refuse('auth:signIn', { username: 'ada', password: 'wrong-6' });
    expect(sixth.details?.retryAfterSeconds).toBe(10);
    clock += 11_000;
    await signInAs(lantern, 'ada', ADMIN.password);
    const failed = (await auditActions(lantern)).filter((e) => e.action === 'auth.sign_in_failed');
    expect(failed).toHaveLength(6);
    expect(failed[0]).toMatchObject({ subject: 'ada', actorAccountId: null });
    await lantern.call('auth:signOut', {});
    // A success resets the count.
    expect(
      (await lantern.refuse('auth:signIn', { username: 'ada', password: 'wrong' })).details
        ?.retryAfterSeconds,
    ).toBe(0);
  });

  it('the failure count survives a restart of the app', async () => {
    const first = await setUpClinic();
    await first.call('auth:signOut', {});
    for (let i = 0; i < 5; i++) await first.refuse('auth:signIn', { username: 'ada', password: `nope-${i}` });
    first.core.close();
    const second = testLantern({ dataDir: first.dataDir });
    expect((await second.refuse('auth:signIn', { username: 'ada', password: ADMIN.password })).code).toBe(
      'throttled',
    );
  });

  it('locking closes the data: calls are refused until someone signs in, and it is audited', async () => {
    const lantern = await setUpClinic();
    const events: string[] = [];
    lantern.core.onEvent((event, payload) => events.push(`${event}:${JSON.stringify(payload)}`));
    await lantern.call('auth:lock', {});
    expect(events).toContain('session:locked:{"reason":"manual"}');
    expect((await lantern.refuse('accounts:list', {})).code).toBe('not_signed_in');
    const status = await lantern.call('app:status', {});
    expect(status).toMatchObject({
      state: 'locked',
      session: null,
      lastUsername: 'ada',
      clinicName: ADMIN.clinicName,
    });
    await signInAs(lantern, 'ada', ADMIN.password);
    const actions = (await auditActions(lantern)).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['auth.lock', 'auth.unlock']);
  });

  it('locks by itself after the idle limit; activity postpones it', async () => {
    const lantern = await setUpClinic({ idleLockSecondsOverride: 1 });
    const locked = new Promise<unknown>((resolve) =>
      lantern.core.onEvent((_event, payload) => resolve(payload)),
    );
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await lantern.call('auth:activity', {})).idleLockSeconds).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await lantern.call('app:status', {})).state).toBe('unlocked');
    expect(await locked).toEqual({ reason: 'idle' });
    expect((await lantern.call('app:status', {})).state).toBe('locked');
    await signInAs(lantern, 'ada', ADMIN.password);
    const lock = (await auditActions(lantern)).find((e) => e.action === 'auth.lock');
    expect(lock?.details).toEqual({ reason: 'idle' });
  });

  it('an OS lock from outside a call locks too', async () => {
    const lantern = await setUpClinic();
    lantern.core.lock('system');
    expect((await lantern.call('app:status', {})).state).toBe('locked');
  });
});

describe('passwords and recovery', () => {
  it("changing one's password: wrong current password is refused at the field; the new one works, the old does not", async () => {
    const lantern = await setUpClinic();
    const newPassword = 'quiet-river-stone-88';
    const wrong = await lantern.refuse('auth:changePassword', {
      currentPassword: 'nope',
      password: newPassword,
      passwordConfirm: newPassword,
    });
    expect(wrong.fields).toEqual({ currentPassword: 'validation.current_password_wrong' });
    await lantern.call('auth:changePassword', {
      currentPassword: ADMIN.password,
      password: newPassword,
      passwordConfirm: newPassword,
    });
    await lantern.call('auth:signOut', {});
    expect((await lantern.refuse('auth:signIn', { username: 'ada', password: ADMIN.password })).code).toBe(
      'wrong_credentials',
    );
    await signInAs(lantern, 'ada', newPassword);
    expect((await auditActions(lantern)).some((e) => e.action === 'auth.password_changed')).toBe(true);
  });

  it('the recovery key resets a forgotten administrator password; nothing else opens the data', async () => {
    const lantern = await setUpClinic();
    await lantern.call('accounts:create', { ...CASE_MANAGER, passwordConfirm: CASE_MANAGER.password });
    await lantern.call('auth:signOut', {});
    const newPassword = 'morning-garden-lamp-19';
    const garbled = await lantern.refuse('auth:recover', {
      recoveryKey: 'not a key',
      username: 'ada',
      password: newPassword,
      passwordConfirm: newPassword,
    });
    expect(garbled.code).toBe('wrong_credentials');
    const otherKey = lantern.recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(
      (
        await lantern.refuse('auth:recover', {
          recoveryKey: otherKey,
          username: 'ada',
          password: newPassword,
          passwordConfirm: newPassword,
        })
      ).code,
    ).toBe('wrong_credentials');
    const notAdmin = await lantern.refuse('auth:recover', {
      recoveryKey: lantern.recoveryKey,
      username: 'cara',
      password: newPassword,
      passwordConfirm: newPassword,
    });
    expect(notAdmin.code).toBe('forbidden');
    const session = await lantern.call('auth:recover', {
      recoveryKey: lantern.recoveryKey.toLowerCase().replace(/-/g, ' '),
      username: 'ada',
      password: newPassword,
      passwordConfirm: newPassword,
    });
    expect(session.username).toBe('ada');
    await lantern.call('auth:signOut', {});
    expect((await lantern.refuse('auth:signIn', { username: 'ada', password: ADMIN.password })).code).toBe(
      'wrong_credentials',
    );
    await signInAs(lantern, 'ada', newPassword);
    expect((await auditActions(lantern)).some((e) => e.action === 'auth.recovery_used')).toBe(true);
  });

  it('a new recovery key replaces the old one', async () => {
    const lantern = await setUpClinic();
    const { recoveryKey } = await lantern.call('setup:regenerateRecoveryKey', {});
    await lantern.call('setup:confirmRecoveryKey', { confirmed: true });
    await lantern.call('auth:signOut', {});
    const pw = 'brand-new-secret-555';
    expect(
      (
        await lantern.refuse('auth:recover', {
          recoveryKey: lantern.recoveryKey,
          username: 'ada',
          password: pw,
          passwordConfirm: pw,
        })
      ).code,
    ).toBe('wrong_credentials');
    await lantern.call('auth:recover', { recoveryKey, username: 'ada', password: pw, passwordConfirm: pw });
  });
});

describe('staff accounts', () => {
  it('a new case manager signs in with the temporary password, must change it, and cannot administer', async () => {
    const lantern = await setUpClinic();
    const created = await lantern.call('accounts:create', {
      ...CASE_MANAGER,
      passwordConfirm: CASE_MANAGER.password,
    });
    expect(created).toMatchObject({
      username: 'cara',
      role: 'case_manager',
      status: 'active',
      mustChangePassword: true,
    });
    await lantern.call('auth:signOut', {});
    const first = await signInAs(lantern, 'cara', CASE_MANAGER.password);
    expect(first.mustChangePassword).toBe(true);
    expect((await lantern.refuse('settings:get', {})).details).toEqual({ gate: 'password_change' });
    const own = 'cara-chose-this-one'.replace('cara', 'kite');
    const changed = await lantern.call('auth:changePassword', {
      currentPassword: CASE_MANAGER.password,
      password: own,
      passwordConfirm: own,
    });
    expect(changed).toMatchObject({
      mustChangePassword: false,
      permissions: ['clients:read_caseload', 'clients:read_demographics', 'clients:edit', 'clients:register'],
    });
    for (const channel of ['accounts:list', 'audit:list', 'audit:verify']) {
      expect((await lantern.refuse(channel, {})).code).toBe('forbidden');
    }
    expect(
      (await lantern.refuse('settings:update', { clinicName: 'Mine now', idleLockMinutes: 60 })).code,
    ).toBe('forbidden');
  });

  it('usernames are unique regardless of case', async () => {
    const lantern = await setUpClinic();
    await lantern.call('accounts:create', { ...CASE_MANAGER, passwordConfirm: CASE_MANAGER.password });
    const duplicate = await lantern.refuse('accounts:create', {
      ...CASE_MANAGER,
      username: 'CARA',
      passwordConfirm: CASE_MANAGER.password,
    });
    expect(duplicate).toMatchObject({ code: 'conflict', fields: { username: 'validation.username_taken' } });
  });

  it('a deactivated account can no longer sign in, and its past entries keep its name', async () => {
    const lantern = await setUpClinic();
    const cara = await lantern.call('accounts:create', {
      ...CASE_MANAGER,
      passwordConfirm: CASE_MANAGER.password,
    });
    await lantern.call('auth:signOut', {});
    await signInAs(lantern, 'cara', CASE_MANAGER.password);
    await lantern.call('auth:signOut', {});
    await signInAs(lantern, 'ada', ADMIN.password);
    const deactivated = await lantern.call('accounts:deactivate', {
      accountId: cara.id,
      reason: 'Left the program',
    });
    expect(deactivated).toMatchObject({ status: 'deactivated', deactivatedReason: 'Left the program' });
    await lantern.call('auth:signOut', {});
    expect(
      (await lantern.refuse('auth:signIn', { username: 'cara', password: CASE_MANAGER.password })).message,
    ).toBe('Incorrect username or password.');
    await signInAs(lantern, 'ada', ADMIN.password);
    const caraEntries = (await lantern.call('audit:list', { actorAccountId: cara.id, limit: 50 })).entries;
    expect(caraEntries.length).toBeGreaterThan(0);
    expect(caraEntries.every((e) => e.actorName === 'Cara Case')).toBe(true);
  });

  it('refuses deactivating oneself or the last administrator', async () => {
    const lantern = await setUpClinic();
    const [ada] = await lantern.call('accounts:list', {});
    expect(await lantern.refuse('accounts:deactivate', { accountId: ada?.id, reason: 'test' })).toMatchObject(
      {
        code: 'conflict',
        // Said in the reader's language from the catalogue, not only in main's English.
        details: { messageKey: 'errors.deactivate_self' },
      },
    );
  });

  it('a password reset sets a temporary password the person must replace', async () => {
    const lantern = await setUpClinic();
    const cara = await lantern.call('accounts:create', {
      ...CASE_MANAGER,
      passwordConfirm: CASE_MANAGER.password,
    });
    const temp = 'reset-by-admin-2026';
    await lantern.call('accounts:resetPassword', {
      accountId: cara.id,
      password: temp,
      passwordConfirm: temp,
    });
    await lantern.call('auth:signOut', {});
    expect(
      (await lantern.refuse('auth:signIn', { username: 'cara', password: CASE_MANAGER.password })).code,
    ).toBe('wrong_credentials');
    expect((await signInAs(lantern, 'cara', temp)).mustChangePassword).toBe(true);
  });
});

describe('settings and the audit trail', () => {
  it('settings changes are saved and audited from → to; the idle limit follows them', async () => {
    const lantern = await setUpClinic();
    const saved = await lantern.call('settings:update', {
      clinicName: 'Hilltop Ministry',
      idleLockMinutes: 5,
    });
    expect(saved).toEqual({
      clinicName: 'Hilltop Ministry',
      idleLockMinutes: 5,
      maxSessionHours: null,
      reassessmentIntervalDays: 180,
      planReviewDays: 90,
      planSupervisorApproval: false,
    });
    expect((await lantern.call('app:status', {})).idleLockSeconds).toBe(300);
    const entry = (await auditActions(lantern)).find((e) => e.action === 'settings.updated');
    expect(entry?.details).toEqual({
      clinicName: `${ADMIN.clinicName} → Hilltop Ministry`,
      idleLockMinutes: '10 → 5',
    });
    await lantern.call('auth:lock', {});
    expect((await lantern.call('app:status', {})).clinicName).toBe('Hilltop Ministry');
  });

  it('records sign-in, failed sign-in, sign-out, lock, unlock, account and settings changes, and verifies', async () => {
    const lantern = await setUpClinic();
    await lantern.call('accounts:create', { ...CASE_MANAGER, passwordConfirm: CASE_MANAGER.password });
    await lantern.call('settings:update', { clinicName: ADMIN.clinicName, idleLockMinutes: 15 });
    await lantern.call('auth:lock', {});
    await lantern.refuse('auth:signIn', { username: 'ada', password: 'wrong-password' });
    await signInAs(lantern, 'ada', ADMIN.password);
    await lantern.call('auth:signOut', {});
    await signInAs(lantern, 'ada', ADMIN.password);
    const actions = (await auditActions(lantern)).map((e) => e.action);
    expect(actions).toEqual([
      'setup.completed',
      'account.created',
      'recovery_key.confirmed',
      'account.created',
      'settings.updated',
      'auth.lock',
      'auth.sign_in_failed',
      'auth.unlock',
      'auth.sign_out',
      'auth.sign_in',
    ]);
    const verification = await lantern.call('audit:verify', {});
    expect(verification).toMatchObject({ intact: true, firstProblem: null });
    expect(verification.checked).toBe((await lantern.call('audit:list', { limit: 500 })).entries.length - 1);
  });
});
