import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../src/main/db/open';
import { Keyring } from '../../../src/main/security/keyring';
import { STAFF, clinicWithStaff } from '../../helpers/clinic';
import { ADMIN, testLantern } from '../../helpers/lantern';

const ROUNDS = 8;

/** Runs the write loop until it has acknowledged a few saves, then SIGKILLs it at a random moment. */
function runAndKill(dataDir: string, prefix: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      join(__dirname, 'write-loop.ts'),
      dataDir,
      'cam',
      STAFF.cam?.password as string,
      prefix,
    ]);
    const acked: string[] = [];
    // Several acknowledgements can arrive in one chunk: schedule the kill once, on the first.
    let killScheduled = false;
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (acked.length > 0 && !killScheduled) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), 20 + Math.floor(Math.random() * 400));
      }
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`write loop ended by itself: ${errors}`)),
    );
  });
}

describe('crash safety', () => {
  it(`every acknowledged write survives a SIGKILL at a random moment (${ROUNDS} rounds)`, async () => {
    const clinic = await clinicWithStaff();
    clinic.core.close();
    const all: string[] = [];
    for (let round = 0; round < ROUNDS; round++) all.push(...(await runAndKill(clinic.dataDir, `R${round}`)));
    expect(all.length).toBeGreaterThanOrEqual(ROUNDS);

    const keyring = await Keyring.load(join(clinic.dataDir, 'lantern.keyring'));
    const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
    const db = openEncrypted(join(clinic.dataDir, 'lantern.db'), databaseKey.toString('hex'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const present = new Set(db.prepare('SELECT client_number FROM clients').pluck().all() as string[]);
      expect(all.filter((number) => !present.has(number))).toEqual([]);
    } finally {
      db.close();
    }
    // And Lantern itself opens normally afterwards.
    const reopened = testLantern({ dataDir: clinic.dataDir });
    await reopened.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    expect((await reopened.call('audit:verify', {})).intact).toBe(true);
  }, 120_000);
});
