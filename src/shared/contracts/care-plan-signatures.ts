import { z } from 'zod';
import { SIGNATURE_ROLES } from '../domain/signed-records';
import { boundedString, boundedText } from '../domain/validation';

/**
 * How the client agrees to a care plan: a typed name with an attestation, a signature drawn on
 * the screen (its vector strokes and a PNG, both stored in the encrypted database), or "declined
 * to sign" with the reason. The primitive stores these as the client signature's details, beside
 * who, when and the content hash.
 */

/** The largest drawn signature image kept, as its `data:image/png;base64,…` text. */
export const SIGNATURE_PNG_MAX_CHARS = 200_000;
/** How many pen points a drawn signature may have in all (a long signature is a few hundred). */
export const SIGNATURE_MAX_POINTS = 10_000;
export const PNG_DATA_URL_PREFIX = 'data:image/png;base64,';
/** The largest drawn signature image kept, in decoded bytes (main checks the bytes themselves). */
export const SIGNATURE_PNG_MAX_BYTES = 120_000;

const coordinate = z.number('validation.number').min(-10_000).max(10_000);
export const strokePointSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  /** Milliseconds since the stroke began (the pen's speed is part of a drawn signature). */
  t: z.number('validation.number').min(0).max(86_400_000),
  /** Pen pressure 0–1 (0.5 for a mouse). */
  p: z.number('validation.number').min(0).max(1),
});
export const strokesSchema = z
  .array(
    z.strictObject({
      points: z.array(strokePointSchema).max(SIGNATURE_MAX_POINTS, 'validation.signature_too_large'),
    }),
  )
  .min(1, 'validation.signature_empty')
  .max(500, 'validation.signature_too_large')
  .refine(
    (strokes) => strokes.reduce((sum, s) => sum + s.points.length, 0) <= SIGNATURE_MAX_POINTS,
    'validation.signature_too_large',
  )
  .refine((strokes) => strokes.some((s) => s.points.length > 0), 'validation.signature_empty');
export type SignatureStrokes = z.output<typeof strokesSchema>;

const signerName = boundedText(200).min(1, 'validation.required');
/** The words the client agreed to, as shown to them in their language. */
const attestation = boundedText(1000).min(1, 'validation.required');
const pngSchema = boundedString(SIGNATURE_PNG_MAX_CHARS, 'validation.signature_too_large').min(
  1,
  'validation.signature_empty',
);

export const carePlanAgreementSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('typed'), signerName, attestation }),
  z.strictObject({
    method: z.literal('drawn'),
    signerName,
    attestation,
    strokes: strokesSchema,
    png: pngSchema,
  }),
  z.strictObject({ method: z.literal('declined'), reason: boundedText(1000).min(1, 'validation.required') }),
]);
export type CarePlanAgreement = z.output<typeof carePlanAgreementSchema>;
export type CarePlanAgreementInput = z.input<typeof carePlanAgreementSchema>;

/** What the record kind stores in a signature's details: nothing for staff, the agreement for a client. */
export const carePlanSignatureDetailsSchema = z.union([
  z.strictObject({}),
  z.strictObject({ method: z.literal('typed'), attestation }),
  z.strictObject({ method: z.literal('drawn'), attestation, strokes: strokesSchema, png: pngSchema }),
  z.strictObject({ method: z.literal('declined'), reason: boundedText(1000).min(1) }),
]);

export const SIGNATURE_METHODS = ['staff', 'typed', 'drawn', 'declined'] as const;

export const carePlanSignatureSchema = z.object({
  role: z.enum(SIGNATURE_ROLES),
  signerName: z.string(),
  accountName: z.string(),
  signedAt: z.string(),
  contentHash: z.string(),
  method: z.enum(SIGNATURE_METHODS),
  attestation: z.string().nullable(),
  reason: z.string().nullable(),
  /** The drawn signature's image (strokes stay in the database; the screen shows the picture). */
  png: z.string().nullable(),
});
export type CarePlanSignature = z.infer<typeof carePlanSignatureSchema>;
