import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/renderer/src/locales/en.json';

function lookup(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('catalogue keys named by main and the shared contracts', () => {
  it('every errors.* and validation.* key written in src/main and src/shared is in the English catalogue', () => {
    const missing = new Set<string>();
    for (const file of [...sources('src/main'), ...sources('src/shared')]) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/'((?:errors|validation)\.[a-z_]+)'/g))
        if (typeof lookup(key as string) !== 'string') missing.add(`${key} (${file})`);
    }
    expect([...missing]).toEqual([]);
  });

  it('every backup file problem has its sentence (keys built as errors.backup_<problem>)', () => {
    for (const problem of ['disk_full', 'not_writable', 'drive_removed', 'unknown'])
      expect(typeof lookup(`errors.backup_${problem}`)).toBe('string');
  });
});
