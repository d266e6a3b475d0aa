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

describe('rules whose items exist but cannot work are refused, each with its own code', () => {
  const pcl = (): Json => JSON.parse(shippedText('pcl-5')) as Json;
  const audit = (): Json => JSON.parse(shippedText('audit-c')) as Json;

  it('a skip rule counting skipped questions as an answer they do not offer', () => {
    const file = audit();
    file.skip[0].value = 9;
    expect(problemsOf(file)).toEqual([{ code: 'skip_count_value', path: 'skip.0.value' }]);
  });

  it('a symptom threshold outside the answers of the subscale items', () => {
    for (const threshold of [5, -1]) {
      const file = pcl();
      file.scoring.criteria.itemThreshold = threshold;
      expect(problemsOf(file)).toEqual([
        { code: 'criteria_threshold', path: 'scoring.criteria.itemThreshold' },
      ]);
    }
    const edge = pcl();
    edge.scoring.criteria.itemThreshold = 4; // the highest answer: still possible
    expect(parseInstrument(edge).ok).toBe(true);
  });

  it('a subscale naming a question the total does not count', () => {
    const file = phq();
    file.scoring.subscales = [{ id: 'mood', title: { en: 'Mood' }, items: ['q1', 'difficulty'] }];
    expect(problemsOf(file)).toEqual([
      { code: 'subscale_item_not_counted', path: 'scoring.subscales.0.items.1' },
    ]);
  });

  it('two subscales with the same id', () => {
    const file = pcl();
    file.scoring.subscales[3].id = 'b';
    expect(problemsOf(file)).toEqual(
      expect.arrayContaining([{ code: 'duplicate_subscale', path: 'scoring.subscales.3.id' }]),
    );
    expect(problemsOf(file).filter((problem) => problem.code === 'duplicate_subscale')).toHaveLength(1);
  });

  it('the scored items naming a question marked not scored', () => {
    const file = phq();
    file.scoring.items = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'difficulty'];
    expect(problemsOf(file)).toEqual(
      expect.arrayContaining([{ code: 'unscored_item_counted', path: 'scoring.items.9' }]),
    );
  });
});
