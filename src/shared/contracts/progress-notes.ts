import { z } from 'zod';
import { noteFormatSchema } from '../domain/note-formats';
import { boundedString, boundedText, calendarDateSchema, idSchema } from '../domain/validation';
import { channel } from './channel';

/**
 * Progress notes (issue 10): the record of one contact with a client, written in a format (DAP,
 * SOAP, BIRP, GIRP, narrative or the clinic's own), tied to the goals and objectives of the
 * client's current care plan, signed and locked through the signed-record primitive, corrected
 * only by addenda, co-signed by a supervisor when the clinic asks for it.
 *
 * Drafts and signed versions share one shape (`progressNoteDraftSchema`): a draft may be
 * incomplete; signing checks the rest in main (required sections of the format, the contact's
 * times, goals on the current plan) with field errors at the field (`sections.0.text`,
 * `addressed.1.goalId`, `endTime`).
 */

export const CONTACT_TYPES = [
  'face_to_face',
  'phone',
  'video',
  'home_visit',
  'community',
  'collateral',
  'group',
  'attempted',
  'no_show',
] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/** Contacts that did not reach the client: documented, but not the client's "last contact". */
export const UNREACHED_CONTACT_TYPES: readonly ContactType[] = ['attempted', 'no_show'];

/** One keystroke each in the editor: 1 progress, 2 no change, 3 setback, 4 not addressed. */
export const PROGRESS_MARKS = ['progress', 'no_change', 'setback', 'not_addressed'] as const;
export type ProgressMark = (typeof PROGRESS_MARKS)[number];

export const NOTE_LIMITS = {
  sectionText: 20_000,
  fieldText: 4_000,
  addressed: 60,
  /** A contact lasts at least a minute and less than a day. */
  maxDurationMinutes: 24 * 60,
  phrases: 500,
  phraseText: 4_000,
} as const;

/** Late entry: signed more than this many days after the contact (clinic setting). */
export const LATE_ENTRY_DAYS = { min: 1, max: 60, default: 3 } as const;

const timeOfDaySchema = boundedString(5, 'validation.time_format').regex(
  /^(?:[01]\d|2[0-3]):[0-5]\d$/,
  'validation.time_format',
);
const planItemRef = boundedString(36, 'validation.invalid_id').regex(
  /^[A-Za-z0-9-]{1,36}$/,
  'validation.invalid_id',
);
const text = (max: number) => boundedText(max).default('');

/** A plan goal (or one of its objectives) the contact worked on, with a quick progress mark. */
export const addressedItemSchema = z.strictObject({
  goalId: planItemRef,
  /** Null: the goal as a whole. */
  objectiveId: planItemRef.nullable().default(null),
  mark: z.enum(PROGRESS_MARKS, 'validation.invalid').default('not_addressed'),
});
export type AddressedItem = z.output<typeof addressedItemSchema>;

export const noteSectionSchema = z.strictObject({
  /** The format's section id. */
  id: boundedString(40, 'validation.invalid'),
  text: text(NOTE_LIMITS.sectionText),
});

/** A note's content, as drafted and as signed (schema version 1). */
export const progressNoteDraftSchema = z.strictObject({
  formatId: boundedString(40, 'validation.invalid').min(1, 'validation.required'),
  formatVersion: boundedString(20, 'validation.invalid').min(1, 'validation.required'),
  /** The contact, in the workstation's local calendar and clock. */
  contactDate: calendarDateSchema.nullable().default(null),
  startTime: timeOfDaySchema.nullable().default(null),
  /** One of these two, or both when they agree; main derives the other. */
  durationMinutes: z.number('validation.number').int('validation.whole_number').nullable().default(null),
  endTime: timeOfDaySchema.nullable().default(null),
  contactType: z.enum(CONTACT_TYPES, 'validation.invalid').default('face_to_face'),
  /** For a collateral contact: with whom (a landlord, a sister, the pharmacy). */
  collateralWith: text(200),
  location: text(200),
  participants: text(500),
  /** The plan version the goals were picked from. */
  planVersionId: idSchema.nullable().default(null),
  addressed: z.array(addressedItemSchema).max(NOTE_LIMITS.addressed, 'validation.too_many').default([]),
  sections: z.array(noteSectionSchema).max(12, 'validation.too_many').default([]),
  interventions: text(NOTE_LIMITS.fieldText),
  clientResponse: text(NOTE_LIMITS.fieldText),
  nextSteps: text(NOTE_LIMITS.fieldText),
  followUpDate: calendarDateSchema.nullable().default(null),
  /** Marked as 42 CFR Part 2 information by the writer (a Part 2 client's notes are Part 2 anyway). */
  part2: z.boolean().default(false),
});
export type ProgressNoteContent = z.output<typeof progressNoteDraftSchema>;
export type ProgressNoteDraftInput = z.input<typeof progressNoteDraftSchema>;

export const NOTE_STATES = [
  /** Being written; only its writer edits it. */
  'draft',
  /** Signed by the writer, waiting for a supervisor's co-signature. */
  'awaiting_cosign',
  /** A supervisor returned it with a comment: a new draft version is the writer's again. */
  'returned',
  /** Signed (and co-signed where required): final. */
  'signed',
] as const;
export type NoteState = (typeof NOTE_STATES)[number];

const signatureSchema = z.object({
  role: z.enum(['worker', 'supervisor']),
  signerName: z.string(),
  signedAt: z.string(),
});

export const noteAddendumSchema = z.object({
  id: z.string(),
  text: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  signedAt: z.string().nullable(),
});
export type NoteAddendum = z.infer<typeof noteAddendumSchema>;

export const noteReturnSchema = z.object({
  versionNo: z.number().int(),
  comment: z.string(),
  byName: z.string(),
  at: z.string(),
});

export const noteEnteredInErrorSchema = z.object({ reason: z.string(), byName: z.string(), at: z.string() });

/** Where a list shows a note: enough to find it, no section text. */
export const noteSummarySchema = z.object({
  id: z.string(),
  clientId: z.string(),
  /** For lists across clients (drafts, queues, search); the client's display name. */
  clientName: z.string(),
  state: z.enum(NOTE_STATES),
  formatId: z.string(),
  contactDate: z.string().nullable(),
  startTime: z.string().nullable(),
  contactType: z.enum(CONTACT_TYPES),
  authorId: z.string(),
  authorName: z.string(),
  signedAt: z.string().nullable(),
  /** Signed more than the clinic's late-entry days after the contact. */
  late: z.boolean(),
  addendumCount: z.number().int(),
  part2: z.boolean(),
  enteredInError: noteEnteredInErrorSchema.nullable(),
  updatedAt: z.string(),
});
export type NoteSummary = z.infer<typeof noteSummarySchema>;

export const noteVersionSchema = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  state: z.enum(['draft', 'signed', 'superseded']),
  content: progressNoteDraftSchema,
  signatures: z.array(signatureSchema),
  updatedAt: z.string(),
});

/** A note as its screen reads it: every version (the returned ones kept), addenda, marks. */
export const noteDetailSchema = noteSummarySchema.extend({
  /** The version in force (signed) or being written (the draft); the newest is last in `versions`. */
  current: noteVersionSchema,
  versions: z.array(noteVersionSchema),
  addenda: z.array(noteAddendumSchema),
  returns: z.array(noteReturnSchema),
  cosignRequired: z.boolean(),
  /** Days from the contact to the writer's signature, when signed. */
  daysToSign: z.number().int().nullable(),
  /** What the viewer may do now (main decides; the screen only shows the buttons). */
  can: z.object({
    edit: z.boolean(),
    sign: z.boolean(),
    cosign: z.boolean(),
    returnToWriter: z.boolean(),
    addAddendum: z.boolean(),
    markEnteredInError: z.boolean(),
  }),
});
export type NoteDetail = z.infer<typeof noteDetailSchema>;

/** A format as the editor and Administration read it. */
export const noteFormatEntrySchema = z.object({
  format: noteFormatSchema,
  origin: z.enum(['shipped', 'clinic']),
  addedAt: z.string().nullable(),
  addedByName: z.string().nullable(),
});
export type NoteFormatEntry = z.infer<typeof noteFormatEntrySchema>;

export const PHRASE_SCOPES = ['mine', 'clinic'] as const;
export const savedPhraseSchema = z.object({
  id: z.string(),
  scope: z.enum(PHRASE_SCOPES),
  /** Typed after `;` in a section to insert the phrase (";hv" → the home-visit sentence). */
  shortcut: z.string(),
  title: z.string(),
  text: z.string(),
  ownerName: z.string().nullable(),
  updatedAt: z.string(),
});
export type SavedPhrase = z.infer<typeof savedPhraseSchema>;

export const savePhraseInputSchema = z.strictObject({
  id: idSchema.optional(),
  scope: z.enum(PHRASE_SCOPES, 'validation.invalid'),
  shortcut: boundedString(20, 'validation.too_long').regex(
    /^[a-z0-9][a-z0-9-]{0,19}$/,
    'validation.phrase_shortcut',
  ),
  title: boundedText(120).min(1, 'validation.required'),
  text: boundedText(NOTE_LIMITS.phraseText).min(1, 'validation.required'),
});
export type SavePhraseInput = z.input<typeof savePhraseInputSchema>;

/** A piece of a search hit's snippet: matched words are `match: true` (no HTML crosses IPC). */
export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });

export const noteSearchHitSchema = z.object({
  noteId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  contactDate: z.string().nullable(),
  authorName: z.string(),
  /** Where the words were found: the note's text or one of its addenda. */
  in: z.enum(['note', 'addendum']),
  snippet: z.array(snippetPartSchema),
  part2: z.boolean(),
  enteredInError: z.boolean(),
});
export type NoteSearchHit = z.infer<typeof noteSearchHitSchema>;

export const noteSearchInputSchema = z.strictObject({
  /** Words to find (each word must appear; a "quoted phrase" as written). */
  query: boundedText(200).min(2, 'validation.search_too_short'),
  /** One client's notes; left out, every note the viewer may read. */
  clientId: idSchema.optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  authorId: idSchema.optional(),
  limit: z.number().int().min(1).max(100).default(50),
  offset: z.number().int().min(0).max(10_000).default(0),
});
export type NoteSearchInput = z.input<typeof noteSearchInputSchema>;

const noteInput = z.strictObject({ noteId: idSchema });
const versionInput = z.strictObject({ versionId: idSchema });
const reasonSchema = boundedText(1000).min(1, 'validation.required');

export const progressNotesContract = {
  /** The client's notes, newest contact first: signed ones, and the viewer's own drafts. */
  'notes:list': channel({
    input: z.strictObject({ clientId: idSchema }),
    output: z.array(noteSummarySchema),
    access: 'clients:read_caseload',
  }),
  'notes:get': channel({ input: noteInput, output: noteDetailSchema, access: 'clients:read_caseload' }),
  /**
   * A new draft, filled in: today, now, face to face, the current plan's goals (each "not
   * addressed"), the clinic's default format unless one is chosen. `sameAsLastTime` copies the
   * previous signed note's contact details (type, location, participants, duration, collateral) —
   * never its narrative.
   */
  'notes:start': channel({
    input: z.strictObject({
      clientId: idSchema,
      formatId: boundedString(40, 'validation.invalid').optional(),
      sameAsLastTime: z.boolean().default(false),
    }),
    output: noteDetailSchema,
    access: 'clients:edit',
  }),
  /** Autosave (every few seconds while typing; not audited). Only the writer's own draft. */
  'notes:saveDraft': channel({
    input: z.strictObject({ versionId: idSchema, content: progressNoteDraftSchema }),
    output: z.object({ versionId: z.string(), updatedAt: z.string() }),
    access: 'clients:edit',
  }),
  'notes:discardDraft': channel({ input: versionInput, output: z.null(), access: 'clients:edit' }),
  /** The writer signs: checked complete, frozen; awaiting co-signature where the clinic says so. */
  'notes:sign': channel({ input: versionInput, output: noteDetailSchema, access: 'clients:edit' }),
  /** A correction or later information, signed at once; the note itself is never touched. */
  'notes:addAddendum': channel({
    input: z.strictObject({
      noteId: idSchema,
      text: boundedText(NOTE_LIMITS.sectionText).min(1, 'validation.required'),
    }),
    output: noteDetailSchema,
    access: 'clients:edit',
  }),
  'notes:markEnteredInError': channel({
    input: z.strictObject({ noteId: idSchema, reason: reasonSchema }),
    output: noteDetailSchema,
    access: 'clients:edit',
  }),
  'notes:cosign': channel({
    input: z.strictObject({ versionId: idSchema, comment: boundedText(1000).optional() }),
    output: noteDetailSchema,
    access: 'notes:cosign',
  }),
  /** Back to the writer with a comment: the returned version is kept, a new draft made from it. */
  'notes:return': channel({
    input: z.strictObject({ versionId: idSchema, comment: reasonSchema }),
    output: noteDetailSchema,
    access: 'notes:cosign',
  }),
  /** The viewer's unsigned drafts across clients (returned ones included, marked). */
  'notes:myDrafts': channel({
    input: z.strictObject({}),
    output: z.array(noteSummarySchema),
    access: 'clients:edit',
  }),
  'notes:returnedToMe': channel({
    input: z.strictObject({}),
    output: z.array(noteSummarySchema),
    access: 'clients:edit',
  }),
  'notes:awaitingCosign': channel({
    input: z.strictObject({}),
    output: z.array(noteSummarySchema),
    access: 'notes:cosign',
  }),
};
