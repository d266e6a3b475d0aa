import { describe, expect, it } from 'vitest';
import { assignments, describeColumns, namedValues, snakeCase } from '../../../src/main/db/columns';

interface Sample {
  legalFirstName: string;
  part2Protected: boolean;
  phones: { number: string }[];
  endDate: string | null;
  children: string[];
}

const description = {
  legalFirstName: 'text',
  part2Protected: 'boolean',
  phones: 'json',
  endDate: 'nullableText',
  children: 'rows',
} as const;
const sample = describeColumns<Sample, typeof description>(description);

describe('a table described by field (src/main/db/columns.ts)', () => {
  it('names each column after its field in snake_case, digits kept', () => {
    expect(snakeCase('legalFirstName')).toBe('legal_first_name');
    expect(snakeCase('part2Protected')).toBe('part2_protected');
    expect(snakeCase('id')).toBe('id');
  });

  it('lists only the fields kept in a column, in order', () => {
    expect(sample.columns).toEqual(['legal_first_name', 'part2_protected', 'phones', 'end_date']);
    expect(namedValues(sample.columns)).toBe('@legal_first_name, @part2_protected, @phones, @end_date');
    expect(assignments(['a', 'b'])).toBe('a = @a, b = @b');
  });

  it('writes SQLite values and reads the same fields back', () => {
    const fields: Sample = {
      legalFirstName: 'Ana',
      part2Protected: true,
      phones: [{ number: '555' }],
      endDate: null,
      children: ['not a column'],
    };
    const row = sample.write(fields);
    expect(row).toEqual({
      legal_first_name: 'Ana',
      part2_protected: 1,
      phones: '[{"number":"555"}]',
      end_date: null,
    });
    expect(sample.read(row as never)).toEqual({
      legalFirstName: 'Ana',
      part2Protected: true,
      phones: [{ number: '555' }],
      endDate: null,
    });
    expect(sample.read({ ...(row as object), part2_protected: 0 } as never).part2Protected).toBe(false);
  });
});
