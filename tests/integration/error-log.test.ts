import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicContext } from '../../src/main/api/context';
import { createRouter } from '../../src/main/api/router';
import type { ErrorReport } from '../../src/main/api/error-report';
import { createLantern } from '../../src/main/core/lantern';
import { SerialQueue } from '../../src/main/core/serial-queue';
import { openClinicDatabase } from '../../src/main/db/clinic-database';
import { OWASP_MINIMUM_KDF } from '../../src/main/security/kdf';
import { Keyring } from '../../src/main/security/keyring';
import { channel } from '../../src/shared/contracts/channel';
import { ADMIN } from '../helpers/lantern';
import { tempDir } from '../helpers/temp-dir';

/** Client text that must never reach a log: a name and a phone number. */
const CLIENT_TEXT = 'Quillon Marrowby 555-867-5309';
const PLANTED = ['Quillon', 'Marrowby', '867', '5309'];

function expectNoClientText(log: unknown[]): void {
  // inspect, not JSON: it shows an Error's message and stack, should one be logged raw.
  const text = inspect(log, { depth: 10 });
  for (const part of PLANTED) expect(text).not.toContain(part);
}

describe('errors the router logs', () => {
  it('carry no client text from a damaged stored record (a real JSON parse error through the core)', async () => {
    const dataDir = tempDir();
    const log: { channel: string; report: unknown }[] = [];
    const options = {
      dataDir,
      defaultBackupFolder: tempDir('lantern-backups-'),
      defaultExportFolder: tempDir('lantern-exports-'),
      kdf: OWASP_MINIMUM_KDF,
      logError: (channel: string, report: unknown) => log.push({ channel, report }),
    };
    const core = createLantern(options);
    const ok = async (name: string, input: unknown) => {
      const result = await core.invoke(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
      return result.value;
    };
    await ok('setup:create', { ...ADMIN, passwordConfirm: ADMIN.password });
    await ok('setup:confirmRecoveryKey', { confirmed: true });
    await ok('drafts:save', { key: 'client:new', payload: { legalFirstName: CLIENT_TEXT } });
    await ok('auth:signOut', {});

    // Damage the stored draft so that reading it fails while quoting it.
    const keyring = await Keyring.load(join(dataDir, 'lantern.keyring'));
    const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
    const { db } = openClinicDatabase(join(dataDir, 'lantern.db'), databaseKey, {
      preMigrationDir: join(dataDir, 'pre-migration'),
    });
    db.prepare('UPDATE drafts SET payload = ?').run(`{"legalFirstName": ${CLIENT_TEXT}, "phones": []}`);
    db.close();

    await ok('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const result = await core.invoke('drafts:get', { key: 'client:new' });
    expect(result.ok || result.error.code).toBe('internal');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ channel: 'drafts:get', report: { errorClass: 'SyntaxError' } });
    expectNoClientText(log);
    core.close();
  });

  it('carry no client text from output-check, file or parse errors, yet say what failed', async () => {
    const log: { channel: string; report: ErrorReport }[] = [];
    const dir = tempDir();
    const contract = {
      'test:output': channel({
        input: z.unknown(),
        output: z.object({ phone: z.number() }),
        access: 'public',
      }),
      'test:file': channel({ input: z.unknown(), output: z.null(), access: 'public' }),
      'test:parse': channel({ input: z.unknown(), output: z.null(), access: 'public' }),
    };
    const invoke = createRouter(
      contract,
      {
        // A value that fails the output contract, carrying client text where the number belongs.
        'test:output': () => ({ phone: CLIENT_TEXT }),
        // A file named after a client that is not there: Node's message quotes the path.
        'test:file': () => readFileSync(join(dir, `${CLIENT_TEXT}.json`)),
        'test:parse': () => JSON.parse(`{"name": "${CLIENT_TEXT}"`),
      },
      {
        queue: new SerialQueue(),
        session: () => null,
        context: () => publicContext({ now: new Date(), emit: () => undefined }),
        logError: (c, report) => log.push({ channel: c, report }),
      },
    );
    for (const name of Object.keys(contract)) {
      const result = await invoke(name, {});
      expect(result.ok || result.error.code, name).toBe('internal');
    }
    expectNoClientText(log);
    expect(log.map((entry) => [entry.channel, entry.report.errorClass, entry.report.code])).toEqual([
      ['test:output', 'ZodError', null],
      ['test:file', 'Error', 'ENOENT'],
      ['test:parse', 'SyntaxError', null],
    ]);
    expect(log[0]?.report.message).toBe('1 issue(s): invalid_type at phone');
    expect(log[1]?.report.message).toMatch(/^ENOENT: no such file or directory, open …$/);
    // Thrown errors keep where they came from (the output check is the router's own).
    expect(log.slice(1).every((entry) => entry.report.stack.length > 0)).toBe(true);
  });
});
