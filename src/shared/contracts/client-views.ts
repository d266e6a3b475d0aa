/** The stored client record, which kind each part of it is, and the views cut by role from it. */
import { z } from 'zod';
import { CLIENT_FLAG_KINDS, type ClientFlag, ENROLLMENT_STATUSES, flagsOfKinds } from '../domain/clients';
import type { RecordKind } from '../domain/access';
import { clientFieldsSchema, type ClientFields, type ClientFormFields } from './client-fields';

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
