import { z } from 'zod';
import { boundedString } from '../domain/validation';
import { channel } from './channel';

/** The largest draft kept, measured as its JSON text in UTF-8. A full client form is a few KiB. */
export const DRAFT_MAX_BYTES = 256 * 1024;
/**
 * What one account may keep in drafts altogether, in the same bytes: room for dozens of forms
 * left half-typed, but not a way to fill the clinic's database (and every backup) from one login.
 */
export const DRAFTS_MAX_TOTAL_BYTES = 4 * 1024 * 1024;
/** How many drafts one account may keep: every form left open with changes is one. */
export const DRAFTS_MAX_COUNT = 200;
/** How deeply a draft may nest objects and arrays; forms are shallow. */
const DRAFT_MAX_DEPTH = 32;

/** Which form a draft belongs to: `client:new`, `client:edit:<uuid>`. */
export const draftKeySchema = boundedString(200)
  .min(1, 'validation.required')
  .regex(/^[a-z0-9:_-]+$/, 'validation.invalid');

/** Plain JSON only (what a form holds): no undefined, functions, dates, NaN or class instances. */
function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > DRAFT_MAX_DEPTH) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((item) => isJsonValue(item, depth + 1));
}

/** A draft's content: any JSON value up to `DRAFT_MAX_BYTES`; main stores it as its JSON text. */
export const draftPayloadSchema = z.unknown().superRefine((value, ctx) => {
  if (value === undefined || !isJsonValue(value)) {
    ctx.addIssue({ code: 'custom', message: 'validation.invalid' });
    return;
  }
  if (new TextEncoder().encode(JSON.stringify(value)).length > DRAFT_MAX_BYTES) {
    ctx.addIssue({ code: 'custom', message: 'validation.draft_too_large' });
  }
});

/**
 * Unsaved forms kept in main's encrypted database, so they survive an auto-lock (which empties
 * the renderer) or a crash. A draft belongs to the signed-in account alone: nobody else can read,
 * replace or discard it.
 */
export const draftsContract = {
  'drafts:get': channel({
    input: z.strictObject({ key: draftKeySchema }),
    output: z.object({ payload: z.unknown(), updatedAt: z.string() }).nullable(),
    access: 'session',
  }),
  'drafts:save': channel({
    input: z.strictObject({ key: draftKeySchema, payload: draftPayloadSchema }),
    output: z.object({ updatedAt: z.string() }),
    access: 'session',
  }),
  'drafts:discard': channel({
    input: z.strictObject({ key: draftKeySchema }),
    output: z.null(),
    access: 'session',
  }),
};
