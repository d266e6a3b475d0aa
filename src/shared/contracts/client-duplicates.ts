/** Possible duplicates of a person, and merging two records of one person. */
import { z } from 'zod';
import { boundedText, calendarDateSchema, idSchema } from '../domain/validation';
import { clientDemographicsSchema } from './client-views';

const text = (max: number) => boundedText(max);

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

export const duplicateCheckInputSchema = z.strictObject({
  legalFirstName: text(100),
  legalLastName: text(100),
  birthDate: calendarDateSchema,
  excludeId: idSchema.optional(),
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
