import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rule that keeps SQL in repositories (eslint.config.js), run through ESLint's own API
 * with the project's real configuration on planted code: it must fail where SQL does not belong
 * and stay quiet where it does.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: root });

async function sqlErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

const PLANTED = `import type { Db } from '../db/open';
export const count = (db: Db) => db.prepare('SELECT count(*) FROM clients').pluck().get();
export const wipe = (db: Db) => db.exec('DELETE FROM drafts');
`;

describe('SQL only in repositories (lint)', () => {
  it('refuses prepare() and exec() in a service, a handler or any other module of main', async () => {
    for (const file of [
      'src/main/clients/service.ts',
      // Once exceptions while their SQL moved; none is left.
      'src/main/clients/history.ts',
      'src/main/clients/merge.ts',
      'src/main/care-team/handlers.ts',
      'src/main/new-feature/rules.ts',
    ]) {
      const errors = await sqlErrors(file, PLANTED);
      expect(errors, file).toHaveLength(2);
      expect(errors[0]).toMatch(/repository\.ts/);
    }
  });

  it('allows them in repository.ts files and in src/main/db (opening, migrations, copies)', async () => {
    for (const file of [
      'src/main/clients/repository.ts',
      'src/main/records/repository.ts',
      'src/main/db/migrations/0099-planted.ts',
      'src/main/db/copies.ts',
    ]) {
      expect(await sqlErrors(file, PLANTED), file).toEqual([]);
    }
  });

  it("does not mistake a regular expression's exec() for SQL", async () => {
    const code = `export const year = (text: string) => /^(\\d{4})-/.exec(text)?.[1] ?? null;\n`;
    expect(await sqlErrors('src/main/clients/text-match.ts', code)).toEqual([]);
  });
});
