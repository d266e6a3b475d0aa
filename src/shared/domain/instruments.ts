import { z } from 'zod';

/**
 * A standardized measure (PHQ-9, GAD-7, …) described as data: the files in resources/instruments
 * and the ones a clinic adds. This schema is the only description of that format; the scoring
 * (instrument-scoring.ts) reads nothing else. Pure: the form and main both use it.
 */

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const ITEM_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** The wording in English, and in Spanish only where an official translation was checked. */
export const localizedTextSchema = z.strictObject({
  en: z.string().trim().min(1).max(2000),
  es: z.string().trim().min(1).max(2000).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const itemRef = z.string().regex(ITEM_ID);

export const answerOptionSchema = z.strictObject({
  value: z.number().int().min(-100).max(100),
  label: localizedTextSchema,
});

export const itemSchema = z.strictObject({
  id: itemRef,
  text: localizedTextSchema,
  /** The name of one of the definition's option sets. */
  options: z.string().regex(ITEM_ID),
  /** False for a question asked but not counted (PHQ-9's "how difficult…"). */
  scored: z.boolean().default(true),
});

export const bandSchema = z.strictObject({
  id: z.string().regex(ITEM_ID),
  min: z.number().int(),
  max: z.number().int(),
  label: localizedTextSchema,
});
export type Band = z.infer<typeof bandSchema>;

/** The band lists: `default`, and per sex at birth where the instrument's cut-offs differ. */
export const bandSetsSchema = z.strictObject({
  default: z.array(bandSchema).min(1),
  female: z.array(bandSchema).min(1).optional(),
  male: z.array(bandSchema).min(1).optional(),
});

export const SCORING_RULES = ['sum'] as const;

export const scoringSchema = z.strictObject({
  rule: z.enum(SCORING_RULES),
  /** Which items count: every scored item, or a subset. */
  items: z.union([z.literal('all'), z.array(itemRef).min(1)]).default('all'),
  /** Scored from the other end of their option range (highest option counts as the lowest). */
  reverse: z.array(itemRef).default([]),
  /** Clusters or subscales, each the sum of its items (PCL-5's DSM-5 clusters). */
  subscales: z
    .array(
      z.strictObject({
        id: z.string().regex(ITEM_ID),
        title: localizedTextSchema,
        items: z.array(itemRef).min(1),
      }),
    )
    .default([]),
  /**
   * A categorical rule over the subscales: an item rated at least `itemThreshold` counts as a
   * symptom; met when each listed subscale has at least `min` of them (PCL-5 provisional DSM-5).
   */
  criteria: z
    .strictObject({
      itemThreshold: z.number().int(),
      subscales: z
        .array(z.strictObject({ id: z.string().regex(ITEM_ID), min: z.number().int().min(1) }))
        .min(1),
      label: localizedTextSchema,
    })
    .optional(),
});

export const missingSchema = z.discriminatedUnion('rule', [
  /** No total when a counted item is unanswered. */
  z.strictObject({ rule: z.literal('refuse'), note: z.string().max(2000) }),
  /** Up to `maxMissing` unanswered counted items: mean of the answered ones × number of items, rounded. */
  z.strictObject({
    rule: z.literal('prorate'),
    maxMissing: z.number().int().min(1),
    rounding: z.enum(['nearest', 'up', 'down']),
    note: z.string().max(2000),
  }),
]);

/** "When item X has value V, items Y are not asked and count as `value`" (AUDIT-C after "Never"). */
export const skipSchema = z.strictObject({
  when: z.strictObject({ item: itemRef, equals: z.number().int() }),
  items: z.array(itemRef).min(1),
  value: z.number().int(),
});

export const criticalItemSchema = z.strictObject({
  item: itemRef,
  /** The alert is raised when the answer's value is at least this. */
  atLeast: z.number().int(),
  alert: z.strictObject({ id: z.string().regex(ITEM_ID), text: localizedTextSchema }),
});

export const instrumentDefinitionSchema = z.strictObject({
  $comment: z.string().max(4000).optional(),
  format: z.literal('lantern-instrument/1'),
  id: z.string().regex(ID),
  version: z.string().trim().min(1).max(40),
  title: localizedTextSchema,
  abbreviation: z.string().trim().min(1).max(20),
  instructions: localizedTextSchema,
  optionSets: z.record(z.string().regex(ITEM_ID), z.array(answerOptionSchema).min(2).max(20)),
  items: z.array(itemSchema).min(1).max(200),
  scoring: scoringSchema,
  bands: bandSetsSchema,
  missing: missingSchema,
  skip: z.array(skipSchema).default([]),
  critical: z.array(criticalItemSchema).default([]),
  /**
   * Substance-use information protected by 42 CFR Part 2 (AUDIT-C): its results are read under
   * the policy's `part2` kind and marked so an export carries the notice.
   */
  part2: z.boolean().default(false),
  source: z.string().trim().min(1).max(2000),
  licence: z.string().trim().min(1).max(2000),
  /** Which languages the file carries, and why not others (never an unofficial translation). */
  translations: z.strictObject({
    languages: z.array(z.enum(['en', 'es'])).min(1),
    note: z.string().max(2000),
  }),
});

export type InstrumentDefinition = z.output<typeof instrumentDefinitionSchema>;
export type InstrumentItem = InstrumentDefinition['items'][number];
export type AnswerOption = z.infer<typeof answerOptionSchema>;

/** The items the total counts, in the definition's order. */
export function countedItems(definition: InstrumentDefinition): InstrumentItem[] {
  const { items } = definition.scoring;
  const scored = definition.items.filter((item) => item.scored);
  return items === 'all' ? scored : definition.items.filter((item) => items.includes(item.id));
}

export function optionsOf(definition: InstrumentDefinition, item: InstrumentItem): AnswerOption[] {
  return definition.optionSets[item.options] ?? [];
}

/** Lowest and highest total the counted items can give. */
export function scoreRange(definition: InstrumentDefinition): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const item of countedItems(definition)) {
    const values = optionsOf(definition, item).map((option) => option.value);
    if (values.length === 0) continue;
    min += Math.min(...values);
    max += Math.max(...values);
  }
  return { min, max };
}
