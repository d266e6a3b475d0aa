import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../src/main/db/open';
import { DatabaseUnreadableError } from '../../../src/main/db/errors';
import { Keyring } from '../../../src/main/security/keyring';
import { parseRecoveryKey } from '../../../src/main/security/recovery-key';
import { STAFF, clinicWithStaff } from '../../helpers/clinic';
import { ADMIN } from '../../helpers/lantern';
import { tempDir } from '../../helpers/temp-dir';

/** Opens the file with the key and reads it, or reports that it could not. */
function opens(file: string, key: Buffer): boolean {
  try {
    const db = openEncrypted(file, key, { readonly: true });
    const ok = db.pragma('quick_check', { simple: true }) === 'ok';
    db.close();
    return ok;
  } catch (error) {
    if (error instanceof DatabaseUnreadableError) return false;
    throw error;
  }
}

async function keyFrom(keyringFile: string, username: string, password: string): Promise<Buffer> {
  return (await (await Keyring.load(keyringFile)).unlockWithPassword(username, password)).databaseKey;
}

/** Puts one slot of another keyring into this one (checksum recomputed), as an attacker could. */
function transplantSlot(fromFile: string, intoFile: string, accountId: string): void {
  const from = JSON.parse(readFileSync(fromFile, 'utf8'));
  const into = JSON.parse(readFileSync(intoFile, 'utf8'));
  const slot = from.accounts.find((each: { accountId: string }) => each.accountId === accountId);
  into.accounts = [
    ...into.accounts.filter((each: { accountId: string }) => each.accountId !== accountId),
    slot,
  ];
  delete into.checksum;
  const canonical = (value: unknown): string =>
    Array.isArray(value)
      ? `[${value.map(canonical).join(',')}]`
      : typeof value === 'object' && value !== null
        ? `{${Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
            .join(',')}}`
        : JSON.stringify(value);
  into.checksum = createHash('sha256').update(canonical(into), 'utf8').digest('hex');
  writeFileSync(intoFile, JSON.stringify(into));
}

describe('Change the database key', () => {
  it('old keyrings stop opening today’s database; every active account and the recovery key still do', async () => {
    const clinic = await clinicWithStaff();
    const live = { db: join(clinic.dataDir, 'lantern.db'), keyring: join(clinic.dataDir, 'lantern.keyring') };
    const old = tempDir('old-backup-');
    copyFileSync(live.keyring, join(old, 'lantern.keyring')); // as a backup or clinic file keeps it
    const oldKey = await keyFrom(live.keyring, ADMIN.username, ADMIN.password);

    await clinic.call('accounts:deactivate', {
      accountId: clinic.ids.dee as string,
      reason: 'Left the clinic',
    });
    const result = await clinic.call('security:rotateDatabaseKey', {});
    expect(result.accounts).toBe(Object.keys(STAFF).length); // five staff + the administrator − dee

    // The administrator's session carries on under the new key.
    expect((await clinic.call('accounts:list', {})).length).toBeGreaterThan(1);
    const newKey = await keyFrom(live.keyring, ADMIN.username, ADMIN.password);
    expect(newKey.equals(oldKey)).toBe(false);
    expect(opens(live.db, newKey)).toBe(true);

    // The old keyring with the old password: the old key, which opens nothing of today's.
    expect(opens(live.db, await keyFrom(join(old, 'lantern.keyring'), ADMIN.username, ADMIN.password))).toBe(
      false,
    );
    // The departed employee, with an old keyring copy and their old password: nothing either.
    const deesOldKey = await keyFrom(join(old, 'lantern.keyring'), 'dee', STAFF.dee?.password as string);
    expect(deesOldKey.equals(oldKey)).toBe(true);
    expect(opens(live.db, deesOldKey)).toBe(false);
    // Nor by putting the old slot into today's keyring: it still seals only the old key.
    const grafted = join(tempDir(), 'lantern.keyring');
    copyFileSync(live.keyring, grafted);
    transplantSlot(join(old, 'lantern.keyring'), grafted, clinic.ids.dee as string);
    const graftedKey = await keyFrom(grafted, 'dee', STAFF.dee?.password as string).catch(() => null);
    expect(graftedKey === null || !opens(live.db, graftedKey)).toBe(true);

    // Every active account signs in with its own password; dee does not.
    for (const username of Object.keys(STAFF).filter((name) => name !== 'dee')) {
      expect((await clinic.as(username)).username).toBe(username);
    }
    await clinic.call('auth:signOut', {});
    expect(
      (await clinic.refuse('auth:signIn', { username: 'dee', password: STAFF.dee?.password })).code,
    ).toBe('wrong_credentials');
    // The recovery key printed at setup still works (its slot key was kept, the new key sealed under it).
    const recoveryKey = parseRecoveryKey(clinic.recoveryKey) as Buffer;
    expect(opens(live.db, await (await Keyring.load(live.keyring)).unlockWithRecoveryKey(recoveryKey))).toBe(
      true,
    );

    await clinic.as(ADMIN.username);
    const verification = await clinic.call('audit:verify', {});
    expect(verification.intact).toBe(true);
    const entries = await clinic.call('audit:list', { action: 'security.database_key_changed' });
    expect(entries.entries).toHaveLength(1);
    expect(entries.entries[0]?.details).toEqual({ reason: 'administrator', accounts: result.accounts });
  }, 60_000);

  it('a new recovery key changes the database key too: the old recovery key opens no copy of today’s data', async () => {
    const clinic = await clinicWithStaff();
    const live = { db: join(clinic.dataDir, 'lantern.db'), keyring: join(clinic.dataDir, 'lantern.keyring') };
    const old = join(tempDir(), 'lantern.keyring');
    copyFileSync(live.keyring, old);
    const oldRecovery = parseRecoveryKey(clinic.recoveryKey) as Buffer;

    const issued = await clinic.call('setup:regenerateRecoveryKey', {});
    expect(issued.databaseKeyChanged).toBe(true);
    expect(issued.session.recoveryKeyUnconfirmed).toBe(true);
    await clinic.call('setup:confirmRecoveryKey', { confirmed: true });

    const oldKeyViaOldRecovery = await (await Keyring.load(old)).unlockWithRecoveryKey(oldRecovery);
    expect(opens(live.db, oldKeyViaOldRecovery)).toBe(false);
    await expect((await Keyring.load(live.keyring)).unlockWithRecoveryKey(oldRecovery)).rejects.toThrow();
    const newRecovery = parseRecoveryKey(issued.recoveryKey) as Buffer;
    expect(opens(live.db, await (await Keyring.load(live.keyring)).unlockWithRecoveryKey(newRecovery))).toBe(
      true,
    );
    for (const username of Object.keys(STAFF)) expect((await clinic.as(username)).username).toBe(username);

    await clinic.as(ADMIN.username);
    const actions = (await clinic.call('audit:list', {})).entries.map((entry) => entry.action);
    expect(actions).toContain('security.database_key_changed');
    expect(actions).toContain('recovery_key.regenerated');
    expect((await clinic.call('audit:verify', {})).intact).toBe(true);
  }, 60_000);

  it('only administrators may change the key', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('sage');
    expect((await clinic.refuse('security:rotateDatabaseKey', {})).code).toBe('forbidden');
  }, 60_000);
});
