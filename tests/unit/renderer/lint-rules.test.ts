import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The renderer's structure rules in eslint.config.js, run through ESLint's Node API on planted
 * fixtures placed (virtually) inside a feature folder, the way `npm run lint` would see them.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function lintFixture(fixture: string, asFile: string) {
  const code = readFileSync(path.join(import.meta.dirname, 'fixtures', fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.join(root, asFile) });
  return result!.messages.map((message) => ({ rule: message.ruleId, text: message.message }));
}

describe('renderer lint rules', () => {
  it('refuse an import from another feature', async () => {
    const messages = await lintFixture(
      'cross-feature.tsx.txt',
      'src/renderer/src/features/today/Planted.tsx',
    );
    expect(messages).toContainEqual({
      rule: 'lantern-renderer/no-cross-feature-imports',
      text: expect.stringContaining("The 'today' feature imports from the 'administration' feature"),
    });
  });

  it('refuse the same import written through the features folder from deeper down', async () => {
    const code =
      "import { BackupsTab } from '../../../features/administration/BackupsTab';\nexport const x = BackupsTab;\n";
    const [result] = await eslint.lintText(code, {
      filePath: path.join(root, 'src/renderer/src/features/clients/file/Planted.tsx'),
    });
    expect(result!.messages.map((message) => message.ruleId)).toContain(
      'lantern-renderer/no-cross-feature-imports',
    );
  });

  it('refuse a hand-written invalidateQueries in a feature', async () => {
    const messages = await lintFixture(
      'hand-invalidation.tsx.txt',
      'src/renderer/src/features/administration/Planted.tsx',
    );
    expect(messages).toContainEqual({
      rule: 'no-restricted-syntax',
      text: expect.stringContaining('src/renderer/src/lib/invalidation.ts'),
    });
  });

  it('refuse it in shared hooks too: only the table applies invalidation', async () => {
    const messages = await lintFixture('hand-invalidation.tsx.txt', 'src/renderer/src/lib/usePlanted.ts');
    expect(messages.map((message) => message.rule)).toContain('no-restricted-syntax');
  });

  it('allow shared pieces from ui/ and lib/, and a feature’s own files', async () => {
    expect(await lintFixture('shared-import.tsx.txt', 'src/renderer/src/features/today/Planted.tsx')).toEqual(
      [],
    );
  });

  it('let app/ wire features together', async () => {
    expect(await lintFixture('cross-feature.tsx.txt', 'src/renderer/src/app/Planted.tsx')).toEqual([]);
  });
});
