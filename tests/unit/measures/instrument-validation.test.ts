import { describe, expect, it } from 'vitest';
import type { InstrumentProblemCode } from '../../../src/shared/domain/instrument-validation';
import { parseInstrument, parseInstrumentText } from '../../../src/shared/domain/instrument-validation';
import { clone, shippedText } from './instrument-fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const phq = (): Json => JSON.parse(shippedText('phq-9')) as Json;

function problemsOf(file: unknown): { code: InstrumentProblemCode; path: string }[] {
  const parsed = parseInstrument(file);
  if (parsed.ok) throw new Error('accepted a bad file');
  return parsed.problems.map(({ code, path }) => ({ code, path }));
}

describe('instrument files are refused with the reason', () => {
  it('not JSON', () => {
    const parsed = parseInstrumentText('{ "id": ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]!.code).toBe('not_json');
  });

  it('an unknown scoring rule, named', () => {
    const file = phq();
    file.scoring.rule = 'weighted-mean';
    const parsed = parseInstrument(file);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toHaveLength(1);
      expect(parsed.problems[0]).toMatchObject({ code: 'unknown_scoring_rule', path: 'scoring.rule' });
      expect(parsed.problems[0]!.detail).toContain('"weighted-mean"');
    }
  });

  it('overlapping bands', () => {
    const file = phq();
    file.bands.default[1].min = 4;
    expect(problemsOf(file)).toEqual([{ code: 'band_overlap', path: 'bands.default.1.min' }]);
  });

  it('a gap between bands, and bands that stop short of the highest total', () => {
    const gapped = phq();
    gapped.bands.default[2].min = 11;
    expect(problemsOf(gapped)).toEqual([{ code: 'band_gap', path: 'bands.default.2.min' }]);
    const short = phq();
    short.bands.default[4].max = 26;
    expect(problemsOf(short)).toEqual([{ code: 'band_gap', path: 'bands.default' }]);
  });

  it('bands beyond the possible totals', () => {
    const file = phq();
    file.bands.default[4].max = 30;
    expect(problemsOf(file)).toEqual([{ code: 'band_range', path: 'bands.default' }]);
  });

  it('an item named by a rule that does not exist', () => {
    const critical = phq();
    critical.critical[0].item = 'q10';
    expect(problemsOf(critical)).toEqual([{ code: 'unknown_item', path: 'critical.0.item' }]);
    const reverse = phq();
    reverse.scoring.reverse = ['q1', 'nine'];
    expect(problemsOf(reverse)).toEqual([{ code: 'unknown_item', path: 'scoring.reverse.1' }]);
  });

  it('duplicate item ids, option values and band ids', () => {
    const file = phq();
    file.items[1].id = 'q1';
    file.optionSets.frequency[1].value = 0;
    file.bands.default[1].id = 'minimal';
    expect(problemsOf(file)).toEqual(
      expect.arrayContaining([
        { code: 'duplicate_item', path: 'items.1.id' },
        { code: 'duplicate_option_value', path: 'optionSets.frequency.1.value' },
        { code: 'duplicate_band', path: 'bands.default.1.id' },
      ]),
    );
  });

  it('an unknown option set, and a Spanish claim with an English-only text', () => {
    const options = phq();
    options.items[0].options = 'likert';
    expect(problemsOf(options)).toEqual([{ code: 'unknown_option_set', path: 'items.0.options' }]);
    const spanish = phq();
    delete spanish.items[3].text.es;
    expect(problemsOf(spanish)).toEqual([{ code: 'translation_missing', path: 'items.3.text' }]);
  });

  it('a critical value no option reaches, an unknown field', () => {
    const file = clone(phq());
    file.critical[0].atLeast = 4;
    expect(problemsOf(file)).toEqual([{ code: 'critical_value', path: 'critical.0.atLeast' }]);
    const extra = phq();
    extra.scoreFormula = 'q1*2';
    expect(problemsOf(extra)).toEqual([{ code: 'shape', path: '' }]);
  });
});
