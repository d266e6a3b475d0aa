import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { boundedString, idSchema } from '../domain/validation';
import { channel } from './channel';
import {
  LATE_ENTRY_DAYS,
  noteFormatEntrySchema,
  savedPhraseSchema,
  savePhraseInputSchema,
} from './progress-notes';

/**
 * The clinic's note settings: the default format, when a note counts as a late entry, and whose
 * notes need a supervisor's co-signature (by role, and by named account — a new worker, say).
 */
export const noteSettingsSchema = z.object({
  defaultFormatId: z.string(),
  lateEntryDays: z.number().int(),
  cosignRoles: z.array(z.enum(ROLES)),
  cosignAccountIds: z.array(z.string()),
});
export type NoteSettings = z.infer<typeof noteSettingsSchema>;

export const saveNoteSettingsInputSchema = z.strictObject({
  defaultFormatId: boundedString(40, 'validation.invalid').min(1, 'validation.required'),
  lateEntryDays: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(LATE_ENTRY_DAYS.min, 'validation.late_entry_range')
    .max(LATE_ENTRY_DAYS.max, 'validation.late_entry_range'),
  cosignRoles: z.array(z.enum(ROLES, 'validation.invalid')).max(ROLES.length),
  cosignAccountIds: z.array(idSchema).max(500, 'validation.too_many'),
});
export type SaveNoteSettingsInput = z.input<typeof saveNoteSettingsInputSchema>;

/** Note formats (shipped and the clinic's own) and saved phrases (a worker's and the clinic's). */
export const noteFormatsContract = {
  'notes:settings': channel({ input: z.strictObject({}), output: noteSettingsSchema, access: 'session' }),
  /** Audited as a from → to change, like the clinic settings. */
  'notes:saveSettings': channel({
    input: saveNoteSettingsInputSchema,
    output: noteSettingsSchema,
    access: 'settings:manage',
  }),
  'notes:formats': channel({
    input: z.strictObject({}),
    output: z.object({ formats: z.array(noteFormatEntrySchema), defaultFormatId: z.string() }),
    access: 'session',
  }),
  /** A clinic's own format, as the JSON text of a file; checked whole, each problem named. */
  'notes:addFormat': channel({
    input: z.strictObject({ text: boundedString(64 * 1024, 'validation.too_long') }),
    output: noteFormatEntrySchema,
    access: 'settings:manage',
  }),
  /**
   * The viewer's own phrases and the clinic's. Anyone who writes notes (`clients:edit`) or keeps
   * the clinic's phrases (`settings:manage`, `notes:cosign`; an administrator has only those)
   * — checked in main.
   */
  'notes:phrases': channel({
    input: z.strictObject({}),
    output: z.array(savedPhraseSchema),
    access: 'session',
  }),
  /** A clinic-wide phrase needs `settings:manage` or `notes:cosign` (checked in main). */
  'notes:savePhrase': channel({
    input: savePhraseInputSchema,
    output: savedPhraseSchema,
    access: 'session',
  }),
  'notes:deletePhrase': channel({
    input: z.strictObject({ id: idSchema }),
    output: z.null(),
    access: 'session',
  }),
};
