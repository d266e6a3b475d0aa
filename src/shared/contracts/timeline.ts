import { z } from 'zod';
import { calendarDateSchema, idSchema } from '../domain/validation';
import { channel } from './channel';

/**
 * The client's timeline (issue 10): everything in the file in one chronological list, newest
 * first, each item pointing at the record it came from. Read in pages (keyset on time and id),
 * so a file with thousands of items opens as fast as one with ten.
 */

export const TIMELINE_KINDS = [
  'assessment',
  'measure',
  'care_plan',
  'note',
  'addendum',
  'risk',
  'alert',
  'care_team',
  'diagnosis',
  'discharge',
  'document',
  'attachment',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/**
 * What happened, as a catalogue key's last part (`timeline.event.<event>`): the screen words it.
 * Values for the sentence travel in `params` (a score, a version number, a risk level).
 */
export const TIMELINE_EVENTS = [
  'assessment_signed',
  'measure_given',
  'plan_signed',
  'plan_agreed',
  'plan_approved',
  'note_signed',
  'note_cosigned',
  'note_returned',
  'addendum_signed',
  'risk_changed',
  'alert_raised',
  'alert_acknowledged',
  'care_team_changed',
  'diagnosis_changed',
  'client_discharged',
  'client_reenrolled',
  'document_issued',
  'attachment_added',
  'attachment_removed',
] as const;
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];

/** Which screen opens the item's record, and its id there. */
export const timelineRefSchema = z.object({
  screen: z.enum([
    'assessment',
    'measures',
    'care_plan',
    'note',
    'risk',
    'care_team',
    'diagnoses',
    'discharge',
    'documents',
  ]),
  id: z.string().nullable(),
});

export const timelineItemSchema = z.object({
  /** Unique within the timeline (kind and source row), stable across reads: the page cursor. */
  id: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  event: z.enum(TIMELINE_EVENTS),
  /** An instant (ISO-8601 UTC); for a note, the contact's time where known. */
  at: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  /** A short line of the record's own text where it has one (a note's first words), else null. */
  excerpt: z.string().nullable(),
  part2: z.boolean(),
  enteredInError: z.boolean(),
  ref: timelineRefSchema,
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const timelineInputSchema = z.strictObject({
  clientId: idSchema,
  /** Left out or empty: every kind. */
  kinds: z.array(z.enum(TIMELINE_KINDS, 'validation.invalid')).max(TIMELINE_KINDS.length).optional(),
  authorId: idSchema.optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  /** The last item of the previous page (`nextCursor`); left out, the newest page. */
  cursor: z.string().max(200, 'validation.too_long').optional(),
  limit: z.number().int().min(1).max(200).default(100),
});
export type TimelineInput = z.input<typeof timelineInputSchema>;

export const timelineContract = {
  'timeline:list': channel({
    input: timelineInputSchema,
    output: z.object({
      items: z.array(timelineItemSchema),
      nextCursor: z.string().nullable(),
      /** Authors who appear in this client's timeline, for the filter. */
      authors: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
    access: 'clients:read_caseload',
  }),
};
