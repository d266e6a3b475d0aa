import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/renderer/src/locales/en.json';
import es from '../../src/renderer/src/locales/es.json';

const CATALOGUES = { en, es } as const;

function lookup(key: string, catalogue: object = en): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
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
  it.each(Object.entries(CATALOGUES))(
    'every errors.* and validation.* key written in src/main and src/shared is in the %s catalogue',
    (_language, catalogue) => {
      const missing = new Set<string>();
      for (const file of [...sources('src/main'), ...sources('src/shared')]) {
        for (const [, key] of readFileSync(file, 'utf8').matchAll(/'((?:errors|validation)\.[a-z_]+)'/g))
          if (typeof lookup(key as string, catalogue) !== 'string') missing.add(`${key} (${file})`);
      }
      expect([...missing]).toEqual([]);
    },
  );

  it.each(Object.entries(CATALOGUES))(
    'every backup file problem has its sentence in %s (keys built as errors.backup_<problem>)',
    (_language, catalogue) => {
      for (const problem of ['disk_full', 'not_writable', 'drive_removed', 'unknown'])
        expect(typeof lookup(`errors.backup_${problem}`, catalogue)).toBe('string');
    },
  );

  it.each(Object.entries(CATALOGUES))(
    'every session gate main names has its sentence in %s',
    (_l, catalogue) => {
      for (const gate of ['password_change', 'recovery_key'])
        expect(typeof lookup(`errors.gate_${gate}`, catalogue)).toBe('string');
    },
  );
});
