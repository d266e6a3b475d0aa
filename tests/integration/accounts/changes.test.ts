import { describe, expect, it } from 'vitest';
import type { EventPayloads } from '../../../src/shared/contracts/channels';
import { STAFF, clinicWithStaff, client } from '../../helpers/clinic';
import { ADMIN, testLantern } from '../../helpers/lantern';

type Clinic = Awaited<ReturnType<typeof clinicWithStaff>>;

/**
 * Staff accounts change after they were made — a role, a name, a person coming back — through
 * the channels, on a real encrypted clinic and its keyring. Each change is audited with what it
 * was and what it became; the last-administrator and self rules hold.
 */

const TEMPORARY = 'lantern-porch-maple-71';

async function auditOf(
  clinic: Clinic,
  action: 'account.role_changed' | 'account.renamed' | 'account.reactivated',
) {
  return (await clinic.call('audit:list', { action, limit: 50 })).entries;
}

async function signInFails(clinic: Clinic, username: string, password: string) {
  if ((await clinic.call('app:status', {})).state === 'unlocked') await clinic.call('auth:signOut', {});
  return (await clinic.refuse('auth:signIn', { username, password })).code;
}

describe('changing a role', () => {
  it('applies at the next sign-in, is audited with before and after, and the new role is what counts', async () => {
    const clinic = await clinicWithStaff();
    const changed = await clinic.call('accounts:changeRole', {
      accountId: clinic.ids.cam as string,
      role: 'front_desk',
    });
    expect(changed).toMatchObject({ username: 'cam', role: 'front_desk', status: 'active' });
    const [entry] = await auditOf(clinic, 'account.role_changed');
    expect(entry).toMatchObject({
      actorName: ADMIN.fullName,
      subject: 'cam',
      details: { from: 'case_manager', to: 'front_desk' },
    });
    const session = await clinic.as('cam');
    expect(session.role).toBe('front_desk');
    expect(session.permissions).not.toContain('clients:edit');
    expect((await clinic.refuse('clients:create', { client: client() })).code).toBe('forbidden');
  });

  it('an administrator cannot change their own role, so the last administrator stays one', async () => {
    const clinic = await clinicWithStaff();
    const error = await clinic.refuse('accounts:changeRole', {
      accountId: await adaId(clinic),
      role: 'supervisor',
    });
    expect(error).toMatchObject({ code: 'conflict', details: { messageKey: 'errors.role_change_self' } });
    const accounts = await clinic.call('accounts:list', {});
    expect(accounts.find((a) => a.username === 'ada')?.role).toBe('administrator');
    expect(await auditOf(clinic, 'account.role_changed')).toHaveLength(0);
  });

  it('another administrator may be demoted while one stays; the demoted one loses administration', async () => {
    const clinic = await clinicWithStaff();
    const bea = await addPerson(clinic, 'bea', 'Bea Admin', 'administrator');
    await clinic.call('accounts:changeRole', { accountId: bea, role: 'supervisor' });
    await clinic.call('auth:signOut', {});
    const session = await clinic.call('auth:signIn', { username: 'bea', password: TEMPORARY });
    expect(session.role).toBe('supervisor');
    await clinic.call('auth:changePassword', {
      currentPassword: TEMPORARY,
      password: 'harbor-quiet-lantern-4455',
      passwordConfirm: 'harbor-quiet-lantern-4455',
    });
    expect((await clinic.refuse('accounts:list', {})).code).toBe('forbidden');
  });

  it('refuses the same role (at the field) and a deactivated account, changing nothing', async () => {
    const clinic = await clinicWithStaff();
    const same = await clinic.refuse('accounts:changeRole', {
      accountId: clinic.ids.cam as string,
      role: 'case_manager',
    });
    expect(same).toMatchObject({ code: 'conflict', fields: { role: 'validation.role_unchanged' } });
    await clinic.call('accounts:deactivate', {
      accountId: clinic.ids.dee as string,
      reason: 'Left the program',
    });
    const gone = await clinic.refuse('accounts:changeRole', {
      accountId: clinic.ids.dee as string,
      role: 'supervisor',
    });
    expect(gone.details?.messageKey).toBe('errors.change_deactivated');
    const accounts = await clinic.call('accounts:list', {});
    expect(accounts.find((a) => a.username === 'dee')?.role).toBe('case_manager');
    expect(await auditOf(clinic, 'account.role_changed')).toHaveLength(0);
  });

  it('ends the session the person holds with the old role, wherever it is open', async () => {
    const clinic = await clinicWithStaff();
    // A second Lantern on the same data folder: Cam is signed in there as a case manager.
    const desk = testLantern({ dataDir: clinic.dataDir });
    const locks: EventPayloads['session:locked'][] = [];
    desk.core.onEvent((event, payload) => {
      if (event === 'session:locked') locks.push(payload as EventPayloads['session:locked']);
    });
    await desk.call('auth:signIn', { username: 'cam', password: STAFF.cam?.password as string });
    await desk.call('caseload:list', { filter: {} });

    await clinic.call('accounts:changeRole', { accountId: clinic.ids.cam as string, role: 'front_desk' });

    // Cam's next call finds the session ended, before the old role could do anything.
    expect((await desk.refuse('clients:create', { client: client() })).code).toBe('not_signed_in');
    expect(locks).toEqual([{ reason: 'account_changed' }]);
    expect((await desk.call('app:status', {})).state).toBe('locked');
    const ended = (await clinic.call('audit:list', { action: 'auth.sign_out', limit: 10 })).entries[0];
    expect(ended).toMatchObject({ actorName: 'Cam Manager', details: { reason: 'account_changed' } });
    // Signing in again gives the new role (a fresh sign-in, not a resumed one).
    const again = await desk.call('auth:signIn', {
      username: 'cam',
      password: STAFF.cam?.password as string,
    });
    expect(again.role).toBe('front_desk');
    expect((await clinic.call('audit:list', { action: 'auth.unlock', limit: 10 })).entries).toHaveLength(0);
    desk.core.close();
  });
});

describe('fixing a name', () => {
  it('is audited with before and after; what the person recorded keeps the name it was recorded with', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const created = await clinic.call('clients:create', { client: client() });
    await clinic.as('ada');
    const renamed = await clinic.call('accounts:rename', {
      accountId: clinic.ids.cam as string,
      fullName: '  Cameron Manager ',
    });
    expect(renamed.fullName).toBe('Cameron Manager');
    const [entry] = await auditOf(clinic, 'account.renamed');
    expect(entry).toMatchObject({ subject: 'cam', details: { from: 'Cam Manager', to: 'Cameron Manager' } });
    const session = await clinic.as('cam');
    expect(session.fullName).toBe('Cameron Manager');
    const history = await clinic.call('clients:history', { clientId: created.id });
    expect(history.every((h) => h.actorName === 'Cam Manager')).toBe(true);
  });

  it('refuses the same name at the field; one’s own name is fixed in the open session too', async () => {
    const clinic = await clinicWithStaff();
    const same = await clinic.refuse('accounts:rename', {
      accountId: clinic.ids.cam as string,
      fullName: 'Cam Manager',
    });
    expect(same).toMatchObject({ code: 'conflict', fields: { fullName: 'validation.name_unchanged' } });
    expect(await auditOf(clinic, 'account.renamed')).toHaveLength(0);
    await clinic.call('accounts:rename', { accountId: await adaId(clinic), fullName: 'Ada Adminson' });
    const status = await clinic.call('app:status', {});
    expect(status.session).toMatchObject({ fullName: 'Ada Adminson', role: 'administrator' });
    // Still signed in: a name is not a role.
    expect((await clinic.call('accounts:list', {})).length).toBeGreaterThan(1);
  });
});

describe('reactivating', () => {
  it('sets a temporary password and a new key slot: the person signs in with it and must replace it', async () => {
    const clinic = await clinicWithStaff();
    const dee = clinic.ids.dee as string;
    await clinic.call('accounts:deactivate', { accountId: dee, reason: 'On leave' });
    expect(await signInFails(clinic, 'dee', STAFF.dee?.password as string)).toBe('wrong_credentials');
    await clinic.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });

    const back = await clinic.call('accounts:reactivate', {
      accountId: dee,
      password: TEMPORARY,
      passwordConfirm: TEMPORARY,
    });
    expect(back).toMatchObject({
      status: 'active',
      mustChangePassword: true,
      deactivatedAt: null,
      role: 'case_manager',
    });
    const [entry] = await auditOf(clinic, 'account.reactivated');
    expect(entry).toMatchObject({
      subject: 'dee',
      details: { from: 'deactivated', to: 'active', role: 'case_manager' },
    });

    // The old password opened the removed slot only; the temporary one opens the new slot.
    expect(await signInFails(clinic, 'dee', STAFF.dee?.password as string)).toBe('wrong_credentials');
    const session = await clinic.call('auth:signIn', { username: 'dee', password: TEMPORARY });
    expect(session.mustChangePassword).toBe(true);
    expect((await clinic.refuse('caseload:list', {})).details).toMatchObject({ gate: 'password_change' });
    await clinic.call('auth:changePassword', {
      currentPassword: TEMPORARY,
      password: 'returning-willow-pass-2026',
      passwordConfirm: 'returning-willow-pass-2026',
    });
    await clinic.call('caseload:list', {});
    await clinic.call('auth:signOut', {});
    expect(
      (await clinic.call('auth:signIn', { username: 'dee', password: 'returning-willow-pass-2026' })).role,
    ).toBe('case_manager');
  });

  it('refuses an active account and a weak password, changing nothing', async () => {
    const clinic = await clinicWithStaff();
    const dee = clinic.ids.dee as string;
    const active = await clinic.refuse('accounts:reactivate', {
      accountId: dee,
      password: TEMPORARY,
      passwordConfirm: TEMPORARY,
    });
    expect(active.details?.messageKey).toBe('errors.already_active');
    await clinic.call('accounts:deactivate', { accountId: dee, reason: 'On leave' });
    const weak = await clinic.refuse('accounts:reactivate', {
      accountId: dee,
      password: 'dee-dee-dee-dee',
      passwordConfirm: 'dee-dee-dee-dee',
    });
    expect(weak.code).toBe('weak_password');
    expect((await clinic.call('accounts:list', {})).find((a) => a.username === 'dee')?.status).toBe(
      'deactivated',
    );
    expect(await auditOf(clinic, 'account.reactivated')).toHaveLength(0);
    expect(await signInFails(clinic, 'dee', 'dee-dee-dee-dee')).toBe('wrong_credentials');
  });

  it('a deactivation while the person is signed in elsewhere ends that session too', async () => {
    const clinic = await clinicWithStaff();
    const desk = testLantern({ dataDir: clinic.dataDir });
    await desk.call('auth:signIn', { username: 'fran', password: STAFF.fran?.password as string });
    await clinic.call('accounts:deactivate', { accountId: clinic.ids.fran as string, reason: 'Left' });
    expect((await desk.refuse('caseload:search', { query: 'Smith' })).code).toBe('not_signed_in');
    desk.core.close();
  });
});

async function adaId(clinic: Clinic): Promise<string> {
  return (await clinic.call('app:status', {})).session?.accountId as string;
}

async function addPerson(clinic: Clinic, username: string, fullName: string, role: 'administrator') {
  const account = await clinic.call('accounts:create', {
    fullName,
    username,
    role,
    password: TEMPORARY,
    passwordConfirm: TEMPORARY,
  });
  return account.id;
}
