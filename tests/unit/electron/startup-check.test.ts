import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainStartupFailure, probeDatabaseEngine } from '../../../src/main/electron/startup-check';
import { tempDir } from '../../helpers/temp-dir';

const STACK_FRAME = /^\s+at .+/m;

describe('probeDatabaseEngine', () => {
  it('loads the database engine that node_modules holds (the Node build)', async () => {
    await expect(probeDatabaseEngine(undefined)).resolves.toBeUndefined();
  });

  it('fails at startup, and is explained as a build mismatch, when the binding is not a loadable module', async () => {
    const fake = join(tempDir(), 'better_sqlite3.node');
    writeFileSync(fake, 'this is not a native module');
    const failure = await probeDatabaseEngine(fake).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).not.toBeNull();
    const { message } = explainStartupFailure(failure, '/data');
    expect(message).toMatch(/built for a different program/);
    expect(message).toMatch(/npm start/);
  });
});

describe('explainStartupFailure', () => {
  it('explains a native module built for Node instead of Electron, without the raw error', () => {
    const error = new Error(
      "The module 'better_sqlite3.node' was compiled against a different Node.js version using\n" +
        'NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 145.',
    );
    const problem = explainStartupFailure(error, '/data');
    expect(problem.title).toBe('Lantern cannot start');
    expect(problem.message).toMatch(/Lantern installer again/);
    expect(problem.message).toMatch(/\.electron-native/);
    expect(problem.message).not.toMatch(/NODE_MODULE_VERSION/);
  });

  it('names the data folder when the account may not write there', () => {
    const error = Object.assign(
      new Error("EPERM: operation not permitted, mkdir 'C:\\ProgramData\\Lantern'"),
      {
        code: 'EPERM',
      },
    );
    const problem = explainStartupFailure(error, 'C:\\ProgramData\\Lantern');
    expect(problem.message).toContain('C:\\ProgramData\\Lantern');
    expect(problem.message).toMatch(/run the installer again/);
  });

  it('explains a full disk and a data folder that cannot be created', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(explainStartupFailure(full, '/data').message).toMatch(/disk is full/);
    const notDir = Object.assign(new Error("ENOTDIR: not a directory, mkdir '/data'"), { code: 'ENOTDIR' });
    expect(explainStartupFailure(notDir, '/data').message).toMatch(
      /cannot read and write its data folder:\n\/data/,
    );
  });

  it('shows only the first line of an unexpected error, never its stack', () => {
    const error = new Error('Keyring header unreadable\nsecond line with internals');
    const problem = explainStartupFailure(error, '/data');
    expect(problem.message).toContain('Keyring header unreadable');
    expect(problem.message).not.toContain('second line');
    expect(problem.message).not.toMatch(STACK_FRAME);
    expect(error.stack).toMatch(STACK_FRAME); // the stack existed and was left out
  });

  it('copes with something thrown that is not an Error', () => {
    expect(explainStartupFailure('boom', '/data').message).toContain('boom');
    expect(explainStartupFailure(undefined, '/data').message).toContain('undefined');
  });
});
