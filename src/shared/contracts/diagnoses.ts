import { z } from 'zod';
import { boundedText, calendarDateSchema, idSchema } from '../domain/validation';
import { channel } from './channel';

export const icdCodeSchema = z.object({ code: z.string(), title: z.string(), billable: z.boolean() });

export const diagnosisFieldsSchema = z
  .strictObject({
    code: boundedText(10, 'validation.icd_unknown').toUpperCase().min(3, 'validation.required'),
    isPrimary: z.boolean().default(false),
    onsetDate: calendarDateSchema.nullable().default(null),
    resolvedDate: calendarDateSchema.nullable().default(null),
  })
  .refine((d) => !d.onsetDate || !d.resolvedDate || d.resolvedDate >= d.onsetDate, {
    path: ['resolvedDate'],
    message: 'validation.date_range',
  });
export type DiagnosisFieldsInput = z.input<typeof diagnosisFieldsSchema>;

export const diagnosisSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  code: z.string(),
  title: z.string(),
  isPrimary: z.boolean(),
  onsetDate: z.string().nullable(),
  resolvedDate: z.string().nullable(),
  recordedByName: z.string().nullable(),
  updatedAt: z.string(),
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;

export const diagnosesContract = {
  'diagnoses:searchCodes': channel({
    input: z.strictObject({
      query: boundedText(100).min(1, 'validation.required'),
    }),
    output: z.array(icdCodeSchema),
    access: 'clients:read_caseload',
  }),
  'diagnoses:list': channel({
    input: z.strictObject({ clientId: idSchema }),
    output: z.array(diagnosisSchema),
    access: 'clients:read_caseload',
  }),
  'diagnoses:add': channel({
    input: z.strictObject({ clientId: idSchema, diagnosis: diagnosisFieldsSchema }),
    output: diagnosisSchema,
    access: 'clients:edit',
  }),
  'diagnoses:update': channel({
    input: z.strictObject({ id: idSchema, diagnosis: diagnosisFieldsSchema }),
    output: diagnosisSchema,
    access: 'clients:edit',
  }),
  /** Entered in error: kept, marked, and shown in the history with the reason. */
  'diagnoses:remove': channel({
    input: z.strictObject({
      id: idSchema,
      reason: boundedText(300).min(1, 'validation.required'),
    }),
    output: z.null(),
    access: 'clients:edit',
  }),
};
