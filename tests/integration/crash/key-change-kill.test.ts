import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../src/main/db/open';
import { Keyring } from '../../../src/main/security/keyring';
import { parseRecoveryKey } from '../../../src/main/security/recovery-key';
import { STAFF, client, clinicWithStaff } from '../../helpers/clinic';
import { ADMIN, testLantern } from '../../helpers/lantern';

const ROUNDS = 10;

/** Starts the key-change loop and SIGKILLs it at a random moment once it is changing keys. */
function runAndKill(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      join(__dirname, 'key-change-loop.ts'),
      dataDir,
      ADMIN.username,
      ADMIN.password,
    ]);
    let changed = 0;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      changed += text.split('changed').length - 1;
      if (text.includes('ready')) setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 600));
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve(changed)
        : reject(new Error(`key-change loop ended by itself: ${errors}`)),
    );
  });
}

describe('crash safety of a database key change', () => {
  it(`a SIGKILL at a random moment leaves a database that opens with the keyring beside it (${ROUNDS} rounds)`, async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const clients = 40;
    for (let i = 0; i < clients; i++) {
      await clinic.call('clients:create', {
        client: client({ legalLastName: `Kill${i}` }),
        duplicatesReviewed: true,
      });
    }
    clinic.core.close();
    const recoveryKey = parseRecoveryKey(clinic.recoveryKey) as Buffer;
    const files = {
      db: join(clinic.dataDir, 'lantern.db'),
      keyring: join(clinic.dataDir, 'lantern.keyring'),
    };

    let completed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      completed += await runAndKill(clinic.dataDir);
      const leftover = [
        'key-change.json',
        'lantern.db.rekeyed',
        'lantern.keyring.rekeyed',
        'lantern.db-journal',
        'lantern.db-wal',
      ].filter((name) => existsSync(join(clinic.dataDir, name)));
      if (process.env.DEBUG_KILL)
        console.log(`round ${round}: left behind ${leftover.join(', ') || 'nothing'}`);
      // The next start finishes a committed change or discards an uncommitted one…
      const restarted = testLantern({ dataDir: clinic.dataDir });
      expect(existsSync(join(clinic.dataDir, 'key-change.json'))).toBe(false);
      expect(existsSync(join(clinic.dataDir, 'lantern.db.rekeyed'))).toBe(false);
      expect(existsSync(join(clinic.dataDir, 'lantern.keyring.rekeyed'))).toBe(false);
      // …and the keyring beside the database opens it, by password and by recovery key alike.
      const keyring = await Keyring.load(files.keyring);
      for (const key of [
        (await keyring.unlockWithPassword(ADMIN.username, ADMIN.password)).databaseKey,
        await keyring.unlockWithRecoveryKey(recoveryKey),
      ]) {
        // Opened as Lantern opens it, read-write: a kill just after the swap, while the new file
        // turns from its copy's rollback journal to WAL, leaves a hot journal that only a
        // read-write connection may roll back (a read-only one reports the file unreadable).
        const db = openEncrypted(files.db, key);
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        } finally {
          db.close();
        }
      }
      await restarted.call('auth:signIn', { username: 'cam', password: STAFF.cam?.password as string });
      expect((await restarted.call('caseload:list', {})).total).toBeGreaterThan(0);
      await restarted.call('auth:signOut', {});
      await restarted.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
      expect((await restarted.call('audit:verify', {})).intact).toBe(true);
      expect(
        (await restarted.call('audit:list', { action: 'client.created', limit: 500 })).entries,
      ).toHaveLength(clients);
      restarted.core.close();
    }
    // The kills must not all have fallen before the first change got anywhere.
    expect(completed).toBeGreaterThan(0);
  }, 240_000);
});
