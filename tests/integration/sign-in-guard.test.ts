import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, setUpClinic, testLantern } from '../helpers/lantern';

/** What someone might type into the username field by mistake: their password. */
const TYPED_PASSWORD = 'Velvet-Harbour-Secret-771';

const guardFile = (dataDir: string) => join(dataDir, 'sign-in-guard.json');

async function failedSignIns(lantern: Awaited<ReturnType<typeof setUpClinic>>) {
  const { entries } = await lantern.call('audit:list', { action: 'auth.sign_in_failed', limit: 100 });
  return entries.reverse().map((e) => ({ subject: e.subject, details: e.details }));
}

describe('the sign-in guard file', () => {
  it('keeps typed usernames only as keyed hashes, and the audit trail still names real accounts', async () => {
    const lantern = await setUpClinic();
    await lantern.call('auth:signOut', {});
    await lantern.refuse('auth:signIn', { username: 'ADA', password: 'not-the-password' });
    await lantern.refuse('auth:signIn', { username: TYPED_PASSWORD, password: 'x' });

    const file = readFileSync(guardFile(lantern.dataDir), 'utf8').toLowerCase();
    expect(file).not.toContain(TYPED_PASSWORD.toLowerCase());
    expect(file).not.toContain('"ada"');
    const stored = JSON.parse(file) as { pending: Record<string, unknown>[] };
    expect(stored.pending).toHaveLength(2);
    for (const failure of stored.pending)
      expect(Object.keys(failure).sort()).toEqual(['kind', 'occurredat', 'usernamehash']);

    await lantern.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(await failedSignIns(lantern)).toEqual([
      { subject: 'ada', details: { method: 'password', recordedAtNextSignIn: true } },
      { subject: null, details: { method: 'password', recordedAtNextSignIn: true, usernameUnknown: true } },
    ]);
  });

  it('rewrites a guard file from before hashing without the plain usernames, keeping the count', async () => {
    const first = await setUpClinic();
    await first.call('auth:signOut', {});
    first.core.close();
    const at = new Date().toISOString();
    writeFileSync(
      guardFile(first.dataDir),
      JSON.stringify({
        consecutiveFailures: 5,
        lastFailureAt: at,
        pending: [
          { occurredAt: at, username: 'ada', kind: 'password' },
          { occurredAt: at, username: TYPED_PASSWORD, kind: 'recovery_key' },
        ],
      }),
    );

    const second = testLantern({ dataDir: first.dataDir });
    const file = readFileSync(guardFile(first.dataDir), 'utf8');
    expect(file).not.toContain(TYPED_PASSWORD);
    expect(file).not.toContain('"username"');
    // The count survived the migration: five failures mean the next try waits.
    expect((await second.refuse('auth:signIn', { username: 'ada', password: ADMIN.password })).code).toBe(
      'throttled',
    );

    const later = testLantern({ dataDir: first.dataDir, now: () => new Date(Date.now() + 60_000) });
    await later.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const { entries } = await later.call('audit:list', { action: 'auth.sign_in_failed', limit: 100 });
    expect(entries.map((e) => e.subject).reverse()).toEqual(['ada', null]);
  });
});
