import { describe, expect, it } from 'vitest';
import {
  bandsFor,
  checkAnswers,
  scoreAnswers,
  skippedItems,
  withoutSkipped,
} from '../../../src/shared/domain/instrument-scoring';
import { parseInstrument } from '../../../src/shared/domain/instrument-validation';
import { scoreRange } from '../../../src/shared/domain/instruments';
import { answersTotalling, shipped, shippedFiles } from './instrument-fixtures';

const SHIPPED = ['phq-9', 'gad-7', 'pcl-5', 'audit-c'];
const SEXES = ['female', 'male', 'unknown'] as const;

describe('the shipped instruments', () => {
  it('are exactly the four free instruments, each valid', () => {
    expect(shippedFiles().sort()).toEqual(SHIPPED.map((id) => `${id}.json`).sort());
    for (const id of SHIPPED) expect(shipped(id).id).toBe(id);
  });

  // The published boundaries, written here (not read from the files): a changed number in a file fails.
  const PUBLISHED: [string, (typeof SEXES)[number], [string, number, number][]][] = [
    [
      'phq-9',
      'unknown',
      [
        ['minimal', 0, 4],
        ['mild', 5, 9],
        ['moderate', 10, 14],
        ['moderately-severe', 15, 19],
        ['severe', 20, 27],
      ],
    ],
    [
      'gad-7',
      'unknown',
      [
        ['minimal', 0, 4],
        ['mild', 5, 9],
        ['moderate', 10, 14],
        ['severe', 15, 21],
      ],
    ],
    [
      'pcl-5',
      'unknown',
      [
        ['below-cutoff', 0, 32],
        ['probable-ptsd', 33, 80],
      ],
    ],
    [
      'audit-c',
      'male',
      [
        ['negative', 0, 3],
        ['positive', 4, 12],
      ],
    ],
    [
      'audit-c',
      'female',
      [
        ['negative', 0, 2],
        ['positive', 3, 12],
      ],
    ],
  ];

  it.each(PUBLISHED)('%s (%s): every published band boundary gives that band', (id, sex, bands) => {
    const definition = shipped(id);
    expect(scoreRange(definition)).toEqual({ min: 0, max: bands[bands.length - 1]![2] });
    for (const [band, min, max] of bands) {
      for (const total of [min, max]) {
        const result = scoreAnswers(definition, answersTotalling(definition, total), { sex });
        expect([result.status, result.total, result.band?.id]).toEqual(['complete', total, band]);
      }
    }
  });

  it('the cut-offs, one point either side: PCL-5 32/33, AUDIT-C men 3/4, women 2/3', () => {
    const band = (id: string, total: number, sex: (typeof SEXES)[number]) =>
      scoreAnswers(shipped(id), answersTotalling(shipped(id), total), { sex }).band?.id;
    expect([band('pcl-5', 32, 'unknown'), band('pcl-5', 33, 'unknown')]).toEqual([
      'below-cutoff',
      'probable-ptsd',
    ]);
    expect([band('audit-c', 3, 'male'), band('audit-c', 4, 'male')]).toEqual(['negative', 'positive']);
    expect([band('audit-c', 2, 'female'), band('audit-c', 3, 'female')]).toEqual(['negative', 'positive']);
  });

  it('PCL-5 clusters are exactly B 1–5, C 6–7, D 8–14, E 15–20', () => {
    const items = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, index) => `q${from + index}`);
    expect(shipped('pcl-5').scoring.subscales.map((subscale) => [subscale.id, subscale.items])).toEqual([
      ['b', items(1, 5)],
      ['c', items(6, 7)],
      ['d', items(8, 14)],
      ['e', items(15, 20)],
    ]);
  });

  it('no file has a band list other than the published ones above', () => {
    for (const id of SHIPPED) {
      const published = PUBLISHED.filter(([candidate]) => candidate === id).map(([, , list]) => list);
      for (const sex of SEXES) {
        const bands = bandsFor(shipped(id), sex).map((band) => [band.id, band.min, band.max]);
        expect(published).toContainEqual(bands);
      }
    }
  });

  it('the PHQ-9 difficulty question is asked but not counted', () => {
    const phq = shipped('phq-9');
    const result = scoreAnswers(phq, { ...answersTotalling(phq, 5), difficulty: 3 });
    expect(result.total).toBe(5);
  });
});

describe('PHQ-9 item 9', () => {
  const phq = shipped('phq-9');
  it.each([0, 1, 2, 3])('answered %i', (value) => {
    const answers = { ...answersTotalling(phq, 0), q9: value };
    const alerts = scoreAnswers(phq, answers).alerts;
    expect(alerts).toEqual(value > 0 ? [{ item: 'q9', alert: 'self-harm-thoughts' }] : []);
  });

  it('raises its alert even when the total cannot be given', () => {
    const result = scoreAnswers(phq, { q9: 2 });
    expect(result.status).toBe('incomplete');
    expect(result.alerts).toHaveLength(1);
  });
});

describe('missing answers, as each instrument says', () => {
  it.each(['phq-9', 'gad-7', 'pcl-5'])('%s: one unanswered item, no total (refuse)', (id) => {
    const definition = shipped(id);
    const answers = answersTotalling(definition, 6);
    answers.q2 = null;
    const result = scoreAnswers(definition, answers);
    expect([result.status, result.total, result.band, result.missing]).toEqual([
      'incomplete',
      null,
      null,
      ['q2'],
    ]);
  });

  it('AUDIT-C: "Never" to question 1 skips 2 and 3, which count 0', () => {
    const audit = shipped('audit-c');
    const result = scoreAnswers(audit, { q1: 0 }, { sex: 'male' });
    expect([result.status, result.total, result.band?.id, result.skipped]).toEqual([
      'complete',
      0,
      'negative',
      ['q2', 'q3'],
    ]);
    expect(scoreAnswers(audit, { q1: 1, q2: 0 }).status).toBe('incomplete');
  });
});

describe('the questions a skip rule leaves unasked (what the forms hide)', () => {
  const audit = shipped('audit-c');
  it('AUDIT-C 2 and 3 after "Never", and only then', () => {
    expect([...skippedItems(audit, { q1: 0 })]).toEqual(['q2', 'q3']);
    expect([...skippedItems(audit, { q1: 1 })]).toEqual([]);
    expect([...skippedItems(audit, {})]).toEqual([]);
  });
  it('an answer given before "Never" was chosen is sent unanswered', () => {
    expect(withoutSkipped(audit, { q1: 0, q2: 3, q3: 2 })).toEqual({ q1: 0, q2: null, q3: null });
    expect(withoutSkipped(audit, { q1: 2, q2: 3, q3: null })).toEqual({ q1: 2, q2: 3, q3: null });
  });
});

describe('AUDIT-C sex-specific cut-offs', () => {
  const audit = shipped('audit-c');
  const three = { q1: 2, q2: 1, q3: 0 };
  const four = { q1: 2, q2: 1, q3: 1 };
  it('3 is positive for women, negative for men; 4 is positive for both', () => {
    expect(scoreAnswers(audit, three, { sex: 'female' }).band?.id).toBe('positive');
    expect(scoreAnswers(audit, three, { sex: 'male' }).band?.id).toBe('negative');
    expect(scoreAnswers(audit, four, { sex: 'male' }).band?.id).toBe('positive');
    expect(scoreAnswers(audit, four, { sex: 'female' }).band?.id).toBe('positive');
  });
  it('sex not recorded as female or male: the lower cut-off', () => {
    for (const sex of ['unknown', 'intersex', 'declined', null] as const) {
      expect(scoreAnswers(audit, three, { sex }).band?.id).toBe('positive');
    }
  });
});

describe('PCL-5 clusters and the provisional DSM-5 pattern', () => {
  const pcl = shipped('pcl-5');
  const base = answersTotalling(pcl, 0);
  it('gives each cluster total', () => {
    const result = scoreAnswers(pcl, { ...base, q1: 4, q6: 3, q20: 1 });
    expect(result.subscales).toEqual([
      { id: 'b', total: 4 },
      { id: 'c', total: 3 },
      { id: 'd', total: 0 },
      { id: 'e', total: 1 },
    ]);
  });
  it('met with 1 B, 1 C, 2 D, 2 E rated 2 or more; not met with one fewer D', () => {
    const pattern = { ...base, q1: 2, q6: 2, q8: 2, q9: 3, q15: 2, q16: 4 };
    expect(scoreAnswers(pcl, pattern).criteriaMet).toBe(true);
    expect(scoreAnswers(pcl, { ...pattern, q9: 1 }).criteriaMet).toBe(false);
  });
});

describe('answers outside the options', () => {
  const phq = shipped('phq-9');
  it('are named per item: a value not offered, an item that does not exist', () => {
    expect(checkAnswers(phq, { q1: 4, q2: 1, q99: 0, q3: null })).toEqual({
      q1: 'not_an_option',
      q99: 'unknown_item',
    });
  });
});

describe('an instrument added by a clinic is scored from its definition alone', () => {
  const text = (en: string) => ({ en });
  const added = parseInstrument({
    format: 'lantern-instrument/1',
    id: 'clinic-wellbeing',
    version: '2',
    abbreviation: 'CW-4',
    title: text('Clinic wellbeing check'),
    instructions: text('In the past week:'),
    optionSets: { agree: [0, 1, 2, 3].map((value) => ({ value, label: text(`level ${value}`) })) },
    items: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: text(`Item ${id}`), options: 'agree' })),
    scoring: { rule: 'sum', items: ['a', 'b', 'c', 'd'], reverse: ['b'] },
    bands: {
      default: [
        { id: 'low', min: 0, max: 5, label: text('Low') },
        { id: 'high', min: 6, max: 12, label: text('High') },
      ],
    },
    missing: { rule: 'prorate', maxMissing: 1, rounding: 'nearest', note: 'one item may be prorated' },
    critical: [{ item: 'd', atLeast: 3, alert: { id: 'd-high', text: text('Item d at its highest') } }],
    source: 'Clinic',
    licence: 'Clinic-owned',
    translations: { languages: ['en'], note: 'English only' },
  });
  if (!added.ok) throw new Error(JSON.stringify(added.problems));
  const definition = added.definition;

  it('sums only its subset and reverse-scores b', () => {
    // b=0 reversed counts 3; e is not in the subset.
    const result = scoreAnswers(definition, { a: 1, b: 0, c: 1, d: 1, e: 3 });
    expect([result.total, result.band?.id]).toEqual([6, 'high']);
    expect(scoreAnswers(definition, { a: 1, b: 3, c: 1, d: 1 }).total).toBe(3);
  });

  it('prorates one missing item and refuses two', () => {
    // d missing: (1 + 3 + 2) / 3 answered × 4 items = 8
    const prorated = scoreAnswers(definition, { a: 1, b: 0, c: 2, d: null });
    expect([prorated.status, prorated.total, prorated.missing]).toEqual(['prorated', 8, ['d']]);
    // (1 + 3 + 1) / 3 × 4 = 6.67, rounded to the nearest
    expect(scoreAnswers(definition, { a: 1, b: 0, c: 1 }).total).toBe(7);
    const two = scoreAnswers(definition, { a: 1, b: 0 });
    expect([two.status, two.total]).toEqual(['incomplete', null]);
  });

  it('raises its own critical alert', () => {
    expect(scoreAnswers(definition, { a: 0, b: 3, c: 0, d: 3 }).alerts).toEqual([
      { item: 'd', alert: 'd-high' },
    ]);
  });
});
