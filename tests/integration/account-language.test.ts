import { describe, expect, it } from 'vitest';
import { clinicWithStaff } from '../helpers/clinic';
import { ADMIN } from '../helpers/lantern';

describe('each account’s language', () => {
  it('is unset until chosen, then kept for the account and returned at the next sign-in', async () => {
    const clinic = await clinicWithStaff();
    const first = await clinic.as('cam');
    expect(first.language).toBeNull();

    const changed = await clinic.call('accounts:setLanguage', { language: 'es' });
    expect(changed).toMatchObject({ username: 'cam', language: 'es' });
    expect((await clinic.call('app:status', {})).session?.language).toBe('es');

    // Another person's choice is their own.
    expect((await clinic.as('dee')).language).toBeNull();
    expect((await clinic.as('cam')).language).toBe('es');
    // After a lock, unlocking gives the same person their language back.
    await clinic.call('auth:lock', {});
    expect(
      (await clinic.call('auth:signIn', { username: 'cam', password: 'harbor-final-pass-0002' })).language,
    ).toBe('es');
  });

  it('is audited as an event, without the value chosen', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    await clinic.call('accounts:setLanguage', { language: 'es' });
    await clinic.as(ADMIN.username);
    const { entries } = await clinic.call('audit:list', { action: 'account.language_changed', limit: 10 });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorName: 'Cam Manager', subject: 'cam' });
    expect(JSON.stringify(entries[0]?.details ?? {})).not.toContain('es');
  });

  it('refuses a language Lantern has no catalogue for, and a call without a session', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const refused = await clinic.refuse('accounts:setLanguage', { language: 'fr' });
    expect(refused).toMatchObject({ code: 'invalid_input', fields: { language: 'validation.language' } });
    // Nobody can set another person's language: the input has no account.
    expect(
      (await clinic.refuse('accounts:setLanguage', { language: 'es', accountId: clinic.ids.dee })).code,
    ).toBe('invalid_input');
    expect((await clinic.as('cam')).language).toBeNull();

    await clinic.call('auth:signOut', {});
    expect((await clinic.refuse('accounts:setLanguage', { language: 'es' })).code).toBe('not_signed_in');
  });

  it('may be chosen before a temporary password is replaced', async () => {
    const clinic = await clinicWithStaff();
    const temporary = 'lighthouse-orchard-temp-77';
    await clinic.call('accounts:create', {
      fullName: 'Eve New',
      username: 'eve',
      role: 'case_manager',
      password: temporary,
      passwordConfirm: temporary,
    });
    await clinic.call('auth:signOut', {});
    const gated = await clinic.call('auth:signIn', { username: 'eve', password: temporary });
    expect(gated.mustChangePassword).toBe(true);
    expect(await clinic.call('accounts:setLanguage', { language: 'es' })).toMatchObject({
      language: 'es',
      mustChangePassword: true,
    });
  });
});
