import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The catalogue's keys are types (src/renderer/src/lib/i18next.d.ts). This runs the compiler on a
 * tiny project holding only those typings and two fixtures: one that must compile, one with keys
 * planted to fail (a misspelling, a key hidden behind a defaultValue, a vocabulary value without
 * an entry, a key built from any string). The fixtures are kept out of the main tsconfig.
 */
const FIXTURES = 'tests/fixtures/i18n-typecheck';
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function plantedLines(): number[] {
  return readFileSync(join(FIXTURES, 'planted.ts'), 'utf8')
    .split('\n')
    .flatMap((line, index) => (line.includes('// PLANTED') ? [index + 1] : []));
}

describe('typed catalogue keys', () => {
  it('fail the typecheck exactly where a key is missing, and nowhere else', () => {
    const run = spawnSync(process.execPath, [tsc, '-p', join(FIXTURES, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    const errors = [...run.stdout.matchAll(/^(\S+)\((\d+),\d+\): error TS\d+/gm)].map(
      ([, file, line]) => `${file}:${line}`,
    );
    expect(run.status).not.toBe(0);
    expect(errors.filter((error) => error.includes('well-typed.ts'))).toEqual([]);
    const lines = plantedLines();
    expect(lines).toHaveLength(4);
    expect([...new Set(errors)].sort()).toEqual(lines.map((line) => `${FIXTURES}/planted.ts:${line}`).sort());
  }, 60_000);
});
