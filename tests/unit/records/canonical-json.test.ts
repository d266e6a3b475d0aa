import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, NotCanonicalisableError } from '../../../src/shared/domain/canonical-json';
import { canonicalContent, sha256Hex } from '../../../src/main/records/content-hash';

/**
 * The canonical form is what an auditor recomputes, so it is pinned by a vector written out by
 * hand: if any version of Lantern serialises this input differently, signed records made by an
 * earlier version would no longer verify.
 */
const VECTOR_INPUT = {
  // Decomposed "e" + combining acute: NFC makes it the single character U+00E9.
  'e\u0301': 'x',
  b: [1, 2.5, -0, 1e21, true, null, '\u001f'],
  a: 'Cafe\u0301',
  A: { z: 'line\nbreak', y: 0.0000001 },
  '\uFB01': 1,
  '\u{1F600}': '\u{1F600}',
  gone: undefined,
};
// Keys in UTF-16 code-unit order: "A" (0041) < "a" < "b" < "é" (00E9) < "😀" (D83D DE00) < "ﬁ" (FB01).
const VECTOR_TEXT =
  '{"A":{"y":1e-7,"z":"line\\nbreak"},"a":"Caf\u00e9","b":[1,2.5,0,1e+21,true,null,"\\u001f"],"\u00e9":"x","\u{1F600}":"\u{1F600}","\uFB01":1}';
// SHA-256 of VECTOR_TEXT's UTF-8 bytes, computed outside Lantern (Python's hashlib) and pasted here.
const VECTOR_SHA256 = 'b54f0159a2e29d8c3bd8be75662c9ffbacfc8b62cda44268c08a23f66b9031f8';

describe('canonical JSON (lantern-jcs-nfc/1)', () => {
  it('serialises the fixed vector to the exact text and hash written by hand', () => {
    expect(canonicalJson(VECTOR_INPUT)).toBe(VECTOR_TEXT);
    expect(createHash('sha256').update(VECTOR_TEXT, 'utf8').digest('hex')).toBe(VECTOR_SHA256);
    expect(canonicalContent(VECTOR_INPUT)).toEqual({ text: VECTOR_TEXT, hash: VECTOR_SHA256 });
  });

  it('does not depend on the order keys were written in, at any depth', () => {
    const one = { goals: [{ b: 1, a: [{ y: 2, x: 1 }] }], title: 'Plan', at: '2025-01-01' };
    const two = { at: '2025-01-01', title: 'Plan', goals: [{ a: [{ x: 1, y: 2 }], b: 1 }] };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
    expect(canonicalJson(one)).toBe(
      '{"at":"2025-01-01","goals":[{"a":[{"x":1,"y":2}],"b":1}],"title":"Plan"}',
    );
  });

  it('keeps array order (a list is not a set)', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('normalises strings to NFC, so composed and decomposed text hash alike', () => {
    const composed = { name: 'Jos\u00e9 Mu\u00f1oz' };
    const decomposed = { name: 'Jose\u0301 Mun\u0303oz' };
    expect(sha256Hex(canonicalJson(decomposed))).toBe(sha256Hex(canonicalJson(composed)));
    expect(canonicalJson(decomposed)).toBe('{"name":"Jos\u00e9 Mu\u00f1oz"}');
  });

  it('writes no insignificant whitespace and numbers as JSON does', () => {
    expect(canonicalJson({ n: [10, 0.1, 1.5e300, -3, 123456789012] })).toBe(
      '{"n":[10,0.1,1.5e+300,-3,123456789012]}',
    );
    expect(canonicalJson('tab\there "quoted" back\\slash')).toBe('"tab\\there \\"quoted\\" back\\\\slash"');
  });

  it('refuses what has no canonical form, naming where it is', () => {
    const refusals: [unknown, RegExp][] = [
      [{ score: Number.NaN }, /score: not a finite number/],
      [{ score: Number.POSITIVE_INFINITY }, /not a finite number/],
      [{ text: 'broken \uD800 surrogate' }, /text: a string has a lone surrogate/],
      [{ at: new Date(0) }, /at: only plain objects/],
      [{ list: [1, undefined] }, /list\[1\]: undefined in an array/],
      [{ big: 1n }, /a bigint is not JSON/],
      [{ 'e\u0301': 1, '\u00e9': 2 }, /two keys read/],
    ];
    for (const [value, message] of refusals) {
      expect(() => canonicalJson(value)).toThrow(NotCanonicalisableError);
      expect(() => canonicalJson(value)).toThrow(message);
    }
  });

  it('refuses structures nested beyond any form', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 80; i += 1) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(/nested too deeply/);
  });
});
