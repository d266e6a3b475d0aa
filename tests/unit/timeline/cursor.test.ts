import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../src/main/timeline/cursor';

/** The id prefixes the timeline's UNION ALL writes: `'dc:' || d.id`, one per source. */
const prefixes = [
  ...new Set(
    [...readFileSync('src/main/timeline/repository.ts', 'utf8').matchAll(/'([a-z]{1,3}):' \|\|/g)].map(
      (m) => m[1] as string,
    ),
  ),
];

describe('the timeline page cursor', () => {
  it('finds the id prefixes in the repository (the list below is not empty)', () => {
    expect(prefixes.length).toBeGreaterThanOrEqual(13);
  });

  it.each(prefixes)('takes back a cursor that ends on a %s: item', (prefix) => {
    const position = { at: '2026-11-30T15:04:05.123Z', id: `${prefix}:018f5e7a-0000-7000-8000-000000000001` };
    expect(decodeCursor('client-1', encodeCursor('client-1', position))).toEqual(position);
  });

  it("refuses another client's cursor and an unknown kind of item", () => {
    const mine = encodeCursor('client-1', { at: '2026-11-30T15:04:05Z', id: 'a:1' });
    expect(() => decodeCursor('client-2', mine)).toThrow();
    expect(() =>
      decodeCursor('client-1', encodeCursor('client-1', { at: '2026-11-30T15:04:05Z', id: 'zz:1' })),
    ).toThrow();
  });
});
