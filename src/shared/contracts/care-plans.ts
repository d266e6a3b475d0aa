import { z } from 'zod';
import { boundedString, boundedText, calendarDateSchema, idSchema } from '../domain/validation';
import { carePlanAgreementSchema, carePlanSignatureSchema } from './care-plan-signatures';
import { channel } from './channel';

/**
 * A care plan's content, as signed: needs → goals → objectives → interventions (issue 9). Drafts
 * and signed versions share one shape; a draft may be incomplete (empty texts, missing dates),
 * and signing checks `carePlanContentSchema`'s extra rules with field errors at the item
 * (`needs.0.goals.1.objectives.0.targetDate`). Every item has an `id` made when it is added,
 * kept across versions, so two versions can be compared item by item.
 */

export const PLAN_ITEM_STATUSES = [
  'not_started',
  'in_progress',
  'achieved',
  'revised',
  'discontinued',
] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

export const INTERVENTION_WHO = ['case_manager', 'care_team', 'client'] as const;
export type InterventionWho = (typeof INTERVENTION_WHO)[number];

/** How a goal's measure target reads: "PHQ-9 below 10". */
export const TARGET_COMPARISONS = ['below', 'at_most', 'above', 'at_least'] as const;
export type TargetComparison = (typeof TARGET_COMPARISONS)[number];

/** Limits that keep one plan a plan (and its canonical text small enough to hash in a request). */
export const PLAN_LIMITS = {
  needs: 30,
  goalsPerNeed: 10,
  objectivesPerGoal: 10,
  interventionsPerObjective: 10,
};

/** Ids of items inside the content: made by the editor (a UUID), stable across versions. */
export const planItemIdSchema = boundedString(36, 'validation.invalid_id').regex(
  /^[A-Za-z0-9-]{1,36}$/,
  'validation.invalid_id',
);
const text = (max: number) => boundedText(max).default('');
const optionalDate = calendarDateSchema.nullable().default(null);
const status = {
  status: z.enum(PLAN_ITEM_STATUSES, 'validation.invalid').default('not_started'),
  /** The day the item took its current status. */
  statusDate: optionalDate,
};

export const interventionSchema = z.strictObject({
  id: planItemIdSchema,
  what: text(500),
  who: z.enum(INTERVENTION_WHO, 'validation.invalid').default('case_manager'),
  /** The care-team member's name (or role) when `who` is `care_team`. */
  whoName: text(120),
  frequency: text(120),
  serviceType: text(120),
  ...status,
});

export const objectiveSchema = z.strictObject({
  id: planItemIdSchema,
  text: text(1000),
  targetDate: optionalDate,
  ...status,
  interventions: z
    .array(interventionSchema)
    .max(PLAN_LIMITS.interventionsPerObjective, 'validation.too_many')
    .default([]),
});

/** A goal may be followed by a standardized measure: instrument, target, by when. */
export const goalMeasureSchema = z.strictObject({
  instrumentId: boundedString(40, 'validation.invalid').regex(
    /^[a-z0-9][a-z0-9-]{0,39}$/,
    'validation.invalid',
  ),
  comparison: z.enum(TARGET_COMPARISONS, 'validation.invalid'),
  value: z.number('validation.number').min(0, 'validation.number').max(1000, 'validation.number'),
  byDate: optionalDate,
});
export type GoalMeasure = z.output<typeof goalMeasureSchema>;

export const goalSchema = z.strictObject({
  id: planItemIdSchema,
  /** The goal as the client says it. */
  clientWords: text(1000),
  /** The same goal, measurable. */
  statement: text(1000),
  measure: goalMeasureSchema.nullable().default(null),
  /** About substance use: 42 CFR Part 2 information, withheld where the policy denies `part2`. */
  part2: z.boolean().default(false),
  ...status,
  objectives: z.array(objectiveSchema).max(PLAN_LIMITS.objectivesPerGoal, 'validation.too_many').default([]),
});

type ItemPath = (string | number)[];

/**
 * Every item's id, with where it is, in reading order. The ids are one namespace across kinds:
 * the diff keys all items of a plan by id, so a repeated one would silently hide an item.
 */
function itemIds(needs: readonly { id: string; goals: readonly z.output<typeof goalSchema>[] }[]) {
  const found: { id: string; path: ItemPath }[] = [];
  needs.forEach((n, ni) => {
    found.push({ id: n.id, path: [ni, 'id'] });
    n.goals.forEach((g, gi) => {
      found.push({ id: g.id, path: [ni, 'goals', gi, 'id'] });
      g.objectives.forEach((o, oi) => {
        found.push({ id: o.id, path: [ni, 'goals', gi, 'objectives', oi, 'id'] });
        o.interventions.forEach((iv, ii) =>
          found.push({ id: iv.id, path: [ni, 'goals', gi, 'objectives', oi, 'interventions', ii, 'id'] }),
        );
      });
    });
  });
  return found;
}

/** Refuses an item id used twice, at its second use (`needs.0.goals.1.id`). */
const uniqueItemIds = (
  needs: readonly { id: string; goals: readonly z.output<typeof goalSchema>[] }[],
  ctx: z.RefinementCtx,
) => {
  const seen = new Set<string>();
  for (const { id, path } of itemIds(needs)) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: 'validation.duplicate_id' });
    seen.add(id);
  }
};

export const needSchema = z.strictObject({
  id: planItemIdSchema,
  text: text(1000),
  /** The signed assessment this need came from (its record id). */
  fromAssessment: idSchema.nullable().default(null),
  /** About substance use (42 CFR Part 2): the need and all its goals are withheld where the policy denies `part2`. */
  part2: z.boolean().default(false),
  goals: z.array(goalSchema).max(PLAN_LIMITS.goalsPerNeed, 'validation.too_many').default([]),
});

export const carePlanDraftSchema = z.strictObject({
  startDate: optionalDate,
  reviewDate: optionalDate,
  needs: z
    .array(needSchema)
    .max(PLAN_LIMITS.needs, 'validation.too_many')
    .superRefine(uniqueItemIds)
    .default([]),
});
export type CarePlanContent = z.output<typeof carePlanDraftSchema>;
export type CarePlanContentInput = z.input<typeof carePlanDraftSchema>;
export type PlanNeed = z.output<typeof needSchema>;
export type PlanGoal = z.output<typeof goalSchema>;
export type PlanObjective = z.output<typeof objectiveSchema>;
export type PlanIntervention = z.output<typeof interventionSchema>;

type Issue = { path: (string | number)[]; message: string };

/** What signing asks of a plan beyond its shape: words in every item, dates in order. */
export function signingProblems(plan: CarePlanContent): Issue[] {
  const issues: Issue[] = [];
  const need = (path: (string | number)[], value: string) => {
    if (!value.trim()) issues.push({ path, message: 'validation.required' });
  };
  const notBeforeStart = (path: (string | number)[], date: string | null) => {
    if (date && plan.startDate && date < plan.startDate)
      issues.push({ path, message: 'validation.before_plan_start' });
  };
  if (!plan.startDate) issues.push({ path: ['startDate'], message: 'validation.required' });
  if (!plan.reviewDate) issues.push({ path: ['reviewDate'], message: 'validation.required' });
  else if (plan.startDate && plan.reviewDate <= plan.startDate)
    issues.push({ path: ['reviewDate'], message: 'validation.review_after_start' });
  if (!plan.needs.some((n) => n.goals.length > 0))
    issues.push({ path: ['needs'], message: 'validation.plan_empty' });
  plan.needs.forEach((n, ni) => {
    const at = ['needs', ni];
    need([...at, 'text'], n.text);
    if (n.goals.length === 0)
      issues.push({ path: [...at, 'goals'], message: 'validation.need_without_goal' });
    n.goals.forEach((g, gi) => {
      const gAt = [...at, 'goals', gi];
      need([...gAt, 'statement'], g.statement);
      notBeforeStart([...gAt, 'statusDate'], g.statusDate);
      if (g.measure) notBeforeStart([...gAt, 'measure', 'byDate'], g.measure.byDate);
      g.objectives.forEach((o, oi) => {
        const oAt = [...gAt, 'objectives', oi];
        need([...oAt, 'text'], o.text);
        notBeforeStart([...oAt, 'statusDate'], o.statusDate);
        if (!o.targetDate) issues.push({ path: [...oAt, 'targetDate'], message: 'validation.required' });
        notBeforeStart([...oAt, 'targetDate'], o.targetDate);
        o.interventions.forEach((iv, ii) => {
          need([...oAt, 'interventions', ii, 'what'], iv.what);
          notBeforeStart([...oAt, 'interventions', ii, 'statusDate'], iv.statusDate);
        });
      });
    });
  });
  return issues;
}

/** A plan as it must be to be signed (the record kind's signing schema). */
export const carePlanContentSchema = carePlanDraftSchema.superRefine((plan, ctx) => {
  for (const issue of signingProblems(plan)) ctx.addIssue({ code: 'custom', ...issue });
});

/** A template: needs with their goals, objectives and interventions, without a client or dates. */
export const planTemplateFieldsSchema = z.strictObject({
  name: boundedText(120).min(1, 'validation.required'),
  needs: z
    .array(needSchema)
    .min(1, 'validation.plan_empty')
    .max(PLAN_LIMITS.needs, 'validation.too_many')
    .superRefine(uniqueItemIds),
});

export const planTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  needs: z.array(needSchema),
  updatedAt: z.string(),
  updatedByName: z.string(),
});
export type PlanTemplate = z.infer<typeof planTemplateSchema>;

export const PLAN_STAGES = ['draft', 'awaiting_client', 'awaiting_approval', 'in_force'] as const;
export type PlanStage = (typeof PLAN_STAGES)[number];

export const carePlanVersionSchema = z.object({
  id: z.string(),
  versionNo: z.number(),
  state: z.enum(['draft', 'signed', 'superseded']),
  content: carePlanDraftSchema,
  contentHash: z.string(),
  createdAt: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
  signatures: z.array(carePlanSignatureSchema),
});
export type CarePlanVersion = z.infer<typeof carePlanVersionSchema>;

export const carePlanSchema = z.object({
  recordId: z.string(),
  clientId: z.string(),
  enteredInError: z.boolean(),
  /** Oldest first. */
  versions: z.array(carePlanVersionSchema),
  currentVersionId: z.string().nullable(),
  draftVersionId: z.string().nullable(),
  /** Where the version in force (or the first draft) stands: signatures still to come. */
  stage: z.enum(PLAN_STAGES),
  /** The review date of the version in force, and whether it has passed. */
  reviewDate: z.string().nullable(),
  reviewOverdue: z.boolean(),
  /**
   * Needs and goals marked Part 2 taken out of every version for this viewer (the policy denies
   * them `part2`); 0 when everything is shown. The screen says that something is withheld.
   */
  withheldPart2: z.number().int(),
});
export type CarePlan = z.infer<typeof carePlanSchema>;

export const carePlanSettingsSchema = z.object({
  reviewDays: z.number(),
  supervisorApprovalRequired: z.boolean(),
});

/**
 * The latest score of each instrument a goal of the plan is linked to, by instrument id: the
 * total, the day it was given (YYYY-MM-DD, local) — read from the measures under the plan's own
 * access check. An instrument never given (or given without a total) is absent.
 */
export const latestScoresSchema = z.record(z.string(), z.object({ score: z.number(), date: z.string() }));
export type LatestScores = z.infer<typeof latestScoresSchema>;

const versionInput = z.strictObject({ versionId: idSchema });

export const carePlansContract = {
  'carePlans:get': channel({
    input: z.strictObject({ clientId: idSchema }),
    output: z.object({
      plan: carePlanSchema.nullable(),
      latestScores: latestScoresSchema,
      settings: carePlanSettingsSchema,
    }),
    access: 'clients:read_caseload',
  }),
  /** A new plan's first draft: empty, or from a template; review date from the clinic setting. */
  'carePlans:create': channel({
    input: z.strictObject({
      clientId: idSchema,
      templateId: idSchema.nullable().default(null),
      startDate: calendarDateSchema.nullable().default(null),
    }),
    output: carePlanSchema,
    access: 'clients:edit',
  }),
  'carePlans:saveDraft': channel({
    input: z.strictObject({ versionId: idSchema, content: carePlanDraftSchema }),
    output: z.object({ versionId: z.string(), contentHash: z.string(), updatedAt: z.string() }),
    access: 'clients:edit',
  }),
  'carePlans:discardDraft': channel({ input: versionInput, output: z.null(), access: 'clients:edit' }),
  /** The case manager's signature: freezes the content. */
  'carePlans:signAsWorker': channel({ input: versionInput, output: carePlanSchema, access: 'clients:edit' }),
  'carePlans:recordClientAgreement': channel({
    input: z.strictObject({ versionId: idSchema, agreement: carePlanAgreementSchema }),
    output: carePlanSchema,
    access: 'clients:edit',
  }),
  'carePlans:approve': channel({ input: versionInput, output: carePlanSchema, access: 'notes:cosign' }),
  /** A new version (a draft) from the signed one in force. */
  'carePlans:revise': channel({ input: versionInput, output: carePlanSchema, access: 'clients:edit' }),
  'carePlans:templates': channel({
    input: z.strictObject({}),
    output: z.array(planTemplateSchema),
    access: 'session',
  }),
  'carePlans:saveTemplate': channel({
    input: z.strictObject({ id: idSchema.nullable().default(null), template: planTemplateFieldsSchema }),
    output: planTemplateSchema,
    access: 'plans:manage_templates',
  }),
  'carePlans:archiveTemplate': channel({
    input: z.strictObject({ id: idSchema }),
    output: z.null(),
    access: 'plans:manage_templates',
  }),
};
