import { describe, expect, it } from 'vitest';
import { measureTargetMet } from '../../../src/shared/domain/care-plan-measures';

describe('a goal measure target against a score', () => {
  it('reads each comparison at its boundary', () => {
    expect([9, 10].map((s) => measureTargetMet({ comparison: 'below', value: 10 }, s))).toEqual([
      true,
      false,
    ]);
    expect([10, 11].map((s) => measureTargetMet({ comparison: 'at_most', value: 10 }, s))).toEqual([
      true,
      false,
    ]);
    expect([11, 10].map((s) => measureTargetMet({ comparison: 'above', value: 10 }, s))).toEqual([
      true,
      false,
    ]);
    expect([10, 9].map((s) => measureTargetMet({ comparison: 'at_least', value: 10 }, s))).toEqual([
      true,
      false,
    ]);
  });
});
