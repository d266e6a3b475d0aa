import { z } from 'zod';
import { ENROLLMENT_STATUSES } from '../domain/clients';
import { LANGUAGES } from '../domain/languages';
import { boundedString, boundedText, calendarDateSchema, idSchema } from '../domain/validation';
import { PLAN_ITEM_STATUSES } from './care-plans';
import { channel } from './channel';

/**
 * Discharge (issue 11): a client leaves one program. The discharge is a signed record (kind
 * `discharge`): why, when, what was done, how far each goal of the current plan got, what comes
 * after, to whom the client was referred, and whom to call. Main pre-fills the draft from the
 * record (the plan's goals, the notes' progress marks, the measures' first and last scores);
 * signing closes the program's enrollment in the same transaction. Re-enrollment adds a new
 * enrollment: the old one and its discharge stay as they were.
 *
 * Drafts (`dischargeDraftSchema`) may be incomplete; signing checks `dischargeSigningProblems`
 * plus what only main knows (the enrollment's start, today) with errors at the field.
 */

export const DISCHARGE_REASONS = [
  'completed_goals',
  'moved',
  'declined_services',
  'transferred',
  'incarcerated',
  'hospitalised_long_term',
  'deceased',
  'lost_contact',
  'other',
] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

export const DISCHARGE_LIMITS = {
  longText: 8_000,
  goalText: 1_000,
  progressText: 4_000,
  goals: 60,
  referrals: 20,
  scores: 40,
} as const;

const text = (max: number) => boundedText(max).default('');
const count = z.number('validation.number').int('validation.whole_number').min(0).max(1_000_000).default(0);
const planItemRef = boundedString(36, 'validation.invalid_id').regex(
  /^[A-Za-z0-9-]{1,36}$/,
  'validation.invalid_id',
);

/** One goal of the plan at discharge: its words, where it stands, and how it went. */
export const dischargeGoalSchema = z.strictObject({
  goalId: planItemRef,
  goal: text(DISCHARGE_LIMITS.goalText),
  status: z.enum(PLAN_ITEM_STATUSES, 'validation.invalid').default('in_progress'),
  progress: text(DISCHARGE_LIMITS.progressText),
  /** About substance use (the plan's Part 2 mark): withheld where the policy denies `part2`. */
  part2: z.boolean().default(false),
  /** The signed notes' goal-level marks over the enrollment, as counted when the draft began. */
  marks: z.strictObject({ progress: count, noChange: count, setback: count }).prefault({}),
});
export type DischargeGoal = z.output<typeof dischargeGoalSchema>;

export const referralSchema = z.strictObject({
  /** To whom: an agency, a clinic, a person. */
  to: text(200),
  /** For what: housing search, outpatient therapy, medication management. */
  for: text(500),
});

const scorePointSchema = z.strictObject({
  score: z.number('validation.number').min(-10_000).max(10_000),
  date: calendarDateSchema,
});

/** A measure given during the enrollment: its first and last scores, with their days. */
export const dischargeScoreSchema = z.strictObject({
  instrumentId: boundedString(40, 'validation.invalid'),
  instrument: text(80),
  first: scorePointSchema,
  last: scorePointSchema,
  part2: z.boolean().default(false),
});

/** A discharge's content, as drafted and as signed (schema version 1). */
export const dischargeDraftSchema = z.strictObject({
  /** The program left; set when the draft starts (one of the client's open enrollments). */
  program: boundedText(100).min(1, 'validation.required'),
  /** That enrollment's start, as it was when signed. */
  enrollmentStartDate: calendarDateSchema.nullable().default(null),
  reason: z.enum(DISCHARGE_REASONS, 'validation.required').nullable().default(null),
  /** Said in words when the reason is `other`. */
  reasonOther: text(500),
  dischargeDate: calendarDateSchema.nullable().default(null),
  summaryOfServices: text(DISCHARGE_LIMITS.longText),
  goals: z.array(dischargeGoalSchema).max(DISCHARGE_LIMITS.goals, 'validation.too_many').default([]),
  aftercarePlan: text(DISCHARGE_LIMITS.longText),
  referrals: z.array(referralSchema).max(DISCHARGE_LIMITS.referrals, 'validation.too_many').default([]),
  /** Whom the client, a family member or the next provider calls about this discharge. */
  contact: z.strictObject({ name: text(200), phoneOrRole: text(200) }).prefault({}),
  /** Facts the pre-fill was made from (kept with the signed text they explain). */
  planVersionId: idSchema.nullable().default(null),
  contactCount: count,
  scores: z.array(dischargeScoreSchema).max(DISCHARGE_LIMITS.scores, 'validation.too_many').default([]),
  /** Part 2 information (a Part 2 client, goal or measure). */
  part2: z.boolean().default(false),
});
export type DischargeContent = z.output<typeof dischargeDraftSchema>;
export type DischargeContentInput = z.input<typeof dischargeDraftSchema>;

type Issue = { path: (string | number)[]; message: string };

/** What signing asks beyond the draft's shape (main adds: not in the future, not before the start). */
export function dischargeSigningProblems(content: DischargeContent): Issue[] {
  const issues: Issue[] = [];
  const required = (path: (string | number)[], value: string) => {
    if (!value.trim()) issues.push({ path, message: 'validation.required' });
  };
  if (!content.reason) issues.push({ path: ['reason'], message: 'validation.required' });
  if (content.reason === 'other') required(['reasonOther'], content.reasonOther);
  if (!content.dischargeDate) issues.push({ path: ['dischargeDate'], message: 'validation.required' });
  required(['summaryOfServices'], content.summaryOfServices);
  content.referrals.forEach((referral, i) => {
    if (referral.for.trim() || !referral.to.trim()) required(['referrals', i, 'to'], referral.to);
  });
  if (content.contact.phoneOrRole.trim()) required(['contact', 'name'], content.contact.name);
  return issues;
}

/** The content a signed discharge must satisfy: the draft's shape and the rules above. */
export const dischargeContentSchema = dischargeDraftSchema.superRefine((content, ctx) => {
  for (const issue of dischargeSigningProblems(content)) ctx.addIssue({ code: 'custom', ...issue });
});

export const DISCHARGE_STATES = ['draft', 'signed'] as const;

/** Where lists show a discharge: enough to find it, none of its text. */
export const dischargeSummarySchema = z.object({
  id: z.string(),
  clientId: z.string(),
  program: z.string(),
  state: z.enum(DISCHARGE_STATES),
  reason: z.enum(DISCHARGE_REASONS).nullable(),
  dischargeDate: z.string().nullable(),
  authorId: z.string(),
  authorName: z.string(),
  signedAt: z.string().nullable(),
  enteredInError: z.boolean(),
  part2: z.boolean(),
  updatedAt: z.string(),
});
export type DischargeSummary = z.infer<typeof dischargeSummarySchema>;

export const dischargeDetailSchema = dischargeSummarySchema.extend({
  /** The draft being written, or the signed version. */
  versionId: z.string(),
  content: dischargeDraftSchema,
  signatures: z.array(z.object({ role: z.string(), signerName: z.string(), signedAt: z.string() })),
  can: z.object({ edit: z.boolean(), sign: z.boolean() }),
});
export type DischargeDetail = z.infer<typeof dischargeDetailSchema>;

export const enrollmentViewSchema = z.object({
  program: z.string(),
  status: z.enum(ENROLLMENT_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});

export const reenrollmentSchema = z.object({
  id: z.string(),
  program: z.string(),
  startDate: z.string(),
  previousDischargeId: z.string().nullable(),
  byName: z.string(),
  at: z.string(),
});

/** A client's programs as the discharge screens read them. */
export const dischargeOverviewSchema = z.object({
  /** Every enrollment, old and new, in the file's order. */
  enrollments: z.array(enrollmentViewSchema),
  /** Signed discharges, and the viewer's own drafts; newest first. */
  discharges: z.array(dischargeSummarySchema),
  reenrollments: z.array(reenrollmentSchema),
  /** Programs the client may be discharged from now (active or on hold). */
  openPrograms: z.array(z.string()),
  /** Programs the client was discharged from and is not enrolled in again. */
  reenrollPrograms: z.array(z.string()),
  /** The viewer may discharge and re-enroll (main decides; the screen only shows the buttons). */
  canWrite: z.boolean(),
});
export type DischargeOverview = z.infer<typeof dischargeOverviewSchema>;

const versionInput = z.strictObject({ versionId: idSchema });
const programSchema = boundedText(100).min(1, 'validation.required');

export const reenrollInputSchema = z.strictObject({
  clientId: idSchema,
  program: programSchema,
  startDate: calendarDateSchema,
});
export type ReenrollInput = z.input<typeof reenrollInputSchema>;

export const dischargeContract = {
  /** The client's enrollments, discharges and re-enrollments (clinical read; audited). */
  'discharge:list': channel({
    input: z.strictObject({ clientId: idSchema }),
    output: dischargeOverviewSchema,
    access: 'clients:read_caseload',
  }),
  /** One discharge (a draft only for its writer); audited as a record view. */
  'discharge:read': channel({
    input: z.strictObject({ dischargeId: idSchema }),
    output: dischargeDetailSchema,
    access: 'clients:read_caseload',
  }),
  /**
   * A new draft for one of the client's open programs, pre-filled in main (the writer's own draft
   * for that program is resumed instead). `language`: the pre-filled sentences' language.
   */
  'discharge:start': channel({
    input: z.strictObject({
      clientId: idSchema,
      program: programSchema,
      language: z.enum(LANGUAGES, 'validation.language').default('en'),
    }),
    output: dischargeDetailSchema,
    access: 'clients:edit',
  }),
  /** Autosave (every few seconds while typing; not audited). Only the writer's own draft. */
  'discharge:saveDraft': channel({
    input: z.strictObject({ versionId: idSchema, content: dischargeDraftSchema }),
    output: z.object({ versionId: z.string(), updatedAt: z.string() }),
    access: 'clients:edit',
  }),
  'discharge:discardDraft': channel({ input: versionInput, output: z.null(), access: 'clients:edit' }),
  /** Signs and, in the same transaction, closes the enrollment (discharged, ended that day). */
  'discharge:sign': channel({ input: versionInput, output: dischargeDetailSchema, access: 'clients:edit' }),
  /** A new active enrollment in a program the client was discharged from; nothing old changes. */
  'discharge:reenroll': channel({
    input: reenrollInputSchema,
    output: dischargeOverviewSchema,
    access: 'clients:edit',
  }),
};
