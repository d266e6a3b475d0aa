import { describe, expect, it } from 'vitest';
import { DRAFT_MAX_BYTES, DRAFTS_MAX_COUNT, DRAFTS_MAX_TOTAL_BYTES } from '../../src/shared/contracts/drafts';
import { client, clinicWithStaff, STAFF } from '../helpers/clinic';
import { testLantern } from '../helpers/lantern';

/** What the client form's draft looks like (values and the version they were typed over). */
const intake = (overrides: Record<string, unknown> = {}) => ({
  values: { legalFirstName: 'Rosa', legalLastName: 'Delgado', birthDate: '1988-04-12', ...overrides },
  version: null,
});

const signInAgain = (
  clinic: { call: Awaited<ReturnType<typeof clinicWithStaff>>['call'] },
  username: string,
) => clinic.call('auth:signIn', { username, password: STAFF[username]?.password as string });

describe('drafts', () => {
  it('saves, reads back, replaces and discards a draft of the signed-in person', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    expect(await clinic.call('drafts:get', { key: 'client:new' })).toBeNull();

    const first = await clinic.call('drafts:save', { key: 'client:new', payload: intake() });
    expect(first.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await clinic.call('drafts:get', { key: 'client:new' })).toEqual({
      payload: intake(),
      updatedAt: first.updatedAt,
    });

    // Saving again replaces it; other keys are separate drafts.
    await clinic.call('drafts:save', { key: 'client:new', payload: intake({ legalFirstName: 'Rosalind' }) });
    // An edit draft names a client the person may open (the policy guards it like the file).
    const mine = await clinic.call('clients:create', { client: client() });
    const editKey = `client:edit:${mine.id}`;
    await clinic.call('drafts:save', { key: editKey, payload: ['any', 1, true, null, { json: 'value' }] });
    expect((await clinic.call('drafts:get', { key: 'client:new' }))?.payload).toEqual(
      intake({ legalFirstName: 'Rosalind' }),
    );
    expect((await clinic.call('drafts:get', { key: editKey }))?.payload).toEqual([
      'any',
      1,
      true,
      null,
      { json: 'value' },
    ]);

    expect(await clinic.call('drafts:discard', { key: 'client:new' })).toBeNull();
    expect(await clinic.call('drafts:get', { key: 'client:new' })).toBeNull();
    // Discarding what is not there is harmless; the other draft stays.
    expect(await clinic.call('drafts:discard', { key: 'client:new' })).toBeNull();
    expect(await clinic.call('drafts:get', { key: editKey })).not.toBeNull();
  });

  it('belongs to one account: another person can neither read, replace nor discard it', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    await clinic.call('drafts:save', { key: 'client:new', payload: intake() });

    for (const other of ['dee', 'sage', 'ada']) {
      await clinic.as(other);
      expect(await clinic.call('drafts:get', { key: 'client:new' }), other).toBeNull();
      await clinic.call('drafts:discard', { key: 'client:new' });
    }
    await clinic.as('dee');
    await clinic.call('drafts:save', { key: 'client:new', payload: intake({ legalFirstName: 'Dee’s' }) });

    await clinic.as('cam');
    expect((await clinic.call('drafts:get', { key: 'client:new' }))?.payload).toEqual(intake());
    await clinic.as('dee');
    expect((await clinic.call('drafts:get', { key: 'client:new' }))?.payload).toEqual(
      intake({ legalFirstName: 'Dee’s' }),
    );
  });

  it('survives a lock: it is there again after signing in', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const saved = await clinic.call('drafts:save', { key: 'client:new', payload: intake() });
    await clinic.call('auth:lock', {});
    expect((await clinic.refuse('drafts:get', { key: 'client:new' })).code).toBe('not_signed_in');
    await signInAgain(clinic, 'cam');
    expect(await clinic.call('drafts:get', { key: 'client:new' })).toEqual({
      payload: intake(),
      updatedAt: saved.updatedAt,
    });
  });

  it('survives a crash: Lantern closed and started again keeps it', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    await clinic.call('drafts:save', { key: 'client:new', payload: intake() });
    clinic.core.close();

    const reopened = testLantern({ dataDir: clinic.dataDir });
    await signInAgain(reopened, 'cam');
    expect((await reopened.call('drafts:get', { key: 'client:new' }))?.payload).toEqual(intake());
    reopened.core.close();
  });

  it('refuses an oversize payload and bad keys with a typed error, saving nothing', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    await clinic.call('drafts:save', { key: 'client:new', payload: intake() });

    // Exactly at the limit is kept (the JSON text of a string includes its two quotes)…
    const atLimit = 'x'.repeat(DRAFT_MAX_BYTES - 2);
    await clinic.call('drafts:save', { key: 'big', payload: atLimit });
    expect((await clinic.call('drafts:get', { key: 'big' }))?.payload).toBe(atLimit);
    // …one byte more is not, counted in UTF-8 bytes, not characters.
    for (const payload of [
      'x'.repeat(DRAFT_MAX_BYTES - 1),
      'é'.repeat(DRAFT_MAX_BYTES / 2),
      { values: { notes: 'n'.repeat(DRAFT_MAX_BYTES) } },
    ]) {
      const error = await clinic.refuse('drafts:save', { key: 'client:new', payload });
      expect(error.code).toBe('invalid_input');
      expect(error.fields).toEqual({ payload: 'validation.draft_too_large' });
    }
    // Not plain JSON.
    for (const payload of [undefined, Number.NaN, new Date(), () => 1, { at: new Map() }]) {
      const error = await clinic.refuse('drafts:save', { key: 'client:new', payload });
      expect(error.code, String(payload)).toBe('invalid_input');
      expect(error.fields).toHaveProperty('payload');
    }
    const nested: unknown[] = [];
    let node = nested;
    for (let depth = 0; depth < 100; depth++) node = (node[0] = []) as unknown[];
    expect((await clinic.refuse('drafts:save', { key: 'client:new', payload: nested })).code).toBe(
      'invalid_input',
    );

    for (const key of ['', 'Client:New', 'client new', 'client/../../x', 'k'.repeat(201), 7, null, 'ü']) {
      for (const channel of ['drafts:get', 'drafts:save', 'drafts:discard']) {
        const error = await clinic.refuse(channel, { key, payload: intake({ legalFirstName: 'Bad' }) });
        expect(error.code, `${channel} ${String(key)}`).toBe('invalid_input');
        expect(error.fields).toHaveProperty('key');
      }
    }
    expect((await clinic.refuse('drafts:save', { key: 'client:new' })).code).toBe('invalid_input');
    expect((await clinic.refuse('drafts:save', { key: 'client:new', payload: 1, accountId: 'x' })).code).toBe(
      'invalid_input',
    );
    // The longest key allowed works.
    await clinic.call('drafts:save', { key: 'k'.repeat(200), payload: 1 });

    // Nothing refused changed the stored draft.
    expect((await clinic.call('drafts:get', { key: 'client:new' }))?.payload).toEqual(intake());
  });

  it('is not audited per keystroke', async () => {
    const clinic = await clinicWithStaff();
    const auditIds = async () => (await clinic.call('audit:list', { limit: 500 })).entries;
    const before = new Set((await auditIds()).map((e) => e.id));
    await clinic.as('cam');
    for (let i = 0; i < 5; i++) {
      await clinic.call('drafts:save', { key: 'client:new', payload: intake({ legalFirstName: `R${i}` }) });
    }
    await clinic.call('drafts:get', { key: 'client:new' });
    await clinic.call('drafts:discard', { key: 'client:new' });
    await clinic.as('ada');
    const added = (await auditIds()).filter((e) => !before.has(e.id)).map((e) => e.action);
    // Only switching people (sign-ins and sign-outs) was recorded.
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((action) => !action.startsWith('auth.'))).toEqual([]);
  });

  it('needs a session', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    await clinic.call('drafts:save', { key: 'client:new', payload: intake() });
    await clinic.call('auth:signOut', {});
    for (const channel of ['drafts:get', 'drafts:save', 'drafts:discard']) {
      expect((await clinic.refuse(channel, { key: 'client:new', payload: intake() })).code).toBe(
        'not_signed_in',
      );
    }
    await signInAgain(clinic, 'cam');
    expect((await clinic.call('drafts:get', { key: 'client:new' }))?.payload).toEqual(intake());
  });
});

describe('drafts per account', () => {
  it('are limited in total size: a save beyond it is refused clearly and changes nothing', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    // A string payload's JSON text is its length plus two quotes.
    const full = (mark: string) => mark + 'x'.repeat(DRAFT_MAX_BYTES - 3);
    const fits = DRAFTS_MAX_TOTAL_BYTES / DRAFT_MAX_BYTES;
    for (let i = 0; i < fits; i++) await clinic.call('drafts:save', { key: `big:${i}`, payload: full('a') });

    const error = await clinic.refuse('drafts:save', { key: 'client:new', payload: intake() });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toEqual({ payload: 'validation.drafts_full' });
    expect(await clinic.call('drafts:get', { key: 'client:new' })).toBeNull();

    // Replacing a draft counts its new size, not both: the same draft may keep changing.
    await clinic.call('drafts:save', { key: 'big:0', payload: full('b') });
    expect((await clinic.call('drafts:get', { key: 'big:0' }))?.payload).toBe(full('b'));
    // Growing one beyond the total is refused, and the draft stays as it was.
    await clinic.call('drafts:save', { key: 'big:1', payload: 'small' });
    await clinic.call('drafts:save', { key: 'client:new', payload: intake() });
    const grown = await clinic.refuse('drafts:save', { key: 'big:1', payload: full('c') });
    expect(grown.fields).toEqual({ payload: 'validation.drafts_full' });
    expect((await clinic.call('drafts:get', { key: 'big:1' }))?.payload).toBe('small');

    // Discarding makes room again; and the limit is per account, not shared.
    await clinic.call('drafts:discard', { key: 'big:2' });
    await clinic.call('drafts:save', { key: 'big:1', payload: full('c') });
    await clinic.as('dee');
    await clinic.call('drafts:save', { key: 'big:0', payload: full('d') });
  });

  it('are limited in number', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    for (let i = 0; i < DRAFTS_MAX_COUNT; i++)
      await clinic.call('drafts:save', { key: `form:${i}`, payload: i });
    const error = await clinic.refuse('drafts:save', { key: 'one-more', payload: 1 });
    expect(error.fields).toEqual({ payload: 'validation.drafts_full' });
    // An existing one can still be updated.
    await clinic.call('drafts:save', { key: 'form:0', payload: 'changed' });
    expect((await clinic.call('drafts:get', { key: 'form:0' }))?.payload).toBe('changed');
  });
});
