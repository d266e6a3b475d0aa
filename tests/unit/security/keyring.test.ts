import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KDF, OWASP_MINIMUM_KDF } from '../../../src/main/security/kdf';
import { Keyring, KeyringError, type KeyringErrorCode } from '../../../src/main/security/keyring';
import { generateRecoveryKey, parseRecoveryKey } from '../../../src/main/security/recovery-key';

const kdf = OWASP_MINIMUM_KDF;
const ALICE = {
  accountId: '01900000-0000-7000-8000-00000000a11c',
  username: 'Alice',
  password: 'alice pw 1',
};
const BOB = { accountId: '01900000-0000-7000-8000-000000000b0b', username: 'bob', password: 'bob pw 1' };
const CAROL = {
  accountId: '01900000-0000-7000-8000-0000000ca401',
  username: 'carol',
  password: 'carol pw 1',
};

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

async function setup(options: { withBob?: boolean } = {}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-'));
  folders.push(folder);
  const file = path.join(folder, 'lantern.keyring');
  const databaseKey = randomBytes(32);
  const recovery = generateRecoveryKey();
  const keyring = await Keyring.create(file, {
    clinicName: 'Riverbend Community Services',
    databaseKey,
    account: ALICE,
    recoveryKey: recovery.bytes,
    kdf,
  });
  if (options.withBob) await keyring.setAccountPassword({ ...BOB, databaseKey }, kdf);
  return { folder, file, databaseKey, recovery, keyring };
}

/** The error a promise rejects with, checked to be a KeyringError with the expected code. */
async function keyringError(promise: Promise<unknown>, code: KeyringErrorCode): Promise<KeyringError> {
  const error = await promise.then(
    () => expect.fail(`expected KeyringError('${code}') but the call succeeded`),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(KeyringError);
  expect((error as KeyringError).code).toBe(code);
  return error as KeyringError;
}

// The on-disk format is documented in keyring.ts; tests that forge a file follow it independently.
type Json = Record<string, unknown> & { accounts: Array<Record<string, unknown>> };
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Json;

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

/** Writes a forged document with a valid checksum, as a deliberate attacker could. */
function writeForged(file: string, document: Json): void {
  const { checksum: _old, ...body } = document;
  const checksum = createHash('sha256').update(canonical(body)).digest('hex');
  fs.writeFileSync(file, JSON.stringify({ ...body, checksum }, null, 2));
}

function slotOf(document: Json, accountId: string): Record<string, unknown> {
  const slot = document.accounts.find((candidate) => candidate.accountId === accountId);
  if (!slot) throw new Error(`no slot for ${accountId}`);
  return slot;
}

function flipOneBase64Char(text: string): string {
  const at = 5;
  return text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
}

describe('Keyring: signing in with a password', () => {
  it('opens with the right password and returns the account and the database key', async () => {
    const { keyring, databaseKey } = await setup();
    const unlocked = await keyring.unlockWithPassword('Alice', ALICE.password);
    expect(unlocked.accountId).toBe(ALICE.accountId);
    expect(unlocked.databaseKey.equals(databaseKey)).toBe(true);
  });

  it('ignores case and surrounding spaces in the username, but not in the password', async () => {
    const { keyring } = await setup();
    expect((await keyring.unlockWithPassword('  ALICE ', ALICE.password)).accountId).toBe(ALICE.accountId);
    await keyringError(
      keyring.unlockWithPassword('alice', ALICE.password.toUpperCase()),
      'wrong_credentials',
    );
    await keyringError(keyring.unlockWithPassword('alice', ` ${ALICE.password}`), 'wrong_credentials');
  });

  it('refuses a wrong password and an unknown username with the same error', async () => {
    const { keyring } = await setup();
    const wrongPassword = await keyringError(
      keyring.unlockWithPassword('alice', 'not it'),
      'wrong_credentials',
    );
    const unknownUser = await keyringError(
      keyring.unlockWithPassword('mallory', ALICE.password),
      'wrong_credentials',
    );
    expect(unknownUser.message).toBe(wrongPassword.message);
  });

  it('opens the same way after being loaded again from disk', async () => {
    const { file, databaseKey } = await setup({ withBob: true });
    const reloaded = await Keyring.load(file);
    expect(reloaded.clinicName).toBe('Riverbend Community Services');
    expect(reloaded.accountIds().sort()).toEqual([ALICE.accountId, BOB.accountId].sort());
    expect((await reloaded.unlockWithPassword('bob', BOB.password)).databaseKey.equals(databaseKey)).toBe(
      true,
    );
  });

  it('stores neither usernames, passwords nor the database key in readable form', async () => {
    const { file, databaseKey, recovery } = await setup({ withBob: true });
    const text = fs.readFileSync(file, 'utf8');
    // Every readable value (not a long base64 or hex blob, where "bob" may turn up by chance).
    const readable = [...text.matchAll(/"([^"]*)"/g)]
      .map((match) => (match[1] ?? '').toLowerCase())
      .filter((value) => value.length < 16 || !/^[A-Za-z0-9+/]+=*$/.test(value));
    expect(readable).toContain('riverbend community services'); // the filter does keep plain text
    for (const name of ['alice', 'bob']) expect(readable.filter((value) => value.includes(name))).toEqual([]);
    for (const password of [ALICE.password, BOB.password]) expect(text).not.toContain(password); // has spaces
    for (const key of [databaseKey, recovery.bytes]) {
      expect(text).not.toContain(key.toString('hex'));
      expect(text).not.toContain(key.toString('base64'));
    }
  });

  it('records a format name, version and per-slot KDF parameters; DEFAULT_KDF when none is given', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-'));
    folders.push(folder);
    const file = path.join(folder, 'k.keyring');
    const databaseKey = randomBytes(32);
    const keyring = await Keyring.create(file, {
      clinicName: 'Default KDF clinic',
      databaseKey,
      account: ALICE,
      recoveryKey: randomBytes(32),
    });
    const document = readJson(file);
    expect(document.format).toBe('lantern-keyring');
    expect(document.version).toBe(2);
    expect(document.accounts[0]?.kdf).toEqual(DEFAULT_KDF);
    expect((await keyring.unlockWithPassword('alice', ALICE.password)).databaseKey.equals(databaseKey)).toBe(
      true,
    );
  });
});

describe('Keyring: recovery key', () => {
  it('opens with the recovery key, also when typed back from its printed form', async () => {
    const { keyring, databaseKey, recovery } = await setup();
    expect((await keyring.unlockWithRecoveryKey(recovery.bytes)).equals(databaseKey)).toBe(true);
    const typed = parseRecoveryKey(recovery.display.toLowerCase().replaceAll('-', ' '));
    expect(typed).not.toBeNull();
    expect((await keyring.unlockWithRecoveryKey(typed ?? Buffer.alloc(0))).equals(databaseKey)).toBe(true);
  });

  it('refuses a wrong recovery key, a garbled one and one of the wrong length', async () => {
    const { keyring, recovery } = await setup();
    await keyringError(keyring.unlockWithRecoveryKey(randomBytes(32)), 'wrong_credentials');
    const oneBitOff = Buffer.from(recovery.bytes);
    oneBitOff[0] = (oneBitOff[0] ?? 0) ^ 1;
    await keyringError(keyring.unlockWithRecoveryKey(oneBitOff), 'wrong_credentials');
    await keyringError(keyring.unlockWithRecoveryKey(recovery.bytes.subarray(0, 31)), 'wrong_credentials');
    expect(parseRecoveryKey(recovery.display.slice(0, -2))).toBeNull();
  });

  it('replacing the recovery key retires the old one', async () => {
    const { file, keyring, databaseKey, recovery } = await setup();
    const next = generateRecoveryKey();
    await keyring.replaceRecoveryKey(next.bytes, databaseKey);
    const reloaded = await Keyring.load(file);
    await keyringError(reloaded.unlockWithRecoveryKey(recovery.bytes), 'wrong_credentials');
    expect((await reloaded.unlockWithRecoveryKey(next.bytes)).equals(databaseKey)).toBe(true);
  });
});

describe('Keyring: managing accounts', () => {
  it('a password change retires the old password and leaves other accounts alone', async () => {
    const { file, keyring, databaseKey } = await setup({ withBob: true });
    await keyring.setAccountPassword({ ...ALICE, password: 'alice pw 2', databaseKey }, kdf);
    for (const ring of [keyring, await Keyring.load(file)]) {
      await keyringError(ring.unlockWithPassword('alice', ALICE.password), 'wrong_credentials');
      expect((await ring.unlockWithPassword('alice', 'alice pw 2')).accountId).toBe(ALICE.accountId);
      expect((await ring.unlockWithPassword('bob', BOB.password)).accountId).toBe(BOB.accountId);
      expect(ring.accountIds()).toHaveLength(2);
    }
  });

  it('a username change moves the slot to the new name', async () => {
    const { keyring, databaseKey } = await setup();
    await keyring.setAccountPassword({ ...ALICE, username: 'alice.smith', databaseKey }, kdf);
    await keyringError(keyring.unlockWithPassword('alice', ALICE.password), 'wrong_credentials');
    expect((await keyring.unlockWithPassword('Alice.Smith', ALICE.password)).accountId).toBe(ALICE.accountId);
  });

  it('a deactivated account can no longer open the keyring', async () => {
    const { file, keyring } = await setup({ withBob: true });
    expect(keyring.hasAccount(BOB.accountId)).toBe(true);
    await keyring.removeAccount(BOB.accountId);
    const reloaded = await Keyring.load(file);
    for (const ring of [keyring, reloaded]) {
      expect(ring.hasAccount(BOB.accountId)).toBe(false);
      expect(ring.accountIds()).toEqual([ALICE.accountId]);
      await keyringError(ring.unlockWithPassword('bob', BOB.password), 'wrong_credentials');
      expect((await ring.unlockWithPassword('alice', ALICE.password)).accountId).toBe(ALICE.accountId);
    }
    await keyringError(reloaded.removeAccount(BOB.accountId), 'slot_not_found');
  });

  it('refuses a username another account already uses, and changes nothing', async () => {
    const { file, keyring, databaseKey } = await setup({ withBob: true });
    const before = fs.readFileSync(file);
    await keyringError(
      keyring.setAccountPassword({ ...CAROL, username: ' BOB', databaseKey }, kdf),
      'already_exists',
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(keyring.hasAccount(CAROL.accountId)).toBe(false);
  });

  it('refuses to wrap a database key that is not this keyring’s, and changes nothing', async () => {
    const { file, keyring } = await setup();
    const before = fs.readFileSync(file);
    await expect(keyring.setAccountPassword({ ...BOB, databaseKey: randomBytes(32) }, kdf)).rejects.toThrow(
      /does not belong to this keyring/,
    );
    await expect(keyring.replaceRecoveryKey(randomBytes(32), randomBytes(32))).rejects.toThrow(
      /does not belong to this keyring/,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses KDF parameters below the OWASP minimum when writing a slot', async () => {
    const { file, keyring, databaseKey } = await setup();
    const weak = { ...kdf, memoryKiB: 1024 };
    await expect(keyring.setAccountPassword({ ...BOB, databaseKey }, weak)).rejects.toThrow(RangeError);
    expect(keyring.hasAccount(BOB.accountId)).toBe(false);
    expect((await Keyring.load(file)).hasAccount(BOB.accountId)).toBe(false);
  });

  it('keeps every change when several are made at once', async () => {
    const { file, keyring, databaseKey } = await setup();
    await Promise.all([
      keyring.setAccountPassword({ ...BOB, databaseKey }, kdf),
      keyring.setAccountPassword({ ...CAROL, databaseKey }, kdf),
      keyring.setClinicName('Riverbend East'),
    ]);
    const reloaded = await Keyring.load(file);
    expect(reloaded.accountIds().sort()).toEqual([ALICE.accountId, BOB.accountId, CAROL.accountId].sort());
    expect(reloaded.clinicName).toBe('Riverbend East');
  });

  it('keeps the clinic name as readable metadata and validates it', async () => {
    const { file, keyring } = await setup();
    await keyring.setClinicName('  Hope House  ');
    expect(keyring.clinicName).toBe('Hope House');
    expect((await Keyring.load(file)).clinicName).toBe('Hope House');
    await expect(keyring.setClinicName('   ')).rejects.toThrow(RangeError);
    expect(keyring.clinicName).toBe('Hope House');
  });
});

describe('Keyring: slots are bound to their account', () => {
  it("a slot copied onto another account's name does not open", async () => {
    const { file } = await setup({ withBob: true });
    const document = readJson(file);
    const alice = slotOf(document, ALICE.accountId);
    const bob = slotOf(document, BOB.accountId);
    // Bob's whole slot (salt, KDF, ciphertext) placed under Alice's account and username lookup.
    document.accounts = [{ ...bob, accountId: alice.accountId, lookup: alice.lookup }];
    writeForged(file, document);
    const forged = await Keyring.load(file);
    await keyringError(forged.unlockWithPassword('alice', BOB.password), 'wrong_credentials');
    await keyringError(forged.unlockWithPassword('alice', ALICE.password), 'wrong_credentials');
  });

  it('relabelling a slot with another account id does not open', async () => {
    const { file } = await setup({ withBob: true });
    const document = readJson(file);
    const alice = slotOf(document, ALICE.accountId);
    const bob = slotOf(document, BOB.accountId);
    // Bob keeps his own slot but claims to be Alice: without the binding he would sign in as her.
    document.accounts = [{ ...bob, accountId: alice.accountId }];
    writeForged(file, document);
    await keyringError(
      (await Keyring.load(file)).unlockWithPassword('bob', BOB.password),
      'wrong_credentials',
    );
  });

  it('a genuine slot from a different keyring is detected, not accepted', async () => {
    const first = await setup();
    const second = await setup();
    const document = readJson(second.file);
    document.recovery = readJson(first.file).recovery; // opens with first's recovery key, holds first's key
    writeForged(second.file, document);
    const error = await keyringError(
      (await Keyring.load(second.file)).unlockWithRecoveryKey(first.recovery.bytes),
      'keyring_corrupt',
    );
    expect(error.message).toMatch(/do not agree/);
  });

  it('a ciphertext altered by someone who also fixed the checksum still does not open', async () => {
    const { file } = await setup();
    const document = readJson(file);
    const slot = document.accounts[0] as { sealed: { ciphertext: string } };
    slot.sealed.ciphertext = flipOneBase64Char(slot.sealed.ciphertext);
    writeForged(file, document);
    await keyringError(
      (await Keyring.load(file)).unlockWithPassword('alice', ALICE.password),
      'wrong_credentials',
    );
  });
});

describe('Keyring: damaged or missing files', () => {
  const corruptions: Array<[name: string, damage: (original: Buffer) => Buffer | string, reason: RegExp]> = [
    ['truncated', (original) => original.subarray(0, Math.floor(original.length / 2)), /not valid JSON/],
    ['empty', () => '', /empty/],
    ['invalid JSON', () => '{ "format": "lantern-keyring", ', /not valid JSON/],
    ['not UTF-8', () => Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /not valid JSON/],
    ['some other JSON', () => '{"hello": "world"}', /not a Lantern keyring/],
    [
      'tampered ciphertext',
      (original) => {
        const document = JSON.parse(original.toString('utf8')) as Json;
        const slot = document.accounts[0] as { sealed: { ciphertext: string } };
        slot.sealed.ciphertext = flipOneBase64Char(slot.sealed.ciphertext);
        return JSON.stringify(document);
      },
      /checksum does not match/,
    ],
    [
      'edited clinic name',
      (original) => original.toString('utf8').replace('Riverbend', 'Elsewhere'),
      /checksum does not match/,
    ],
  ];

  it.each(corruptions)(
    '%s → keyring_corrupt, and the file is left as it was',
    async (_name, damage, reason) => {
      const { file, folder } = await setup();
      fs.writeFileSync(file, damage(fs.readFileSync(file)));
      const before = fs.readFileSync(file);
      const error = await keyringError(Keyring.load(file), 'keyring_corrupt');
      expect(error.message).toMatch(reason);
      expect(error.message).toMatch(/Restore it from a backup/);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(fs.readdirSync(folder)).toEqual(['lantern.keyring']);
    },
  );

  // Forged with a valid checksum, so each check is shown to work on its own.
  const forgeries: Array<[name: string, forge: (document: Json) => void, reason: RegExp]> = [
    ['a newer version', (d) => (d.version = 3), /newer version of Lantern/],
    ['an unknown older version', (d) => (d.version = 0), /format version \(0\) is not supported/],
    [
      'KDF memory below the minimum',
      (d) => setKdf(d, { memoryKiB: 1024 }),
      /memory \(1024\) is below the minimum/,
    ],
    ['KDF iterations below the minimum', (d) => setKdf(d, { iterations: 1 }), /iterations \(1\) is below/],
    ['an absurd KDF memory size', (d) => setKdf(d, { memoryKiB: 2 ** 31 }), /above the maximum/],
    ['a different KDF algorithm', (d) => setKdf(d, { algorithm: 'pbkdf2' }), /accounts\.0\.kdf\.algorithm/],
    ['a short IV', (d) => setSealed(d, { iv: 'AAAA' }), /accounts\.0\.sealed\.iv: must be 12 bytes/],
    ['an unknown field', (d) => (d.note = 'hi'), /Unrecognized key/],
    ['a missing recovery slot', (d) => delete d.recovery, /recovery/],
    ['two slots for one account', (d) => d.accounts.push({ ...d.accounts[0] }), /same account/],
  ];

  it.each(forgeries)('%s → keyring_corrupt, and the file is left as it was', async (_name, forge, reason) => {
    const { file } = await setup();
    const document = readJson(file);
    forge(document);
    writeForged(file, document);
    const before = fs.readFileSync(file);
    const error = await keyringError(Keyring.load(file), 'keyring_corrupt');
    expect(error.message).toMatch(reason);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a missing file → keyring_missing, and nothing is created', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-'));
    folders.push(folder);
    const file = path.join(folder, 'lantern.keyring');
    expect(Keyring.exists(file)).toBe(false);
    const error = await keyringError(Keyring.load(file), 'keyring_missing');
    expect(error.message).toContain(file);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

function setKdf(document: Json, change: Record<string, unknown>): void {
  const slot = document.accounts[0] as { kdf: Record<string, unknown> };
  slot.kdf = { ...slot.kdf, ...change };
}

function setSealed(document: Json, change: Record<string, unknown>): void {
  const slot = document.accounts[0] as { sealed: Record<string, unknown> };
  slot.sealed = { ...slot.sealed, ...change };
}

describe('Keyring: writing the file', () => {
  it('create refuses to overwrite an existing keyring or any other file', async () => {
    const { file, folder, databaseKey } = await setup();
    const other = path.join(folder, 'notes.txt');
    fs.writeFileSync(other, 'not a keyring');
    for (const target of [file, other]) {
      const before = fs.readFileSync(target);
      await keyringError(
        Keyring.create(target, {
          clinicName: 'X',
          databaseKey,
          account: BOB,
          recoveryKey: randomBytes(32),
          kdf,
        }),
        'already_exists',
      );
      expect(fs.readFileSync(target).equals(before)).toBe(true);
    }
    expect(fs.readdirSync(folder).sort()).toEqual(['lantern.keyring', 'notes.txt']);
  });

  it('leaves no temp files behind and keeps the file private to its owner', async () => {
    const { file, folder, keyring, databaseKey } = await setup({ withBob: true });
    await keyring.setClinicName('Renamed');
    await keyring.removeAccount(BOB.accountId);
    await keyring.replaceRecoveryKey(randomBytes(32), databaseKey);
    expect(fs.readdirSync(folder)).toEqual(['lantern.keyring']);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('clears a temp file left by an earlier crash, but not one that may still be in use', async () => {
    const { folder, keyring } = await setup();
    const crashed = path.join(folder, 'lantern.keyring.0123456789ab.tmp');
    const inFlight = path.join(folder, 'lantern.keyring.ba9876543210.tmp');
    const unrelated = path.join(folder, 'lantern.keyring.backup.tmp');
    for (const leftover of [crashed, inFlight, unrelated]) fs.writeFileSync(leftover, '{"half": ');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(crashed, anHourAgo, anHourAgo);
    fs.utimesSync(unrelated, anHourAgo, anHourAgo);
    await keyring.setClinicName('After the crash');
    expect(fs.readdirSync(folder).sort()).toEqual(
      ['lantern.keyring', 'lantern.keyring.backup.tmp', 'lantern.keyring.ba9876543210.tmp'].sort(),
    );
  });

  it('a write that fails leaves the file, the folder and the keyring in memory as they were', async () => {
    const { file, folder, keyring } = await setup();
    // Put a non-empty folder where the keyring was, so moving the new file into place must fail.
    const original = fs.readFileSync(file);
    fs.rmSync(file);
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'blocker'), '');
    await expect(keyring.setClinicName('Never written')).rejects.toThrow();
    expect(keyring.clinicName).toBe('Riverbend Community Services');
    expect(fs.readdirSync(folder)).toEqual(['lantern.keyring']);
    fs.rmSync(file, { recursive: true });
    fs.writeFileSync(file, original);
    await keyring.setClinicName('Written after all'); // a failed change does not block later ones
    expect((await Keyring.load(file)).clinicName).toBe('Written after all');
  });

  it('a process killed mid-write always leaves a whole keyring, old or new', async () => {
    const { file, databaseKey } = await setup();
    const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
    const keyringModule = path.join(repoRoot, 'src/main/security/keyring.ts');
    const writer = path.join(path.dirname(file), 'writer.mts');
    fs.writeFileSync(
      writer,
      `import { Keyring } from ${JSON.stringify(keyringModule)};
       const keyring = await Keyring.load(process.argv[2]);
       console.log('ready');
       for (let i = 1; ; i++) await keyring.setClinicName('Clinic ' + i);`,
    );
    let highestSeen = 0;
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', writer, file], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        child.on('exit', (code) => reject(new Error(`writer exited early (${code})`)));
      });
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150));
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      const survivor = await Keyring.load(file); // throws keyring_corrupt if a write was torn
      expect(survivor.clinicName).toMatch(/^(Riverbend Community Services|Clinic \d+)$/);
      highestSeen = Math.max(highestSeen, Number(/\d+$/.exec(survivor.clinicName)?.[0] ?? 0));
      expect(
        (await survivor.unlockWithPassword('alice', ALICE.password)).databaseKey.equals(databaseKey),
      ).toBe(true);
    }
    expect(highestSeen).toBeGreaterThan(0); // the kills really did land among writes
  });
});
