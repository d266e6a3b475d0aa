import { z } from 'zod';
import type { Role } from '../../shared/domain/roles';
import type { Db } from '../db/open';

/** The person acting: the signed-in account, as the access policy and the audit know it. */
export interface RecordActor {
  id: string;
  role: Role;
  fullName: string;
}

/**
 * What every signed-record function needs from the request: the database, who is acting, and the
 * one `now` of this request. The router's request context carries these same three names, so a
 * feature passes its `ctx` straight through.
 */
export interface RecordContext {
  db: Db;
  actor: RecordActor;
  now: Date;
}

/** The addendum every kind gets unless it brings its own: a correction in words. */
export const plainAddendumSchema = z.strictObject({
  text: z.string().trim().min(1, 'validation.required').max(20_000, 'validation.too_long'),
});

/**
 * One kind of signed record, as a feature declares it. The feature brings only schemas: what a
 * signed version must satisfy (`content`), what a draft may hold while it is being written
 * (`draft`, usually the same shape with everything optional), its addenda and what a signature
 * may carry besides the signer (an attestation text, a declined-to-sign reason).
 */
export interface RecordKind<Content, Draft = Content, Addendum = z.output<typeof plainAddendumSchema>> {
  /** Lower-case letters, digits and `_`, e.g. `care_plan`, `progress_note`. Never renamed. */
  kind: string;
  /**
   * The version of the content schema, stored with each version and addendum. Signed content is
   * never migrated: when the schema changes, bump this and read older content by its number.
   */
  schemaVersion: number;
  content: z.ZodType<Content>;
  draft: z.ZodType<Draft>;
  addendum: z.ZodType<Addendum>;
  signatureDetails: z.ZodType<Record<string, unknown>>;
}

const KIND_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/** Declares a kind, filling in the defaults (drafts as strict as signed content, plain addenda). */
export function defineRecordKind<
  S extends z.ZodType,
  D extends z.ZodType = S,
  A extends z.ZodType = typeof plainAddendumSchema,
>(spec: {
  kind: string;
  schemaVersion?: number;
  content: S;
  draft?: D;
  addendum?: A;
  signatureDetails?: z.ZodType<Record<string, unknown>>;
}): RecordKind<z.output<S>, z.output<D>, z.output<A>> {
  if (!KIND_PATTERN.test(spec.kind)) throw new Error(`"${spec.kind}" is not a record kind name.`);
  const schemaVersion = spec.schemaVersion ?? 1;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1)
    throw new Error('schemaVersion is a whole number ≥ 1.');
  return {
    kind: spec.kind,
    schemaVersion,
    content: spec.content,
    draft: spec.draft ?? spec.content,
    addendum: spec.addendum ?? plainAddendumSchema,
    signatureDetails: spec.signatureDetails ?? z.strictObject({}),
  } as RecordKind<z.output<S>, z.output<D>, z.output<A>>;
}

/** Any kind, whatever its content types: for functions that never look inside content. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRecordKind = RecordKind<any, any, any>;
