import { z } from 'zod';
import { localizedTextSchema } from './instruments';

/**
 * A progress-note format (DAP, SOAP, BIRP, GIRP, narrative, or a clinic's own) described as data:
 * the files in resources/note-formats and the ones a clinic adds (Administration → Note formats).
 * A format is its sections, each with a label, a prompt that says what goes in it, and whether a
 * note may be signed without it. This schema is the only description of that format; the editor
 * draws its sections from it and main checks the required ones when a note is signed. Pure.
 */

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const SECTION_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export const NOTE_FORMAT_LIMITS = { sections: 12, fileChars: 64 * 1024 } as const;

export const noteFormatSectionSchema = z.strictObject({
  id: z.string().regex(SECTION_ID),
  label: localizedTextSchema,
  /** What belongs in the section, shown under its label while the note is written. */
  prompt: localizedTextSchema,
  required: z.boolean(),
});
export type NoteFormatSection = z.infer<typeof noteFormatSectionSchema>;

export const noteFormatSchema = z
  .strictObject({
    id: z.string().regex(ID),
    /** Changes when the sections change; a signed note keeps the version it was written in. */
    version: z.string().trim().min(1).max(20),
    name: localizedTextSchema,
    description: localizedTextSchema.optional(),
    sections: z.array(noteFormatSectionSchema).min(1).max(NOTE_FORMAT_LIMITS.sections),
  })
  .superRefine((format, issue) => {
    const seen = new Set<string>();
    format.sections.forEach((section, index) => {
      if (seen.has(section.id))
        issue.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: 'duplicate section id' });
      seen.add(section.id);
    });
  });
export type NoteFormat = z.infer<typeof noteFormatSchema>;

export interface NoteFormatProblem {
  path: string;
  detail: string;
}

/** Parses a format file's text: the format, or every problem with where it is. */
export function parseNoteFormatText(
  text: string,
): { ok: true; format: NoteFormat } | { ok: false; problems: NoteFormatProblem[] } {
  if (text.length > NOTE_FORMAT_LIMITS.fileChars)
    return { ok: false, problems: [{ path: '', detail: 'file too large' }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', detail: 'not JSON' }] };
  }
  const parsed = noteFormatSchema.safeParse(json);
  if (parsed.success) return { ok: true, format: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), detail: issue.message })),
  };
}
