import { z } from 'zod';
import type { RecordKind as AccessKind } from '../domain/access';
import { ASSESSED_RISK_LEVELS } from '../domain/risk';
import { boundedText, idSchema } from '../domain/validation';
import { channel } from './channel';

/**
 * The intake / comprehensive (biopsychosocial) assessment: a signed record of kind `assessment`
 * (src/main/assessments). Its content is the sections below; a draft may hold any part of them,
 * a signed version must hold every required section (the refusal names the missing ones).
 */

/** Sections written as free text, in the order the form shows them. */
export const TEXT_SECTIONS = [
  'presentingConcerns',
  'mentalHealthHistory',
  'substanceUse',
  'physicalHealth',
  'medications',
  'familySupports',
  'housing',
  'incomeBenefits',
  'educationEmployment',
  'legal',
  'culturalSpiritual',
  'trauma',
  'clientGoals',
] as const;
export type TextSection = (typeof TEXT_SECTIONS)[number];

/** Trauma history is optional (and sensitive): a client may choose not to talk about it. */
export const OPTIONAL_SECTIONS = ['trauma'] as const satisfies readonly TextSection[];
type OptionalSection = (typeof OPTIONAL_SECTIONS)[number];
const isOptional = (section: TextSection): section is OptionalSection =>
  (OPTIONAL_SECTIONS as readonly TextSection[]).includes(section);

/** Every section of the content, including the lists and the risk summary. */
export const ASSESSMENT_SECTIONS = [...TEXT_SECTIONS, 'strengths', 'needs', 'risk'] as const;
export type AssessmentSection = (typeof ASSESSMENT_SECTIONS)[number];

/**
 * The access policy's kind for each section. Substance use is 42 CFR Part 2 information whether
 * or not the client is flagged (as the FHIR export treats substance-use diagnoses): a viewer the
 * policy does not allow `part2` gets the assessment without it.
 */
export const SECTION_ACCESS: Record<AssessmentSection, AccessKind> = Object.fromEntries(
  ASSESSMENT_SECTIONS.map((section) => [section, section === 'substanceUse' ? 'part2' : 'clinical']),
) as Record<AssessmentSection, AccessKind>;
export const PART2_SECTIONS = ASSESSMENT_SECTIONS.filter((s) => SECTION_ACCESS[s] === 'part2');

export const SECTION_MAX = 10_000;
export const LIST_ITEM_MAX = 300;
export const LIST_MAX = 50;
export const RISK_REASON_MAX = 2_000;

const sectionText = boundedText(SECTION_MAX);
const listItem = boundedText(LIST_ITEM_MAX).min(1, 'validation.required');
const list = z.array(listItem).max(LIST_MAX, 'validation.too_many');
export const riskLevelSchema = z.enum(ASSESSED_RISK_LEVELS, 'validation.required');
export const riskReasonSchema = boundedText(RISK_REASON_MAX).min(1, 'validation.required');

/** What an autosaved draft may hold: any part of the assessment, possibly empty. */
export const assessmentDraftSchema = z.strictObject({
  ...(Object.fromEntries(TEXT_SECTIONS.map((s) => [s, sectionText.optional()])) as Record<
    TextSection,
    z.ZodOptional<typeof sectionText>
  >),
  strengths: list.optional(),
  needs: list.optional(),
  risk: z.strictObject({ level: riskLevelSchema.optional(), reason: sectionText.optional() }).optional(),
});
export type AssessmentDraft = z.output<typeof assessmentDraftSchema>;

// A missing section is "required", not "invalid": the refusal names what is left to write.
const requiredText = z
  .string('validation.required')
  .trim()
  .max(SECTION_MAX, { message: 'validation.too_long', abort: true })
  .min(1, 'validation.required');
const requiredList = z
  .array(listItem, 'validation.required')
  .max(LIST_MAX, 'validation.too_many')
  .min(1, 'validation.required');

/** What a signed assessment must hold: every section but trauma, a strength, a need, the risk. */
export const assessmentContentSchema = z.strictObject({
  ...(Object.fromEntries(
    TEXT_SECTIONS.map((s) => [s, isOptional(s) ? sectionText.optional() : requiredText]),
  ) as Record<Exclude<TextSection, OptionalSection>, typeof requiredText> &
    Record<OptionalSection, z.ZodOptional<typeof sectionText>>),
  strengths: requiredList,
  needs: requiredList,
  risk: z.strictObject({ level: riskLevelSchema, reason: riskReasonSchema }, 'validation.required'),
});
export type AssessmentContent = z.output<typeof assessmentContentSchema>;

export const ASSESSMENT_TYPES = ['intake', 'reassessment'] as const;
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];

export const assessmentSummarySchema = z.object({
  id: z.string(),
  clientId: z.string(),
  type: z.enum(ASSESSMENT_TYPES),
  state: z.enum(['draft', 'signed']),
  startedAt: z.string(),
  startedByName: z.string(),
  signedAt: z.string().nullable(),
  signedByName: z.string().nullable(),
  riskLevel: riskLevelSchema.nullable(),
  /** The assessment a reassessment started from. */
  basedOnId: z.string().nullable(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const assessmentDetailSchema = z.object({
  summary: assessmentSummarySchema,
  /** The version shown: the open draft, else the signed one. */
  versionId: z.string(),
  content: assessmentDraftSchema,
  /** A reassessment's starting point: the signed content of the assessment it came from. */
  previous: assessmentDraftSchema.nullable(),
  /** Sections held back because this viewer may not see them (Part 2). */
  withheld: z.array(z.enum(ASSESSMENT_SECTIONS)),
  contentHash: z.string(),
  updatedAt: z.string(),
});
export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>;

export const riskEntrySchema = z.object({
  id: z.string(),
  level: riskLevelSchema,
  reason: z.string(),
  source: z.enum(['assessment', 'manual']),
  assessmentId: z.string().nullable(),
  setAt: z.string(),
  setByName: z.string(),
});
export type RiskEntry = z.infer<typeof riskEntrySchema>;

export const reassessmentDueSchema = z.object({
  lastSignedAt: z.string().nullable(),
  /** `YYYY-MM-DD`; null when nothing was ever signed (an intake is what is due). */
  nextDueDate: z.string().nullable(),
  overdue: z.boolean(),
  intervalDays: z.number().int(),
});
export type ReassessmentDue = z.infer<typeof reassessmentDueSchema>;

const clientInput = z.strictObject({ clientId: idSchema });
const versionInput = z.strictObject({ versionId: idSchema });

export const setRiskInputSchema = z.strictObject({
  clientId: idSchema,
  level: riskLevelSchema,
  reason: riskReasonSchema,
});
export type SetRiskInput = z.input<typeof setRiskInputSchema>;

export const assessmentsContract = {
  'assessments:list': channel({
    input: clientInput,
    output: z.array(assessmentSummarySchema),
    access: 'clients:read_caseload',
  }),
  'assessments:get': channel({
    input: z.strictObject({ id: idSchema }),
    output: assessmentDetailSchema,
    access: 'clients:read_caseload',
  }),
  'assessments:startIntake': channel({
    input: clientInput,
    output: assessmentDetailSchema,
    access: 'clients:edit',
  }),
  /** A new assessment whose starting draft is the last signed one's content. */
  'assessments:startReassessment': channel({
    input: clientInput,
    output: assessmentDetailSchema,
    access: 'clients:edit',
  }),
  'assessments:saveDraft': channel({
    input: z.strictObject({ versionId: idSchema, content: assessmentDraftSchema }),
    output: z.object({ versionId: z.string(), updatedAt: z.string() }),
    access: 'clients:edit',
  }),
  'assessments:discardDraft': channel({ input: versionInput, output: z.null(), access: 'clients:edit' }),
  /** Signs as the worker (content checked complete, frozen) and sets the risk level from it. */
  'assessments:sign': channel({
    input: versionInput,
    output: assessmentDetailSchema,
    access: 'clients:edit',
  }),
  'assessments:due': channel({
    input: clientInput,
    output: reassessmentDueSchema,
    access: 'clients:read_caseload',
  }),
  'assessments:setRisk': channel({
    input: setRiskInputSchema,
    output: riskEntrySchema,
    access: 'clients:edit',
  }),
  'assessments:riskHistory': channel({
    input: clientInput,
    output: z.array(riskEntrySchema),
    access: 'clients:read_caseload',
  }),
};
