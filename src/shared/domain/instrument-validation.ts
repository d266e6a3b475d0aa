import type { Band, InstrumentDefinition, LocalizedText } from './instruments';
import { SCORING_RULES, instrumentDefinitionSchema, optionsOf, scoreRange } from './instruments';

/**
 * Reads an instrument file and says exactly what is wrong with it. The zod schema checks the
 * shape; the checks here are the ones a shape cannot express: every item a rule names exists,
 * bands cover the possible totals without gaps or overlaps, ids are unique. A definition that
 * passes can be scored from its data alone.
 */

export const INSTRUMENT_PROBLEMS = [
  'not_json',
  'shape',
  'unknown_scoring_rule',
  'duplicate_item',
  'duplicate_option_value',
  'unknown_option_set',
  'unknown_item',
  'unknown_subscale',
  'band_overlap',
  'band_gap',
  'band_range',
  'duplicate_band',
  'skip_value',
  'skip_count_value',
  'critical_value',
  'criteria_threshold',
  'subscale_item_not_counted',
  'duplicate_subscale',
  'unscored_item_counted',
  'translation_missing',
] as const;
export type InstrumentProblemCode = (typeof INSTRUMENT_PROBLEMS)[number];

export interface InstrumentProblem {
  code: InstrumentProblemCode;
  /** Where in the file, as a dotted path ("bands.default.2.min"). */
  path: string;
  /** A plain English sentence for the log and for an administrator reading the file. */
  detail: string;
}

export type InstrumentParse =
  { ok: true; definition: InstrumentDefinition } | { ok: false; problems: InstrumentProblem[] };

const dotted = (path: readonly PropertyKey[]) => path.map(String).join('.');

export function parseInstrumentText(text: string): InstrumentParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'not JSON';
    return {
      ok: false,
      problems: [{ code: 'not_json', path: '', detail: `The file is not JSON: ${detail}` }],
    };
  }
  return parseInstrument(data);
}

export function parseInstrument(data: unknown): InstrumentParse {
  const parsed = instrumentDefinitionSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): InstrumentProblem => {
      const path = dotted(issue.path);
      if (path === 'scoring.rule') {
        const rule = JSON.stringify((data as { scoring?: { rule?: unknown } }).scoring?.rule);
        return {
          code: 'unknown_scoring_rule',
          path,
          detail: `Unknown scoring rule ${rule}; Lantern knows: ${SCORING_RULES.join(', ')}.`,
        };
      }
      return { code: 'shape', path, detail: issue.message };
    });
    return { ok: false, problems };
  }
  const problems = checkDefinition(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: parsed.data };
}

function checkDefinition(definition: InstrumentDefinition): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  const add = (code: InstrumentProblemCode, path: string, detail: string) =>
    problems.push({ code, path, detail });

  for (const [name, options] of Object.entries(definition.optionSets)) {
    const seen = new Set<number>();
    options.forEach((option, index) => {
      if (seen.has(option.value)) {
        add(
          'duplicate_option_value',
          `optionSets.${name}.${index}.value`,
          `Value ${option.value} appears twice.`,
        );
      }
      seen.add(option.value);
    });
  }

  const itemIds = new Set<string>();
  definition.items.forEach((item, index) => {
    if (itemIds.has(item.id))
      add('duplicate_item', `items.${index}.id`, `Item id "${item.id}" appears twice.`);
    itemIds.add(item.id);
    if (!(item.options in definition.optionSets)) {
      add('unknown_option_set', `items.${index}.options`, `No option set named "${item.options}".`);
    }
  });

  const referOne = (id: string, path: string) => {
    if (!itemIds.has(id)) add('unknown_item', path, `No item with id "${id}".`);
  };
  const refer = (ids: readonly string[], path: string) =>
    ids.forEach((id, index) => referOne(id, `${path}.${index}`));
  const { scoring } = definition;
  if (scoring.items !== 'all') refer(scoring.items, 'scoring.items');
  refer(scoring.reverse, 'scoring.reverse');
  scoring.subscales.forEach((subscale, index) => refer(subscale.items, `scoring.subscales.${index}.items`));
  const subscaleIds = new Set(scoring.subscales.map((subscale) => subscale.id));
  scoring.criteria?.subscales.forEach((rule, index) => {
    if (!subscaleIds.has(rule.id)) {
      add('unknown_subscale', `scoring.criteria.subscales.${index}.id`, `No subscale with id "${rule.id}".`);
    }
  });
  definition.skip.forEach((skip, index) => {
    referOne(skip.when.item, `skip.${index}.when.item`);
    refer(skip.items, `skip.${index}.items`);
    if (itemIds.has(skip.when.item) && !valuesOf(definition, skip.when.item).includes(skip.when.equals)) {
      add(
        'skip_value',
        `skip.${index}.when.equals`,
        `Item "${skip.when.item}" has no option ${skip.when.equals}.`,
      );
    }
  });
  definition.critical.forEach((critical, index) => {
    referOne(critical.item, `critical.${index}.item`);
    const values = valuesOf(definition, critical.item);
    if (itemIds.has(critical.item) && !values.some((value) => value >= critical.atLeast)) {
      add(
        'critical_value',
        `critical.${index}.atLeast`,
        `No option of "${critical.item}" reaches ${critical.atLeast}.`,
      );
    }
  });
  problems.push(...checkRuleValues(definition, itemIds));
  if (problems.some((problem) => problem.code === 'unknown_item' || problem.code === 'unknown_option_set')) {
    return problems; // the range below would be computed from a broken item list
  }

  const range = scoreRange(definition);
  for (const [sex, bands] of Object.entries(definition.bands)) {
    if (bands) problems.push(...checkBands(bands, range, `bands.${sex}`));
  }
  problems.push(...checkTranslations(definition));
  return problems;
}

/**
 * Rules whose items exist but whose numbers or membership cannot work: a skipped item counted as
 * an answer it does not offer, a symptom threshold outside the subscale items' answers, a
 * subscale of items the total does not count, an unscored item counted, a subscale id twice.
 */
function checkRuleValues(
  definition: InstrumentDefinition,
  itemIds: ReadonlySet<string>,
): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  const add = (code: InstrumentProblemCode, path: string, detail: string) =>
    problems.push({ code, path, detail });
  const { scoring } = definition;
  const unscored = new Set(definition.items.filter((item) => !item.scored).map((item) => item.id));
  if (scoring.items !== 'all') {
    scoring.items.forEach((id, index) => {
      if (unscored.has(id))
        add('unscored_item_counted', `scoring.items.${index}`, `Item "${id}" is marked not scored.`);
    });
  }
  const counted = new Set(
    scoring.items === 'all'
      ? definition.items.filter((item) => item.scored).map((item) => item.id)
      : scoring.items,
  );
  const subscaleIds = new Set<string>();
  scoring.subscales.forEach((subscale, index) => {
    if (subscaleIds.has(subscale.id))
      add('duplicate_subscale', `scoring.subscales.${index}.id`, `Subscale "${subscale.id}" appears twice.`);
    subscaleIds.add(subscale.id);
    subscale.items.forEach((id, itemIndex) => {
      if (itemIds.has(id) && !counted.has(id)) {
        add(
          'subscale_item_not_counted',
          `scoring.subscales.${index}.items.${itemIndex}`,
          `Item "${id}" is in subscale "${subscale.id}" but the total does not count it.`,
        );
      }
    });
  });
  if (scoring.criteria) {
    const named = new Set(scoring.criteria.subscales.map((rule) => rule.id));
    const values = scoring.subscales
      .filter((subscale) => named.has(subscale.id))
      .flatMap((subscale) => subscale.items.flatMap((id) => valuesOf(definition, id)));
    const threshold = scoring.criteria.itemThreshold;
    if (values.length > 0 && (threshold < Math.min(...values) || threshold > Math.max(...values))) {
      add(
        'criteria_threshold',
        'scoring.criteria.itemThreshold',
        `The symptom threshold ${threshold} is outside the answers ${Math.min(...values)}–${Math.max(...values)}.`,
      );
    }
  }
  definition.skip.forEach((skip, index) => {
    const offered = skip.items.filter(
      (id) => itemIds.has(id) && !valuesOf(definition, id).includes(skip.value),
    );
    if (offered.length > 0) {
      add(
        'skip_count_value',
        `skip.${index}.value`,
        `Items ${offered.join(', ')} have no option ${skip.value}.`,
      );
    }
  });
  return problems;
}

function valuesOf(definition: InstrumentDefinition, itemId: string): number[] {
  const item = definition.items.find((candidate) => candidate.id === itemId);
  return item ? optionsOf(definition, item).map((option) => option.value) : [];
}

/** Bands, sorted by `min`, must tile the possible totals exactly: no gap, no overlap, nothing outside. */
function checkBands(bands: Band[], range: { min: number; max: number }, path: string): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  const ids = new Set<string>();
  const sorted = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
  let expected = range.min;
  for (const { band, index } of sorted) {
    const at = `${path}.${index}`;
    if (ids.has(band.id))
      problems.push({ code: 'duplicate_band', path: `${at}.id`, detail: `Band "${band.id}" twice.` });
    ids.add(band.id);
    if (band.max < band.min) {
      problems.push({
        code: 'band_range',
        path: at,
        detail: `Band "${band.id}" ends (${band.max}) before it starts.`,
      });
      continue;
    }
    if (band.min > expected) {
      problems.push({
        code: 'band_gap',
        path: `${at}.min`,
        detail: `No band covers ${expected}–${band.min - 1}.`,
      });
    } else if (band.min < expected) {
      problems.push({
        code: expected === range.min ? 'band_range' : 'band_overlap',
        path: `${at}.min`,
        detail:
          expected === range.min
            ? `Band "${band.id}" starts at ${band.min}, below the lowest possible total ${range.min}.`
            : `Band "${band.id}" overlaps the band before it at ${band.min}–${expected - 1}.`,
      });
    }
    expected = Math.max(expected, band.max + 1);
  }
  if (expected - 1 < range.max) {
    problems.push({ code: 'band_gap', path, detail: `No band covers ${expected}–${range.max}.` });
  } else if (expected - 1 > range.max) {
    problems.push({
      code: 'band_range',
      path,
      detail: `Bands go to ${expected - 1}, above the highest total ${range.max}.`,
    });
  }
  return problems;
}

/** A language the file claims must be there in every text, or the form would mix languages. */
function checkTranslations(definition: InstrumentDefinition): InstrumentProblem[] {
  if (!definition.translations.languages.includes('es')) return [];
  const texts: [string, LocalizedText][] = [
    ['title', definition.title],
    ['instructions', definition.instructions],
    ...definition.items.map((item, index): [string, LocalizedText] => [`items.${index}.text`, item.text]),
    ...Object.entries(definition.optionSets).flatMap(([name, options]) =>
      options.map((option, index): [string, LocalizedText] => [
        `optionSets.${name}.${index}.label`,
        option.label,
      ]),
    ),
  ];
  return texts
    .filter(([, text]) => text.es === undefined)
    .map(([path]) => ({
      code: 'translation_missing' as const,
      path,
      detail: 'Spanish is listed but this text has none.',
    }));
}
