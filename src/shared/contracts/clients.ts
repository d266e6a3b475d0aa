import { z } from 'zod';
import {
  CLIENT_FLAG_KINDS,
  CLIENT_FLAGS,
  type ClientFlag,
  ENROLLMENT_STATUSES,
  flagsOfKinds,
  INSURANCE_TYPES,
  LIVING_SITUATIONS,
  PHONE_KINDS,
  RISK_LEVELS,
  SEX_AT_BIRTH,
  localToday,
} from '../domain/clients';
import type { RecordKind } from '../domain/access';
import { boundedString, boundedText, calendarDateSchema, idSchema } from '../domain/validation';
import { channel } from './channel';

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

const assignedWorkerSchema = z.object({ accountId: z.string(), fullName: z.string() });

/** The client file as a person with full access sees it. */
export const clientRecordSchema = z.object({
  id: z.string(),
  ...clientFieldsSchema.shape,
  clientNumber: z.string(),
  status: z.enum(ENROLLMENT_STATUSES),
  assignedWorkers: z.array(assignedWorkerSchema),
  recordStatus: z.enum(['active', 'merged']),
  mergedIntoId: z.string().nullable(),
  lastContactAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClientRecord = z.infer<typeof clientRecordSchema>;

/** The stored fields of a record, without its bookkeeping (what a change is compared against). */
export function fieldsOfRecord(record: ClientRecord): ClientFields {
  return Object.fromEntries(
    Object.keys(clientFieldsSchema.shape).map((key) => [key, record[key as keyof ClientFields]]),
  ) as ClientFields;
}

/** What an edit of a stored record starts from and sends back: its fields but the risk level. */
export function formFieldsOfRecord(record: ClientRecord): ClientFormFields {
  const { riskLevel: _risk, ...fields } = fieldsOfRecord(record);
  return fields;
}

/**
 * Which kind of record each part of the client file is, for the access policy
 * (shared/domain/access.ts): the views below are cut by it, and the audit counts clinical
 * changes by it. Flags have a kind each (CLIENT_FLAG_KINDS). A new field cannot be left out:
 * the type demands an entry for every key of the record.
 */
export const CLIENT_RECORD_KINDS = {
  id: 'contact',
  clientNumber: 'contact',
  legalFirstName: 'contact',
  legalLastName: 'contact',
  preferredName: 'contact',
  pronouns: 'contact',
  birthDate: 'contact',
  sexAtBirth: 'demographics',
  genderIdentity: 'demographics',
  preferredLanguage: 'contact',
  interpreterNeeded: 'contact',
  phones: 'contact',
  email: 'contact',
  address: 'contact',
  livingSituation: 'demographics',
  // A program's name can reveal treatment ("methadone clinic").
  enrollments: 'clinical',
  // The contact view names the workers (assignedWorkers); the ids are the form's.
  assignedCaseManagerIds: 'demographics',
  assignedWorkers: 'contact',
  insurance: 'demographics',
  riskLevel: 'clinical',
  status: 'contact',
  recordStatus: 'contact',
  mergedIntoId: 'contact',
  lastContactAt: 'demographics',
  createdAt: 'contact',
  updatedAt: 'contact',
} as const satisfies Record<Exclude<keyof ClientRecord, 'flags'>, RecordKind>;

/**
 * The kind of one field of a change, as the history and the change rules name fields:
 * `phones`, `address`, `flags.householdUnaware`. Unknown names count as clinical (the strictest
 * kind a client form carries), so a field added without a kind is never taken for a contact detail.
 */
export function kindOfClientField(field: string): RecordKind {
  if (field.startsWith('flags.')) {
    const flag = field.slice('flags.'.length);
    return Object.hasOwn(CLIENT_FLAG_KINDS, flag) ? CLIENT_FLAG_KINDS[flag as ClientFlag] : 'clinical';
  }
  return Object.hasOwn(CLIENT_RECORD_KINDS, field)
    ? CLIENT_RECORD_KINDS[field as keyof typeof CLIENT_RECORD_KINDS]
    : 'clinical';
}

type RecordPart = keyof typeof CLIENT_RECORD_KINDS;
/** The parts of the record (not the flags) whose kind is one of `kinds`. */
function partsOfKinds<K extends RecordKind>(kinds: readonly K[]) {
  const parts = (Object.keys(CLIENT_RECORD_KINDS) as RecordPart[]).filter((part) =>
    (kinds as readonly RecordKind[]).includes(CLIENT_RECORD_KINDS[part]),
  );
  return Object.fromEntries(parts.map((part) => [part, true])) as {
    [P in RecordPart as (typeof CLIENT_RECORD_KINDS)[P] extends K ? P : never]: true;
  };
}

/** The flags of these kinds as an object of booleans (a view's `flags`). */
function flagsSchemaOf<K extends RecordKind>(kinds: readonly K[]) {
  const flags = flagsOfKinds(kinds).map((flag) => [flag, z.boolean()]);
  return z.object(Object.fromEntries(flags)) as z.ZodObject<{
    [F in ClientFlag as (typeof CLIENT_FLAG_KINDS)[F] extends K ? F : never]: z.ZodBoolean;
  }>;
}

/**
 * What an administrator sees (to find and merge duplicates): the non-clinical file. No risk
 * level, clinical or Part 2 flags, programs (a program's name can reveal treatment) or history.
 * Plain `z.object` on purpose: parsing a full record through it drops everything else.
 */
export const clientDemographicsSchema = clientRecordSchema
  .pick(partsOfKinds(['contact', 'demographics']))
  .extend({ flags: flagsSchemaOf(['contact', 'demographics']) });

/** What the front desk sees: how to reach the client and book a visit, nothing more. */
export const clientContactSchema = clientRecordSchema
  .pick(partsOfKinds(['contact']))
  .extend({ flags: flagsSchemaOf(['contact']) });

export const clientFileSchema = z.discriminatedUnion('access', [
  z.object({
    access: z.literal('full'),
    /** Present when the file was opened by breaking the glass. */
    accessReason: z.string().nullable(),
    client: clientRecordSchema,
  }),
  z.object({ access: z.literal('demographics'), accessReason: z.null(), client: clientDemographicsSchema }),
  z.object({ access: z.literal('contact'), accessReason: z.null(), client: clientContactSchema }),
]);
export type ClientFile = z.infer<typeof clientFileSchema>;

export const duplicateCandidateSchema = z.object({
  id: z.string(),
  clientNumber: z.string(),
  legalFirstName: z.string(),
  legalLastName: z.string(),
  preferredName: z.string(),
  birthDate: z.string(),
  /** Why it looks like the same person, e.g. 'same_birth_date_similar_name', 'names_swapped'. */
  reason: z.string(),
  score: z.number(),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export const createClientInputSchema = z.strictObject({
  client: clientFormFieldsSchema,
  /** The person saw the possible duplicates and chose to save a new client anyway. */
  duplicatesReviewed: z.boolean().default(false),
});

export const updateClientInputSchema = z.strictObject({
  id: idSchema,
  client: clientFormFieldsSchema,
  /** The updatedAt the form was loaded with: a save over someone else's newer change is refused. */
  expectedUpdatedAt: boundedString(40),
});

/**
 * A field of the client form as an optional part of a patch: present means "set to this",
 * absent means "leave as it is". Zod applies a field's default even inside `.optional()`, so the
 * default is taken off first (an absent field must stay absent, not become "set to empty").
 */
function patchField(schema: z.ZodType): z.ZodOptional<z.ZodType> {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault)
    return patchField(schema.unwrap() as z.ZodType);
  return schema.optional();
}
const formShape = clientFormFieldsSchema.shape;
type FormShape = typeof formShape;

/**
 * Some of a client's details, the rest left as stored: what "Edit details" sends for a person who
 * sees only part of the file (front desk sees contact details, and cannot send back what they
 * cannot see). Flags are set one by one. Every field of the form may be named, so that main —
 * not the schema — refuses a field the role may not change, with a field error and a sentence.
 */
export const clientDetailsPatchSchema = z.strictObject({
  ...(Object.fromEntries(
    Object.entries(formShape)
      .filter(([key]) => key !== 'flags')
      .map(([key, schema]) => [key, patchField(schema as z.ZodType)]),
  ) as { [K in Exclude<keyof FormShape, 'flags'>]: z.ZodOptional<z.ZodType<z.output<FormShape[K]>>> }),
  flags: z
    .strictObject(
      Object.fromEntries(CLIENT_FLAGS.map((flag) => [flag, z.boolean().optional()])) as Record<
        ClientFlag,
        z.ZodOptional<z.ZodBoolean>
      >,
    )
    .optional(),
});
export type ClientDetailsPatch = z.output<typeof clientDetailsPatchSchema>;

export const updateClientDetailsInputSchema = z.strictObject({
  id: idSchema,
  client: clientDetailsPatchSchema,
  /** The updatedAt the form was loaded with: a save over someone else's newer change is refused. */
  expectedUpdatedAt: boundedString(40),
});

/** What registering or changing details answers: the file itself is read with `clients:get`. */
export const savedClientSchema = z.object({
  id: z.string(),
  clientNumber: z.string(),
  updatedAt: z.string(),
});

export const duplicateCheckInputSchema = z.strictObject({
  legalFirstName: text(100),
  legalLastName: text(100),
  birthDate: calendarDateSchema,
  excludeId: idSchema.optional(),
});

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);

/**
 * A history entry written before values were stored as values (before migration 9) whose display
 * string could not be read back ("12 Main St, Springfield": which part is which?). Kept verbatim.
 */
export const legacyTextSchema = z.strictObject({ legacyText: z.string() });
export type LegacyText = z.infer<typeof legacyTextSchema>;
export const isLegacyText = (value: unknown): value is LegacyText =>
  legacyTextSchema.safeParse(value).success;

/** A field's value as it was: a code, a date, text, a list, a yes/no — or legacy text. */
export const historyValueSchema = z.union([legacyTextSchema, jsonValueSchema]);
export type HistoryValue = z.infer<typeof historyValueSchema>;

export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  entity: z.enum(['client', 'contact', 'diagnosis', 'merge']),
  entityLabel: z.string(),
  field: z.string(),
  /** null: the field had no value (or the entry records a creation). */
  from: historyValueSchema.nullable(),
  to: historyValueSchema.nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const breakGlassInputSchema = z.strictObject({
  clientId: idSchema,
  reason: text(500).min(10, 'validation.reason_short'),
});

export const mergeInputSchema = z.strictObject({
  survivorId: idSchema,
  mergedId: idSchema,
  reason: text(500).min(1, 'validation.required'),
});

export const mergeRecordSchema = z.object({
  id: z.string(),
  survivorId: z.string(),
  survivorClientNumber: z.string(),
  mergedId: z.string(),
  mergedClientNumber: z.string(),
  mergedName: z.string(),
  reason: z.string(),
  mergedAt: z.string(),
  mergedByName: z.string().nullable(),
  /**
   * The merged record as it was before the merge, as much of it as the viewer's role may see
   * (administrators: the non-clinical fields). Fields a record of an older version lacked are absent.
   */
  snapshot: clientDemographicsSchema.partial(),
});

export const clientsContract = {
  'clients:create': channel({
    input: createClientInputSchema,
    output: clientRecordSchema,
    access: 'clients:edit',
  }),
  'clients:update': channel({
    input: updateClientInputSchema,
    output: clientRecordSchema,
    access: 'clients:edit',
  }),
  /**
   * Registers a new client: the same form, rules and duplicate check as `clients:create`, for
   * anyone who registers people (front desk too). Which fields this person may set is the access
   * table's change rules; the answer names the new client only, so nothing comes back that the
   * person may not see.
   */
  'clients:register': channel({
    input: createClientInputSchema,
    output: savedClientSchema,
    access: 'clients:register',
  }),
  /** Changes some details of a client, the rest as stored ("Edit details" for the front desk). */
  'clients:updateDetails': channel({
    input: updateClientDetailsInputSchema,
    output: savedClientSchema,
    access: 'clients:register',
  }),
  'clients:get': channel({
    input: z.strictObject({ id: idSchema }),
    output: clientFileSchema,
    access: 'clients:read_demographics',
  }),
  'clients:checkDuplicates': channel({
    input: duplicateCheckInputSchema,
    output: z.array(duplicateCandidateSchema),
    access: 'clients:register',
  }),
  'clients:history': channel({
    input: z.strictObject({ clientId: idSchema }),
    output: z.array(historyEntrySchema),
    access: 'clients:read_caseload',
  }),
  /** "Break the glass": open a client outside one's caseload, with a reason that supervisors see. */
  'clients:breakGlass': channel({
    input: breakGlassInputSchema,
    output: z.object({ expiresAt: z.string() }),
    access: 'clients:read_caseload',
  }),
  /** Every break-the-glass opening, newest first, for supervisors and administrators to review. */
  'clients:breakGlassLog': channel({
    input: z.strictObject({ limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(
      z.object({
        id: z.string(),
        clientId: z.string(),
        clientNumber: z.string(),
        accountName: z.string().nullable(),
        /** Shown to supervisors; null for administrators (free text that can be clinical). */
        reason: z.string().nullable(),
        grantedAt: z.string(),
        expiresAt: z.string(),
      }),
    ),
    access: 'clients:review_access',
  }),
  /** The client's record as a FHIR R4 JSON Bundle in the export folder (Part 2 rules applied). */
  'clients:exportFhir': channel({
    input: z.strictObject({ clientId: idSchema }),
    output: z.object({
      folder: z.string(),
      file: z.string(),
      resources: z.number().int(),
      withheldPart2Records: z.number().int(),
    }),
    access: 'clients:read_caseload',
  }),
  'clients:merge': channel({ input: mergeInputSchema, output: mergeRecordSchema, access: 'clients:merge' }),
  'clients:merges': channel({
    input: z.strictObject({}),
    output: z.array(mergeRecordSchema),
    access: 'clients:merge',
  }),
};
