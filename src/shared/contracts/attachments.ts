import { z } from 'zod';
import { boundedString, boundedText, calendarDateSchema, idSchema } from '../domain/validation';
import { channel } from './channel';

/**
 * Attachments (issue 11): scanned consent forms, ID cards, letters, hospital papers added to a
 * client's file. The bytes live inside the encrypted database in fixed-size chunks, never in a
 * plaintext file; they travel in chunks both ways, so neither side ever holds a whole large file
 * in one message (the harness refuses a request body over 1 MiB: a chunk is 256 KiB, ~342 KiB
 * as base64).
 *
 * Upload: `begin` (what it is, how big → an upload id), `chunk` × n (in order), `finish` (main
 * judges the type by the bytes, checks the size and stores it in one transaction) or `cancel`.
 * Viewing: `open` (audited once) then `read` chunk by chunk. `save` writes the file where the
 * person chose in the save dialog (`files:chooseSaveLocation`, purpose `attachment`).
 */

export const ATTACHMENT_KINDS = [
  'consent_form',
  'id_card',
  'letter',
  'hospital_papers',
  'insurance_card',
  'other',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** What Lantern accepts, judged by the content (magic bytes), never by the file's name. */
export const ATTACHMENT_TYPES = ['pdf', 'jpg', 'png', 'heic', 'docx'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ATTACHMENT_MIME_TYPES: Record<AttachmentType, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** What a file picker may offer (a hint only: main judges the content). */
export const ATTACHMENT_ACCEPT =
  '.pdf,.jpg,.jpeg,.png,.heic,.docx,application/pdf,image/jpeg,image/png,image/heic';

/** The size of one stored chunk and of one upload call's piece (the last may be shorter). */
export const ATTACHMENT_CHUNK_BYTES = 256 * 1024;
const BASE64_CHUNK_LENGTH = Math.ceil(ATTACHMENT_CHUNK_BYTES / 3) * 4;
export const MEGABYTE = 1024 * 1024;

/** The clinic's size limit for one file, in megabytes (an administrator's setting). */
export const ATTACHMENT_SIZE_MB = { min: 1, max: 100, default: 25 } as const;
const MAX_CHUNKS = Math.ceil((ATTACHMENT_SIZE_MB.max * MEGABYTE) / ATTACHMENT_CHUNK_BYTES);

export const ATTACHMENT_LIMITS = { title: 200, fileName: 255, reason: 500 } as const;

export const attachmentLinkSchema = z.strictObject({
  kind: z.enum(['note', 'care_plan'], 'validation.invalid'),
  /** The note's or plan's record id (as `notes:list` and `carePlans:get` give it). */
  id: idSchema,
});
export type AttachmentLink = z.infer<typeof attachmentLinkSchema>;

/** What the person says about the file: the form's fields. */
export const attachmentDetailsSchema = z.strictObject({
  title: boundedText(ATTACHMENT_LIMITS.title).min(1, 'validation.required'),
  kind: z.enum(ATTACHMENT_KINDS, 'validation.required'),
  /** The date on the paper (a letter's date, the day of discharge), not the day it was added. */
  documentDate: calendarDateSchema,
  link: attachmentLinkSchema.nullable().default(null),
});
export type AttachmentDetailsInput = z.input<typeof attachmentDetailsSchema>;

export const beginUploadInputSchema = z.strictObject({
  clientId: idSchema,
  details: attachmentDetailsSchema,
  /** The name on the person's computer: shown as a friendly name only, never trusted for the type. */
  fileName: boundedText(ATTACHMENT_LIMITS.fileName).min(1, 'validation.required'),
  /** The size the file says it has; main refuses over the clinic's limit before any byte is sent. */
  sizeBytes: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(1, 'validation.attachment_empty')
    .max(ATTACHMENT_SIZE_MB.max * MEGABYTE, 'validation.attachment_too_big'),
});

/**
 * Base64 as the browser writes it: the alphabet, `=` padding only at the end, whole groups of
 * four. Checked with one negated character class (a whole-string pattern with a `*` took ~10 ms
 * on a 350,000-character piece in V8; this takes under one).
 */
export function isBase64(value: string): boolean {
  const padding = value.indexOf('=');
  return (
    value.length % 4 === 0 &&
    !/[^A-Za-z0-9+/=]/.test(value) &&
    (padding === -1 || (padding >= value.length - 2 && /^={1,2}$/.test(value.slice(padding))))
  );
}

const uploadIdInput = z.strictObject({ uploadId: idSchema });

export const uploadChunkInputSchema = z.strictObject({
  uploadId: idSchema,
  index: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(0, 'validation.invalid')
    .max(MAX_CHUNKS),
  /** The piece's bytes as base64 (at most one chunk). */
  data: boundedString(BASE64_CHUNK_LENGTH, 'validation.too_long').refine(isBase64, 'validation.invalid'),
});

export const attachmentSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  title: z.string(),
  kind: z.enum(ATTACHMENT_KINDS),
  documentDate: z.string(),
  fileName: z.string(),
  type: z.enum(ATTACHMENT_TYPES),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  chunkCount: z.number().int(),
  sha256: z.string(),
  link: z.object({ kind: z.enum(['note', 'care_plan']), id: z.string() }).nullable(),
  addedById: z.string(),
  addedByName: z.string(),
  addedAt: z.string(),
  removed: z.object({ reason: z.string(), byName: z.string(), at: z.string() }).nullable(),
  /** 42 CFR Part 2: linked to a Part 2 note, or a clinical paper of a Part 2 client. */
  part2: z.boolean(),
  /** What this viewer may do with it (main checks again on each call). */
  can: z.object({ open: z.boolean(), save: z.boolean(), remove: z.boolean() }),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentSettingsSchema = z.object({ maxSizeMb: z.number().int() });
export type AttachmentSettings = z.infer<typeof attachmentSettingsSchema>;

export const saveAttachmentSettingsInputSchema = z.strictObject({
  maxSizeMb: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(ATTACHMENT_SIZE_MB.min, 'validation.attachment_limit_range')
    .max(ATTACHMENT_SIZE_MB.max, 'validation.attachment_limit_range'),
});

const attachmentIdInput = z.strictObject({ attachmentId: idSchema });

export const attachmentsContract = {
  /** The client's attachments this viewer may see (removed ones apart); audited as a read. */
  'attachments:list': channel({
    input: z.strictObject({ clientId: idSchema }),
    output: z.object({
      attachments: z.array(attachmentSchema),
      removed: z.array(attachmentSchema),
      /** The viewer may add to this file. */
      canAdd: z.boolean(),
      maxSizeMb: z.number().int(),
    }),
    access: 'clients:read_demographics',
  }),
  'attachments:begin': channel({
    input: beginUploadInputSchema,
    output: z.object({ uploadId: z.string(), chunkBytes: z.number().int(), chunkCount: z.number().int() }),
    access: 'clients:edit',
  }),
  'attachments:chunk': channel({
    input: uploadChunkInputSchema,
    output: z.object({ receivedBytes: z.number().int() }),
    access: 'clients:edit',
  }),
  'attachments:finish': channel({ input: uploadIdInput, output: attachmentSchema, access: 'clients:edit' }),
  'attachments:cancel': channel({ input: uploadIdInput, output: z.null(), access: 'clients:edit' }),
  /** Opens one attachment to view: audited here, once; `read` then fetches its chunks. */
  'attachments:open': channel({
    input: attachmentIdInput,
    output: z.object({ attachment: attachmentSchema }),
    access: 'clients:read_demographics',
  }),
  'attachments:read': channel({
    input: z.strictObject({
      attachmentId: idSchema,
      index: z
        .number('validation.number')
        .int('validation.whole_number')
        .min(0, 'validation.invalid')
        .max(MAX_CHUNKS),
    }),
    output: z.object({ index: z.number().int(), chunkCount: z.number().int(), data: z.string() }),
    access: 'clients:read_demographics',
  }),
  /** Writes the file where the person chose (`files:chooseSaveLocation`, purpose `attachment`). */
  'attachments:save': channel({
    input: attachmentIdInput,
    output: z.object({ file: z.string(), folder: z.string() }),
    access: 'clients:read_demographics',
  }),
  'attachments:remove': channel({
    input: z.strictObject({
      attachmentId: idSchema,
      reason: boundedText(ATTACHMENT_LIMITS.reason).min(1, 'validation.required'),
    }),
    output: attachmentSchema,
    access: 'clients:edit',
  }),
  'attachments:settings': channel({
    input: z.strictObject({}),
    output: attachmentSettingsSchema,
    access: 'session',
  }),
  /** Audited as a from → to change, like the clinic settings. */
  'attachments:saveSettings': channel({
    input: saveAttachmentSettingsInputSchema,
    output: attachmentSettingsSchema,
    access: 'settings:manage',
  }),
};
