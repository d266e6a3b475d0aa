import type { SexAtBirth } from './clients';
import type { Band, InstrumentDefinition } from './instruments';
import { countedItems, optionsOf } from './instruments';

/**
 * Scores answers from an instrument's definition alone. The form runs it to show the score as
 * the worker types; main runs it again on what it received and stores its own result.
 */

/** Item id → the chosen option's value; null or absent when the item was not answered. */
export type Answers = Record<string, number | null | undefined>;

export type AnswerProblem = 'unknown_item' | 'not_an_option';

export interface ScoreResult {
  /** `complete`: every counted item answered (or skipped by a rule); `prorated`; `incomplete`: no total. */
  status: 'complete' | 'prorated' | 'incomplete';
  total: number | null;
  band: Band | null;
  subscales: { id: string; total: number | null }[];
  /** The categorical rule (e.g. PCL-5 provisional DSM-5), when the instrument has one. */
  criteriaMet: boolean | null;
  /** Items that were not asked because of a skip rule, with the value they count as. */
  skipped: string[];
  missing: string[];
  alerts: { item: string; alert: string }[];
}

/** Which answers cannot be accepted at all: an unknown item, or a value that is not one of its options. */
export function checkAnswers(
  definition: InstrumentDefinition,
  answers: Answers,
): Record<string, AnswerProblem> {
  const problems: Record<string, AnswerProblem> = {};
  const items = new Map(definition.items.map((item) => [item.id, item]));
  for (const [itemId, value] of Object.entries(answers)) {
    const item = items.get(itemId);
    if (!item) problems[itemId] = 'unknown_item';
    else if (value !== null && value !== undefined) {
      if (!optionsOf(definition, item).some((option) => option.value === value))
        problems[itemId] = 'not_an_option';
    }
  }
  return problems;
}

/** Answers with the skip rules applied: a skipped item counts as the rule's value. */
function withSkips(definition: InstrumentDefinition, answers: Answers) {
  const effective: Answers = { ...answers };
  const skipped: string[] = [];
  for (const rule of definition.skip) {
    if (answers[rule.when.item] !== rule.when.equals) continue;
    for (const item of rule.items) {
      effective[item] = rule.value;
      skipped.push(item);
    }
  }
  return { effective, skipped };
}

/** The items a skip rule leaves unasked given the answers so far (AUDIT-C 2 and 3 after "Never"). */
export function skippedItems(definition: InstrumentDefinition, answers: Answers): Set<string> {
  return new Set(withSkips(definition, answers).skipped);
}

/**
 * The answers to keep: an item skipped by a rule is sent unanswered even if it was answered
 * before the answer that skips it changed (it counts as the rule's value).
 */
export function withoutSkipped<T extends Answers>(definition: InstrumentDefinition, answers: T): T {
  const skipped = skippedItems(definition, answers);
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [id, skipped.has(id) ? null : value]),
  ) as T;
}

function itemValue(definition: InstrumentDefinition, itemId: string, answers: Answers): number | null {
  const value = answers[itemId];
  if (value === null || value === undefined) return null;
  if (!definition.scoring.reverse.includes(itemId)) return value;
  const item = definition.items.find((candidate) => candidate.id === itemId);
  const values = item ? optionsOf(definition, item).map((option) => option.value) : [value];
  return Math.min(...values) + Math.max(...values) - value;
}

function round(value: number, rounding: 'nearest' | 'up' | 'down'): number {
  if (rounding === 'up') return Math.ceil(value);
  if (rounding === 'down') return Math.floor(value);
  return Math.round(value);
}

/** The bands that apply to this person: the sex-specific list when the file has one, else `default`. */
export function bandsFor(definition: InstrumentDefinition, sex: SexAtBirth | null): Band[] {
  if (sex === 'female' && definition.bands.female) return definition.bands.female;
  if (sex === 'male' && definition.bands.male) return definition.bands.male;
  return definition.bands.default;
}

export function bandOf(bands: Band[], total: number): Band | null {
  return bands.find((band) => total >= band.min && total <= band.max) ?? null;
}

/**
 * Scores answers already checked with `checkAnswers`. Critical-item alerts are raised from the
 * answers themselves, whether or not a total can be given.
 */
export function scoreAnswers(
  definition: InstrumentDefinition,
  answers: Answers,
  options: { sex?: SexAtBirth | null } = {},
): ScoreResult {
  const { effective, skipped } = withSkips(definition, answers);
  const counted = countedItems(definition);
  const values = counted.map((item) => itemValue(definition, item.id, effective));
  const answered = values.filter((value): value is number => value !== null);
  const missing = counted.filter((_, index) => values[index] === null).map((item) => item.id);
  const sum = answered.reduce((total, value) => total + value, 0);

  let status: ScoreResult['status'] = 'complete';
  let total: number | null = sum;
  if (missing.length > 0) {
    const rule = definition.missing;
    if (rule.rule === 'prorate' && missing.length <= rule.maxMissing && answered.length > 0) {
      status = 'prorated';
      total = round((sum / answered.length) * counted.length, rule.rounding);
    } else {
      status = 'incomplete';
      total = null;
    }
  }

  const subscales = definition.scoring.subscales.map((subscale) => {
    const parts = subscale.items.map((id) => itemValue(definition, id, effective));
    const complete = parts.every((part) => part !== null);
    return { id: subscale.id, total: complete ? parts.reduce<number>((a, b) => a + (b ?? 0), 0) : null };
  });

  const alerts = definition.critical
    .filter((critical) => {
      const value = answers[critical.item];
      return value !== null && value !== undefined && value >= critical.atLeast;
    })
    .map((critical) => ({ item: critical.item, alert: critical.alert.id }));

  return {
    status,
    total,
    band: total === null ? null : bandOf(bandsFor(definition, options.sex ?? null), total),
    subscales,
    criteriaMet: criteriaOf(definition, effective, status),
    skipped,
    missing,
    alerts,
  };
}

function criteriaOf(
  definition: InstrumentDefinition,
  answers: Answers,
  status: ScoreResult['status'],
): boolean | null {
  const { criteria, subscales } = definition.scoring;
  if (!criteria || status !== 'complete') return null;
  return criteria.subscales.every((rule) => {
    const subscale = subscales.find((candidate) => candidate.id === rule.id);
    const symptoms = (subscale?.items ?? []).filter((id) => {
      const value = itemValue(definition, id, answers);
      return value !== null && value >= criteria.itemThreshold;
    });
    return symptoms.length >= rule.min;
  });
}
