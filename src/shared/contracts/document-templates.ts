import { z } from 'zod';
import { RECIPIENTS, RECORD_KINDS } from '../domain/access';
import { LANGUAGES } from '../domain/languages';
import { TEMPLATE_FIELD_TYPES } from '../domain/template-fields';
import { boundedString, boundedText, idSchema } from '../domain/validation';
import { channel } from './channel';

/**
 * The clinic's own Word templates (issue 11): an administrator or supervisor uploads a `.docx`
 * with Lantern fields in braces (`{client.preferredName}`, `{#plan.goals}…{/plan.goals}`), or
 * Word mail-merge fields Lantern converts; a worker fills one for a client. Uploading is two
 * steps: `inspect` reports what is in the file (fields, mail-merge fields and whether each maps,
 * every problem with its tag and paragraph) and keeps nothing; `add` keeps it as a template, or
 * as a new version of one. Filling makes a preview (src/main/documents/previews.ts) that the
 * Documents channels save, print or keep.
 */

export const TEMPLATE_LIMITS = {
  /** The largest .docx accepted. */
  maxBytes: 5 * 1024 * 1024,
  /** What its parts may unpack to together (a small file that inflates to gigabytes is refused). */
  maxUnpackedBytes: 60 * 1024 * 1024,
  /** The file travels as base64 in chunks of at most this many characters. */
  chunkChars: 512 * 1024,
  /** Room for a file a little over the limit, which main then refuses by name. */
  maxChunks: 16,
  /** Paragraphs of a filled document's text preview. */
  previewParagraphs: 400,
} as const;

/** What can be wrong in a template's tags; each has its sentence, `errors.template_<problem>`. */
export const TEMPLATE_PROBLEMS = [
  'unknown_field',
  'bad_expression',
  'list_as_field',
  'raw_xml',
  'unclosed_tag',
  'unopened_tag',
  'duplicate_open_tag',
  'duplicate_close_tag',
  'unclosed_loop',
  'unopened_loop',
  'loop_mismatch',
  'loop_position',
  'unreadable',
] as const;
export type TemplateProblemId = (typeof TEMPLATE_PROBLEMS)[number];

export const templateProblemSchema = z.object({
  problem: z.enum(TEMPLATE_PROBLEMS),
  /** The tag as written (without its braces), or what docxtemplater read as one. */
  tag: z.string(),
  /** The paragraph it is in (1-based, in its part), when known. */
  paragraph: z.number().int().nullable(),
  /** The start of that paragraph's text, to find it in Word. */
  excerpt: z.string(),
  part: z.enum(['body', 'header', 'footer']),
});
export type TemplateProblem = z.infer<typeof templateProblemSchema>;

export const mergeFieldFindingSchema = z.object({
  /** The mail-merge name as Word has it (`FirstName`). */
  name: z.string(),
  /** The Lantern field it converts to, or null when Lantern has no such field. */
  field: z.string().nullable(),
  count: z.number().int(),
});
export type MergeFieldFinding = z.infer<typeof mergeFieldFindingSchema>;

export const templateFindingsSchema = z.object({
  /** The Lantern fields the template uses (after converting the mail-merge fields that map). */
  fields: z.array(z.string()),
  mergeFields: z.array(mergeFieldFindingSchema),
  /** Nothing can be kept while there is one: each says what and where. */
  problems: z.array(templateProblemSchema),
});
export type TemplateFindings = z.infer<typeof templateFindingsSchema>;

const versionSchema = z.object({
  version: z.number().int(),
  fileName: z.string(),
  byteLength: z.number().int(),
  mergeFieldsConverted: z.number().int(),
  addedAt: z.string(),
  addedByName: z.string(),
});

export const documentTemplateSchema = z.object({
  id: z.string(),
  /** The newest version's name and description. */
  name: z.string(),
  description: z.string(),
  status: z.enum(['active', 'archived']),
  /** The newest version: what a fill uses. */
  version: z.number().int(),
  fields: z.array(z.string()),
  versions: z.array(versionSchema),
  archivedAt: z.string().nullable(),
  archivedByName: z.string().nullable(),
});
export type DocumentTemplate = z.infer<typeof documentTemplateSchema>;

export const templateFieldEntrySchema = z.object({
  path: z.string(),
  /** What to type between the braces where the field is used (inside its list's loop for a list item). */
  tag: z.string(),
  type: z.enum(TEMPLATE_FIELD_TYPES),
  kind: z.enum(RECORD_KINDS).nullable(),
  list: z.string().nullable(),
  /** The demo client's value: synthetic, never a real client's. */
  example: z.string(),
});
export type TemplateFieldEntry = z.infer<typeof templateFieldEntrySchema>;

/** The examples Lantern ships in resources/templates/. */
export const EXAMPLE_TEMPLATES = ['housing-support-letter', 'benefits-verification-letter'] as const;
export type ExampleTemplateId = (typeof EXAMPLE_TEMPLATES)[number];

/** A .docx as base64 chunks (each well under a megabyte: no single string of an input is huge). */
const fileContent = z
  .array(boundedString(TEMPLATE_LIMITS.chunkChars).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.invalid'))
  .min(1, 'validation.required')
  .max(TEMPLATE_LIMITS.maxChunks, 'validation.template_file_too_large');

const uploadedFile = {
  /** The file's name as chosen, shown in the versions list (the bytes decide what it is). */
  fileName: boundedText(200).min(1, 'validation.required'),
  content: fileContent,
};

export const addTemplateInputSchema = z.strictObject({
  /** Null: a new template; an id: a new version of that template. */
  templateId: idSchema.nullable().default(null),
  name: boundedText(120).min(1, 'validation.required'),
  description: boundedText(1000).default(''),
  ...uploadedFile,
  /** Replace the mail-merge fields Lantern knows with Lantern fields. */
  convertMergeFields: z.boolean().default(true),
});
export type AddTemplateInput = z.input<typeof addTemplateInputSchema>;

export const fillTemplateInputSchema = z.strictObject({
  templateId: idSchema,
  clientId: idSchema,
  /** Who it is for: the disclosure rule depends on it. */
  recipient: z.enum(RECIPIENTS, 'validation.required'),
  /** The language dates and labels are written in. */
  language: z.enum(LANGUAGES, 'validation.language').default('en'),
});
export type FillTemplateInput = z.input<typeof fillTemplateInputSchema>;

export const filledTemplateSchema = z.object({
  previewId: z.string(),
  title: z.string(),
  /** Without the client's name or number. */
  fileName: z.string(),
  templateVersion: z.number().int(),
  /** The filled document's paragraphs as text, for the preview. */
  paragraphs: z.array(z.string()),
  part2Included: z.boolean(),
});
export type FilledTemplate = z.infer<typeof filledTemplateSchema>;

const templateRef = z.strictObject({ templateId: idSchema });

export const documentTemplatesContract = {
  /** The clinic's templates (wording and layout, no client information); archived ones on request. */
  'documentTemplates:list': channel({
    input: z.strictObject({ includeArchived: z.boolean().default(false) }),
    output: z.array(documentTemplateSchema),
    access: 'clients:read_demographics',
  }),
  /** Every field a template may use, with the demo client's example value. */
  'documentTemplates:fields': channel({
    input: z.strictObject({}),
    output: z.array(templateFieldEntrySchema),
    access: 'session',
  }),
  /** What is in an uploaded file, before keeping it. Keeps nothing. */
  'documentTemplates:inspect': channel({
    input: z.strictObject(uploadedFile),
    output: templateFindingsSchema,
    access: 'documents:manage_templates',
  }),
  'documentTemplates:add': channel({
    input: addTemplateInputSchema,
    output: documentTemplateSchema,
    access: 'documents:manage_templates',
  }),
  /** Adds one of the shipped examples as a template of the clinic's. */
  'documentTemplates:addExample': channel({
    input: z.strictObject({ example: z.enum(EXAMPLE_TEMPLATES, 'validation.invalid') }),
    output: documentTemplateSchema,
    access: 'documents:manage_templates',
  }),
  /** No longer offered for filling; kept, with its versions, for the documents made from it. */
  'documentTemplates:archive': channel({
    input: templateRef,
    output: z.null(),
    access: 'documents:manage_templates',
  }),
  /** Fills the template's newest version for a client and holds it as a preview. */
  'documentTemplates:fill': channel({
    input: fillTemplateInputSchema,
    output: filledTemplateSchema,
    access: 'clients:read_demographics',
  }),
};
