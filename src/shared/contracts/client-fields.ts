/** The fields of a client's record as forms send them, with their rules. */
import { z } from 'zod';
import {
  CLIENT_FLAGS,
  ENROLLMENT_STATUSES,
  INSURANCE_TYPES,
  LIVING_SITUATIONS,
  PHONE_KINDS,
  RISK_LEVELS,
  SEX_AT_BIRTH,
  localToday,
} from '../domain/clients';
import { boundedString, boundedText, calendarDateSchema, idSchema } from '../domain/validation';
const text = (max: number) => boundedText(max);
const optionalText = (max: number) => text(max).default('');
const personName = text(100).min(1, 'validation.required');

export const birthDateSchema = calendarDateSchema
  .refine((value) => value >= '1900-01-01', 'validation.date_too_early')
  .refine((value) => value <= localToday(), 'validation.date_in_future');

/**
 * Digits with the usual separators, then an optional extension ("x12", "ext. 12"). Linear: the
 * separators already include spaces, so nothing else may match a space before the extension
 * (the old `\s*` there made a long run of spaces backtrack quadratically).
 */
export const PHONE_PATTERN = /^\+?[0-9().\-\s]+(?:(?:x|ext\.?)\s*\d{1,6})?$/i;

/** At least 7 digits so "call me" or "555" are refused. The length is checked before the pattern. */
export const phoneNumberSchema = text(25)
  .regex(PHONE_PATTERN, 'validation.phone')
  .refine((value) => value.replace(/\D/g, '').length >= 7, 'validation.phone');

/** An e-mail address; its length is checked before zod's address pattern runs. */
export const emailSchema = boundedString(200).check(z.email('validation.email'));

export const enrollmentSchema = z
  .strictObject({
    program: text(100).min(1, 'validation.required'),
    status: z.enum(ENROLLMENT_STATUSES, 'validation.required'),
    startDate: calendarDateSchema.nullable().default(null),
    endDate: calendarDateSchema.nullable().default(null),
  })
  .refine((e) => !e.startDate || !e.endDate || e.endDate >= e.startDate, {
    path: ['endDate'],
    message: 'validation.date_range',
  });

export const clientFlagsSchema = z.strictObject(
  Object.fromEntries(CLIENT_FLAGS.map((flag) => [flag, z.boolean().default(false)])) as Record<
    (typeof CLIENT_FLAGS)[number],
    z.ZodDefault<z.ZodBoolean>
  >,
);

/** Everything a client form sends. One schema: the form, main's check and the service type. */
export const clientFieldsSchema = z.strictObject({
  clientNumber: text(30)
    .regex(/^[A-Za-z0-9-]*$/, 'validation.client_number')
    .default(''),
  legalFirstName: personName,
  legalLastName: personName,
  preferredName: optionalText(100),
  pronouns: optionalText(40),
  birthDate: birthDateSchema,
  sexAtBirth: z.enum(SEX_AT_BIRTH).default('unknown'),
  genderIdentity: optionalText(60),
  preferredLanguage: text(60).default('English'),
  interpreterNeeded: z.boolean().default(false),
  phones: z
    .array(z.strictObject({ kind: z.enum(PHONE_KINDS), number: phoneNumberSchema }))
    .max(5, 'validation.too_many')
    .default([]),
  email: z.union([z.literal(''), emailSchema]).default(''),
  address: z
    .strictObject({
      line1: optionalText(200),
      line2: optionalText(200),
      city: optionalText(100),
      region: optionalText(100),
      postalCode: optionalText(20),
    })
    .prefault({}),
  livingSituation: z.enum(LIVING_SITUATIONS).default('unknown'),
  enrollments: z.array(enrollmentSchema).max(10, 'validation.too_many').default([]),
  assignedCaseManagerIds: z.array(idSchema).max(5, 'validation.too_many').default([]),
  insurance: z
    .array(z.strictObject({ type: z.enum(INSURANCE_TYPES), memberId: optionalText(40) }))
    .max(10, 'validation.too_many')
    .default([]),
  /**
   * The current level, as stored and shown (the file header, the caseload). Never written from
   * a client form: it changes only through the risk history, with a reason
   * (`assessments:setRisk`, or signing an assessment) — see `clientFormFieldsSchema`.
   */
  riskLevel: z.enum(RISK_LEVELS).default('unknown'),
  flags: clientFlagsSchema.prefault({}),
});
export type ClientFieldsInput = z.input<typeof clientFieldsSchema>;
export type ClientFields = z.output<typeof clientFieldsSchema>;

/**
 * What the client form sends to `clients:create` and `clients:update`: every field but the risk
 * level. Sending `riskLevel` is refused (an unknown key): a level set without a reason and
 * without a history entry is what the risk history exists to prevent. A new client's level is
 * `unknown` until someone sets it, with a reason.
 */
export const clientFormFieldsSchema = clientFieldsSchema.omit({ riskLevel: true });
export type ClientFormInput = z.input<typeof clientFormFieldsSchema>;
export type ClientFormFields = z.output<typeof clientFormFieldsSchema>;
