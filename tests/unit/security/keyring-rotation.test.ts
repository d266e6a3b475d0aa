import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveKey, OWASP_MINIMUM_KDF } from '../../../src/main/security/kdf';
import { Keyring, OutdatedSlotsError } from '../../../src/main/security/keyring';
import {
  databaseKeyCheck,
  lookupFor,
  recoveryWrappingKey,
  sealVersion1Slot,
} from '../../../src/main/security/keyring-crypto';
import { generateRecoveryKey } from '../../../src/main/security/recovery-key';
import { tempDir } from '../../helpers/temp-dir';

const kdf = OWASP_MINIMUM_KDF;
const ALICE = {
  accountId: '01900000-0000-7000-8000-00000000a11c',
  username: 'alice',
  password: 'alice pw 1',
};
const BOB = { accountId: '01900000-0000-7000-8000-000000000b0b', username: 'bob', password: 'bob pw 1' };

type Json = Record<string, unknown> & { accounts: Array<Record<string, unknown>> };

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function writeWithChecksum(file: string, document: Json): void {
  delete document.checksum;
  document.checksum = createHash('sha256').update(canonical(document), 'utf8').digest('hex');
  fs.writeFileSync(file, JSON.stringify(document));
}

async function keyringWithAliceAndBob() {
  const file = path.join(tempDir(), 'lantern.keyring');
  const databaseKey = randomBytes(32);
  const recovery = generateRecoveryKey();
  const keyring = await Keyring.create(file, {
    clinicName: 'Riverbend',
    databaseKey,
    account: ALICE,
    recoveryKey: recovery.bytes,
    kdf,
  });
  await keyring.setAccountPassword({ ...BOB, databaseKey }, kdf);
  return { file, databaseKey, recovery, keyring };
}

describe('Keyring: a new database key for every slot', () => {
  it('rotated() seals the new key into every slot and the recovery slot; the old document still gives only the old key', async () => {
    const { file, databaseKey, recovery, keyring } = await keyringWithAliceAndBob();
    const nextKey = randomBytes(32);
    const rotated = path.join(path.dirname(file), 'rotated.keyring');
    fs.writeFileSync(rotated, keyring.rotated(databaseKey, nextKey).text);

    const next = await Keyring.load(rotated);
    expect((await next.unlockWithPassword('alice', ALICE.password)).databaseKey.equals(nextKey)).toBe(true);
    expect((await next.unlockWithPassword('bob', BOB.password)).databaseKey.equals(nextKey)).toBe(true);
    expect((await next.unlockWithRecoveryKey(recovery.bytes)).equals(nextKey)).toBe(true);
    const old = await Keyring.load(file);
    expect((await old.unlockWithPassword('alice', ALICE.password)).databaseKey.equals(databaseKey)).toBe(
      true,
    );
  });

  it('refuses to rotate from a key that is not this keyring’s', async () => {
    const { keyring } = await keyringWithAliceAndBob();
    expect(() => keyring.rotated(randomBytes(32), randomBytes(32))).toThrow(/does not belong/);
  });

  it('a password change gives the slot a fresh slot key: the old password’s slot key does not follow a rotation', async () => {
    const { file, databaseKey, keyring } = await keyringWithAliceAndBob();
    const before = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
    await keyring.setAccountPassword({ ...BOB, password: 'bob pw 2', databaseKey }, kdf);
    const nextKey = randomBytes(32);
    const after = JSON.parse(keyring.rotated(databaseKey, nextKey).text) as Json;
    // Graft bob's old outer seal (old password) onto his rotated slot: it must not open the new key.
    const oldSlot = before.accounts.find((slot) => slot.accountId === BOB.accountId) as Record<
      string,
      unknown
    >;
    after.accounts = after.accounts.map((slot) =>
      slot.accountId === BOB.accountId ? { ...slot, sealed: oldSlot.sealed, salt: oldSlot.salt } : slot,
    );
    const grafted = path.join(path.dirname(file), 'grafted.keyring');
    writeWithChecksum(grafted, after);
    await expect((await Keyring.load(grafted)).unlockWithPassword('bob', BOB.password)).rejects.toMatchObject(
      {
        code: 'wrong_credentials',
      },
    );
  });

  it('a slot stripped of its inner seals does not pass for a version 1 slot', async () => {
    const { file } = await keyringWithAliceAndBob();
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
    const alice = document.accounts.find((slot) => slot.accountId === ALICE.accountId) as Record<
      string,
      unknown
    >;
    delete alice.sealedDatabaseKey;
    delete alice.sealedSlotKey;
    writeWithChecksum(file, document);
    await expect(
      (await Keyring.load(file)).unlockWithPassword('alice', ALICE.password),
    ).rejects.toMatchObject({
      code: 'wrong_credentials',
    });
  });
});

describe('Keyring: version 1 files (the database key sealed straight under the password)', () => {
  async function version1Keyring() {
    const file = path.join(tempDir(), 'lantern.keyring');
    const databaseKey = randomBytes(32);
    const recovery = generateRecoveryKey();
    const lookupSalt = randomBytes(32).toString('base64');
    const lookup = lookupFor(lookupSalt, ALICE.username);
    const salt = randomBytes(16);
    const wrappingKey = await deriveKey(ALICE.password, salt, kdf);
    const hkdfSalt = randomBytes(32);
    const document: Json = {
      format: 'lantern-keyring',
      version: 1,
      clinicName: 'Riverbend',
      lookupSalt,
      databaseKeyCheck: databaseKeyCheck(databaseKey).toString('base64'),
      accounts: [
        {
          accountId: ALICE.accountId,
          lookup,
          kdf,
          salt: salt.toString('base64'),
          sealed: sealVersion1Slot(wrappingKey, databaseKey, {
            kind: 'account',
            accountId: ALICE.accountId,
            lookup,
          }),
        },
      ],
      recovery: {
        hkdfSalt: hkdfSalt.toString('base64'),
        sealed: sealVersion1Slot(recoveryWrappingKey(recovery.bytes, hkdfSalt), databaseKey, {
          kind: 'recovery',
        }),
      },
    };
    writeWithChecksum(file, document);
    return { file, databaseKey, recovery };
  }

  it('still opens, cannot follow a new key, and is upgraded at its owner’s next sign-in', async () => {
    const { file, databaseKey, recovery } = await version1Keyring();
    const keyring = await Keyring.load(file);
    expect(keyring.outdatedSlots()).toEqual({ accountIds: [ALICE.accountId], recovery: true });
    const error = (() => {
      try {
        keyring.rotated(databaseKey, randomBytes(32));
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(OutdatedSlotsError);
    expect(error).toMatchObject({ accountIds: [ALICE.accountId], recovery: true });

    expect((await keyring.unlockWithPassword('alice', ALICE.password)).databaseKey.equals(databaseKey)).toBe(
      true,
    );
    expect((await keyring.unlockWithRecoveryKey(recovery.bytes)).equals(databaseKey)).toBe(true);
    const upgraded = await Keyring.load(file);
    expect(upgraded.outdatedSlots()).toEqual({ accountIds: [], recovery: false });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).version).toBe(2);
    const nextKey = randomBytes(32);
    fs.writeFileSync(file, upgraded.rotated(databaseKey, nextKey).text);
    expect(
      (await (await Keyring.load(file)).unlockWithPassword('alice', ALICE.password)).databaseKey.equals(
        nextKey,
      ),
    ).toBe(true);
  });
});
