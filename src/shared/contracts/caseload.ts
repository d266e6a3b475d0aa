import { z } from 'zod';
import { CLIENT_FLAGS, ENROLLMENT_STATUSES, RISK_LEVELS } from '../domain/clients';
import { boundedText, calendarDateSchema, idSchema } from '../domain/validation';
import { channel } from './channel';

export const CASELOAD_COLUMNS = [
  // In the order a new caseload shows them: what a case manager scans for first (the safety
  // alert beside the name, status, risk, flags, last contact), then the rest while they fit.
  'name',
  'safetyAlert',
  'status',
  'riskLevel',
  'flags',
  'lastContactAt',
  'planReview',
  'phone',
  'caseManager',
  'program',
  'clientNumber',
  'birthDate',
  'reassessmentDue',
  'measuresDue',
] as const;
export type CaseloadColumn = (typeof CASELOAD_COLUMNS)[number];
export const SORTABLE_COLUMNS = [
  'name',
  'clientNumber',
  'birthDate',
  'status',
  'riskLevel',
  'lastContactAt',
] as const;

/** Columns that show clinical facts: offered only to roles that read clinical records. */
export const CLINICAL_CASELOAD_COLUMNS: readonly CaseloadColumn[] = [
  'riskLevel',
  'safetyAlert',
  'planReview',
  'reassessmentDue',
  'measuresDue',
];

/** The clinical columns that are off until a person chooses them (so a caseload still fits the screen). */
export const OPTIONAL_CASELOAD_COLUMNS: readonly CaseloadColumn[] = ['reassessmentDue', 'measuresDue'];

/**
 * "Needs attention" filters, each on a clinical fact: an open critical-item alert (PHQ-9 item 9),
 * a care plan past its review date, a reassessment past due, a scheduled measure due or overdue.
 */
export const ATTENTION_FILTERS = [
  'safetyAlert',
  'planReviewOverdue',
  'reassessmentOverdue',
  'measureDue',
] as const;
export type AttentionFilter = (typeof ATTENTION_FILTERS)[number];

export const caseloadFilterSchema = z.strictObject({
  /** Only clients assigned to the signed-in person. */
  mine: z.boolean().default(false),
  /** Only clients assigned to someone on the signed-in person's team (none when they have no team). */
  team: z.boolean().default(false),
  caseManagerId: idSchema.optional(),
  program: boundedText(100).optional(),
  statuses: z.array(z.enum(ENROLLMENT_STATUSES)).max(5).default([]),
  riskLevels: z.array(z.enum(RISK_LEVELS)).max(RISK_LEVELS.length).default([]),
  flags: z.array(z.enum(CLIENT_FLAGS)).max(5).default([]),
  /** No contact since this date (or never). */
  noContactSince: calendarDateSchema.optional(),
  /** Only clients needing each of these (within the rows whose clinical record the viewer may see). */
  attention: z.array(z.enum(ATTENTION_FILTERS)).max(ATTENTION_FILTERS.length).default([]),
});
export type CaseloadFilter = z.input<typeof caseloadFilterSchema>;

export const caseloadSortSchema = z.strictObject({
  column: z.enum(SORTABLE_COLUMNS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});

export const caseloadQuerySchema = z.strictObject({
  filter: caseloadFilterSchema.default({
    mine: false,
    team: false,
    statuses: [],
    riskLevels: [],
    flags: [],
    attention: [],
  }),
  sort: caseloadSortSchema.default({ column: 'name', direction: 'asc' }),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type CaseloadQuery = z.input<typeof caseloadQuerySchema>;

/** One caseload row. Clinical columns are null for roles that may not see them. */
export const caseloadRowSchema = z.object({
  id: z.string(),
  clientNumber: z.string(),
  legalName: z.string(),
  preferredName: z.string(),
  birthDate: z.string(),
  status: z.enum(ENROLLMENT_STATUSES),
  programs: z.array(z.string()),
  caseManagers: z.array(z.string()),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  flags: z.array(z.enum(CLIENT_FLAGS)),
  lastContactAt: z.string().nullable(),
  phone: z.string().nullable(),
  /** False when the row is outside the person's caseload (opening it needs a reason). */
  onCaseload: z.boolean(),
  /**
   * The clinical follow-ups below are null where this viewer may not see the client's clinical
   * record (the same rule as riskLevel). Open critical-item alerts (PHQ-9 item 9): empty when none.
   */
  safetyAlerts: z.array(z.object({ instrumentId: z.string(), itemId: z.string() })).nullable(),
  /** The review date of the plan in force; null also when there is no signed plan. */
  planReview: z.object({ date: z.string(), overdue: z.boolean() }).nullable(),
  /** When the next reassessment is due; null also when the client was never assessed. */
  reassessment: z.object({ dueDate: z.string(), overdue: z.boolean() }).nullable(),
  /** Scheduled measures due soon and past due. */
  measures: z.object({ due: z.number().int(), overdue: z.number().int() }).nullable(),
});
export type CaseloadRow = z.infer<typeof caseloadRowSchema>;

export const savedViewDefinitionSchema = z.strictObject({
  filter: caseloadFilterSchema,
  sort: caseloadSortSchema,
  columns: z.array(z.enum(CASELOAD_COLUMNS)).min(1, 'validation.required').max(CASELOAD_COLUMNS.length),
});

export const savedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  definition: savedViewDefinitionSchema,
  updatedAt: z.string(),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const staffMemberSchema = z.object({ id: z.string(), fullName: z.string(), role: z.string() });

export const caseloadContract = {
  'caseload:list': channel({
    input: caseloadQuerySchema,
    output: z.object({ rows: z.array(caseloadRowSchema), total: z.number().int() }),
    access: 'clients:read_demographics',
  }),
  /** Quick search as you type: name, preferred name, birth date, client ID, phone; tolerates typos. */
  'caseload:search': channel({
    input: z.strictObject({
      query: boundedText(100).min(1, 'validation.required'),
      limit: z.number().int().min(1).max(50).default(10),
    }),
    output: z.array(caseloadRowSchema),
    access: 'clients:read_demographics',
  }),
  'caseload:views': channel({
    input: z.strictObject({}),
    output: z.array(savedViewSchema),
    access: 'clients:read_demographics',
  }),
  'caseload:saveView': channel({
    input: z.strictObject({
      id: idSchema.optional(),
      name: boundedText(60).min(1, 'validation.required'),
      definition: savedViewDefinitionSchema,
    }),
    output: savedViewSchema,
    access: 'clients:read_demographics',
  }),
  'caseload:deleteView': channel({
    input: z.strictObject({ id: idSchema }),
    output: z.null(),
    access: 'clients:read_demographics',
  }),
  /** Case managers and supervisors, for assignment pickers and the caseload filter. */
  'caseload:staff': channel({
    input: z.strictObject({}),
    output: z.array(staffMemberSchema),
    access: 'clients:read_demographics',
  }),
  'caseload:programs': channel({
    input: z.strictObject({}),
    output: z.array(z.string()),
    access: 'clients:read_demographics',
  }),
};
