import { z } from 'zod';
import { boundedString, boundedText } from '../domain/validation';
import { channel } from './channel';
import { phoneNumberSchema } from './clients';

/**
 * The clinic's letterhead at the top of every document Lantern makes (Administration → Clinic):
 * the clinic's name, address, phone and logo. No client information; every signed-in person may
 * read it (their documents carry it), administrators change it.
 */

/** A logo of at most 512 KB, PNG or JPEG — judged in main by its bytes, not by what it claims. */
export const LETTERHEAD_LOGO_MAX_BYTES = 512 * 1024;
/** Base64 of the largest logo: 4 characters for every 3 bytes. */
const LOGO_BASE64_MAX_CHARS = Math.ceil(LETTERHEAD_LOGO_MAX_BYTES / 3) * 4;
export const LETTERHEAD_LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

export const letterheadLogoInputSchema = z.strictObject({
  base64: boundedString(LOGO_BASE64_MAX_CHARS, 'validation.logo_too_large').regex(
    /^[A-Za-z0-9+/]+={0,2}$/,
    'validation.logo_unreadable',
  ),
});

export const letterheadFieldsSchema = z.strictObject({
  /** Empty: the clinic's name from the settings. */
  clinicName: boundedText(200).default(''),
  /** One or more lines, as they are printed. */
  address: boundedText(400).default(''),
  phone: z.union([z.literal(''), phoneNumberSchema]).default(''),
  logo: letterheadLogoInputSchema.nullable().default(null),
});
export type LetterheadFieldsInput = z.input<typeof letterheadFieldsSchema>;
export type LetterheadFields = z.output<typeof letterheadFieldsSchema>;

export const letterheadSchema = z.object({
  /** What the form edits; `clinicName` empty means the settings' name is used. */
  fields: z.object({
    clinicName: z.string(),
    address: z.string(),
    phone: z.string(),
    logo: z.object({ base64: z.string() }).nullable(),
  }),
  /** The name printed: the letterhead's own, or the clinic's name from the settings. */
  printedName: z.string(),
  logoMimeType: z.enum(LETTERHEAD_LOGO_TYPES).nullable(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type Letterhead = z.infer<typeof letterheadSchema>;

export const letterheadContract = {
  'letterhead:get': channel({ input: z.strictObject({}), output: letterheadSchema, access: 'session' }),
  'letterhead:update': channel({
    input: z.strictObject({ letterhead: letterheadFieldsSchema }),
    output: letterheadSchema,
    access: 'documents:manage_templates',
  }),
};
