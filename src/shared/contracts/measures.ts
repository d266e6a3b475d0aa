import { z } from 'zod';
import { instrumentDefinitionSchema, localizedTextSchema } from '../domain/instruments';
import { boundedString, boundedText, calendarDateSchema, idSchema } from '../domain/validation';
import { channel } from './channel';

/** An instrument file is small (the PCL-5 is under 10 KB); anything past this is not one. */
export const INSTRUMENT_FILE_MAX_CHARS = 256 * 1024;
export const SCHEDULE_INTERVAL_DAYS = { min: 1, max: 365 } as const;
/** "Due" starts this many days before the due date; after the due date it is overdue. */
export const DUE_SOON_DAYS = 7;

export const MEASURE_MODES = ['office', 'client'] as const;
export type MeasureMode = (typeof MEASURE_MODES)[number];

const instrumentId = boundedString(40, 'validation.measure_unknown_instrument').min(1, 'validation.required');

export const catalogueEntrySchema = z.object({
  definition: instrumentDefinitionSchema,
  origin: z.enum(['shipped', 'clinic']),
  addedAt: z.string().nullable(),
  addedByName: z.string().nullable(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/** Item id → chosen option value, or null for a question the person left unanswered. */
export const answersInputSchema = z
  .record(boundedString(40, 'validation.measure_answer_unknown_item'), z.number().int().nullable())
  .refine((answers) => Object.keys(answers).length <= 200, 'validation.too_long');

export const measureResultSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  administeredAt: z.string(),
  mode: z.enum(MEASURE_MODES),
  status: z.enum(['complete', 'prorated', 'incomplete']),
  total: z.number().nullable(),
  bandId: z.string().nullable(),
  subscales: z.array(z.object({ id: z.string(), total: z.number().nullable() })),
  criteriaMet: z.boolean().nullable(),
  answers: z.record(z.string(), z.number().nullable()),
  enteredByName: z.string(),
});
export type MeasureResult = z.infer<typeof measureResultSchema>;

/** Who marked a result entered in error, when and why (migration 0016). */
export const enteredInErrorSchema = z.object({ reason: z.string(), byName: z.string(), at: z.string() });

/**
 * A result as the screens read it: the band's label from the definition version it was scored
 * with (for the client's sex), whether it is Part 2 information (42 CFR Part 2: an export must
 * carry the notice), and its entered-in-error status, if any.
 */
export const measureResultViewSchema = measureResultSchema.extend({
  bandLabel: localizedTextSchema.nullable(),
  part2: z.boolean(),
  enteredInError: enteredInErrorSchema.nullable(),
});
export type MeasureResultView = z.infer<typeof measureResultViewSchema>;

export const measureAlertSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  resultId: z.string(),
  instrumentId: z.string(),
  itemId: z.string(),
  alertId: z.string(),
  raisedAt: z.string(),
  acknowledgement: z.object({ note: z.string(), byName: z.string(), at: z.string() }).nullable(),
});
export type MeasureAlert = z.infer<typeof measureAlertSchema>;

export const scheduleSchema = z.object({
  id: z.string(),
  instrumentId: z.string(),
  /** Clients with an active enrollment in this program; null: every active client. */
  program: z.string().nullable(),
  intervalDays: z.number().int(),
  active: z.boolean(),
  updatedAt: z.string(),
  updatedByName: z.string(),
});
export type MeasureSchedule = z.infer<typeof scheduleSchema>;

export const dueMeasureSchema = z.object({
  scheduleId: z.string(),
  instrumentId: z.string(),
  intervalDays: z.number().int(),
  lastGivenAt: z.string().nullable(),
  dueDate: z.string(),
  status: z.enum(['not_due', 'due', 'overdue']),
});
export type DueMeasure = z.infer<typeof dueMeasureSchema>;

export const saveScheduleInputSchema = z.strictObject({
  id: idSchema.optional(),
  instrumentId,
  program: boundedText(120).min(1, 'validation.required').nullable(),
  intervalDays: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(SCHEDULE_INTERVAL_DAYS.min, 'validation.measure_interval_range')
    .max(SCHEDULE_INTERVAL_DAYS.max, 'validation.measure_interval_range'),
  active: z.boolean().default(true),
});
export type SaveScheduleInput = z.input<typeof saveScheduleInputSchema>;

export const giveMeasureInputSchema = z.strictObject({
  clientId: idSchema,
  instrumentId,
  answers: answersInputSchema,
  mode: z.enum(MEASURE_MODES),
  /** The day it was given, when entered afterwards from paper; default today. */
  administeredOn: calendarDateSchema.optional(),
});
export type GiveMeasureInput = z.input<typeof giveMeasureInputSchema>;

export const acknowledgeAlertInputSchema = z.strictObject({
  alertId: idSchema,
  /** What was done: safety reviewed, crisis plan, referral… Required. */
  note: boundedText(2000).min(1, 'validation.required'),
});

export const markEnteredInErrorInputSchema = z.strictObject({
  resultId: idSchema,
  /** Why: wrong client, answers mistyped… Required; kept with the result, never in the audit trail. */
  reason: boundedText(2000).min(1, 'validation.required'),
});

export const measuresContract = {
  /** The instruments a measure can be given with: shipped files and the clinic's own. */
  'measures:instruments': channel({
    input: z.strictObject({}),
    output: z.array(catalogueEntrySchema),
    access: 'session',
  }),
  /** An administrator adds an instrument file the clinic is licensed for; checked before it is kept. */
  'measures:addInstrument': channel({
    input: z.strictObject({
      text: boundedString(INSTRUMENT_FILE_MAX_CHARS, 'validation.measure_file_too_large').min(
        1,
        'validation.required',
      ),
      licenceConfirmed: z.literal(true, 'validation.measure_licence_required'),
    }),
    output: catalogueEntrySchema,
    access: 'settings:manage',
  }),
  /** One client's results (newest first), open alerts and due/overdue scheduled measures. */
  'measures:overview': channel({
    input: z.strictObject({ clientId: idSchema }),
    output: z.object({
      results: z.array(measureResultViewSchema),
      openAlerts: z.array(measureAlertSchema),
      due: z.array(dueMeasureSchema),
    }),
    access: 'clients:read_caseload',
  }),
  /** One client's scores for one instrument, oldest first, with item answers. */
  'measures:trend': channel({
    input: z.strictObject({ clientId: idSchema, instrumentId }),
    output: z.array(measureResultViewSchema),
    access: 'clients:read_caseload',
  }),
  'measures:give': channel({
    input: giveMeasureInputSchema,
    output: measureResultSchema,
    access: 'clients:edit',
  }),
  'measures:acknowledgeAlert': channel({
    input: acknowledgeAlertInputSchema,
    output: measureAlertSchema,
    access: 'clients:edit',
  }),
  /** Marks a mistyped or wrong-client result entered in error: it stays readable, struck through. */
  'measures:markEnteredInError': channel({
    input: markEnteredInErrorInputSchema,
    output: measureResultViewSchema,
    access: 'clients:edit',
  }),
  'measures:schedules': channel({
    input: z.strictObject({}),
    output: z.array(scheduleSchema),
    access: 'measures:manage',
  }),
  'measures:saveSchedule': channel({
    input: saveScheduleInputSchema,
    output: scheduleSchema,
    access: 'measures:manage',
  }),
};
