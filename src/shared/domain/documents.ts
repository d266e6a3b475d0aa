import { z } from 'zod';
import { RECIPIENTS } from './access';
import { LANGUAGES } from './languages';
import { boundedText, calendarDateSchema, idSchema } from './validation';

/**
 * Documents Lantern makes from a client's record (issue 11). A built-in document is a
 * *definition* — which parts of the record it draws on and how they are laid out — and a request
 * names one with its options. The definitions live in src/main/documents/definitions/; adding the
 * referral letter or a release form later is a new definition and a new member here, nothing else.
 */
export const BUILT_IN_DOCUMENTS = [
  'face_sheet',
  'care_plan',
  'assessment_summary',
  'progress_notes',
  'discharge_summary',
] as const;
export type BuiltInDocumentId = (typeof BUILT_IN_DOCUMENTS)[number];

/** A progress-notes document covers at most a year of contacts. */
export const NOTES_RANGE_MAX_DAYS = 366;

const common = {
  clientId: idSchema,
  /** Who the document is for: the access policy's disclosure rule depends on it. */
  recipient: z.enum(RECIPIENTS, 'validation.required'),
  /** The language the document is written in (the reader's, not necessarily the screen's). */
  language: z.enum(LANGUAGES, 'validation.language'),
};

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export const documentRequestSchema = z.discriminatedUnion(
  'definition',
  [
    z.strictObject({ definition: z.literal('face_sheet'), ...common }),
    z.strictObject({
      definition: z.literal('care_plan'),
      ...common,
      /** Which version of the client's plan; null: the version in force (else the newest signed). */
      version: z
        .number()
        .int('validation.whole_number')
        .min(1, 'validation.invalid')
        .nullable()
        .default(null),
      /** Signature blocks as signed (names, roles, times, drawn signatures) or blank lines for paper. */
      signatures: z.enum(['as_signed', 'blank_lines']).default('as_signed'),
    }),
    z.strictObject({
      definition: z.literal('assessment_summary'),
      ...common,
      /** A signed assessment; null: the newest signed one. */
      assessmentId: idSchema.nullable().default(null),
    }),
    z
      .strictObject({
        definition: z.literal('progress_notes'),
        ...common,
        from: calendarDateSchema,
        to: calendarDateSchema,
      })
      .refine((r) => r.to >= r.from, { path: ['to'], message: 'validation.date_range' })
      .refine((r) => r.to < r.from || daysBetween(r.from, r.to) <= NOTES_RANGE_MAX_DAYS, {
        path: ['to'],
        message: 'validation.notes_range_too_long',
      }),
    z.strictObject({ definition: z.literal('discharge_summary'), ...common, dischargeId: idSchema }),
  ],
  'validation.invalid',
);
export type DocumentRequest = z.output<typeof documentRequestSchema>;
export type DocumentRequestInput = z.input<typeof documentRequestSchema>;

/**
 * What a document's header says about itself: a title and the file's name. The file name never
 * carries the client's name or number — file names show up in sync clients, recent-file lists
 * and backups of the Documents folder.
 */
export const documentTitleSchema = boundedText(200).min(1, 'validation.required');

/** The MIME types of what Lantern produces. */
export const PRODUCED_MIME_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
