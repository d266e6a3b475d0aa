import { z } from 'zod';
import { CLIENT_FLAGS, type ClientFlag } from '../domain/clients';
import { boundedString, boundedText, idSchema } from '../domain/validation';
import { channel } from './channel';
import { clientFormFieldsSchema } from './client-fields';
import { clientFileSchema, clientRecordSchema } from './client-views';
import {
  duplicateCandidateSchema,
  duplicateCheckInputSchema,
  mergeInputSchema,
  mergeRecordSchema,
} from './client-duplicates';
import { historyEntrySchema } from './client-history';

// The client contract is split by concern; everything stays importable from here.
export * from './client-fields';
export * from './client-views';
export * from './client-duplicates';
export * from './client-history';

const text = (max: number) => boundedText(max);

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

export const breakGlassInputSchema = z.strictObject({
  clientId: idSchema,
  reason: text(500).min(10, 'validation.reason_short'),
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
