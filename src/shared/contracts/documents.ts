import { z } from 'zod';
import { RECIPIENTS, RECORD_KINDS } from '../domain/access';
import { BUILT_IN_DOCUMENTS, documentRequestSchema } from '../domain/documents';
import { LANGUAGES } from '../domain/languages';
import { ROLES } from '../domain/roles';
import { idSchema } from '../domain/validation';
import { channel } from './channel';

/**
 * The documents Lantern makes for a client (issue 11): a preview first (the bytes stay in main,
 * the screen gets a copy to show), then Save as, Print or Keep, which register the document in
 * the client's file. A preview is registered once: a second save or print of it is another issue
 * of the same document, not a second document.
 */

export const DOCUMENT_ISSUES = ['saved', 'printed', 'kept'] as const;
export type DocumentIssue = (typeof DOCUMENT_ISSUES)[number];

/** What the preview dialog shows: the document (base64) and what it says about itself. */
export const documentPreviewSchema = z.object({
  previewId: z.string(),
  title: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  pageCount: z.number().int().nullable(),
  byteLength: z.number().int(),
  /** 42 CFR Part 2 information is in it (so is the redisclosure notice). */
  part2Included: z.boolean(),
  /**
   * What the policy kept out, per kind of record, for the person who made it (never printed;
   * Part 2 is never counted for someone else, see documents/disclosure.ts).
   */
  withheld: z.array(z.object({ kind: z.enum(RECORD_KINDS), count: z.number().int() })),
  /** The bytes, base64. */
  data: z.string(),
});
export type DocumentPreview = z.infer<typeof documentPreviewSchema>;

export const registeredDocumentSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  source: z.enum(['built_in', 'template']),
  definitionId: z.enum(BUILT_IN_DOCUMENTS).nullable(),
  templateId: z.string().nullable(),
  templateVersion: z.number().int().nullable(),
  title: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  byteLength: z.number().int(),
  pageCount: z.number().int().nullable(),
  language: z.enum(LANGUAGES),
  recipient: z.enum(RECIPIENTS),
  part2: z.boolean(),
  hasStoredCopy: z.boolean(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) }),
  /** Every time it was given out, oldest first. */
  issues: z.array(z.object({ how: z.enum(DOCUMENT_ISSUES), at: z.string(), byName: z.string() })),
});
export type RegisteredDocument = z.infer<typeof registeredDocumentSchema>;

const previewRef = z.strictObject({
  previewId: idSchema,
  /** "Keep a copy in Lantern": the bytes are stored in the encrypted database. */
  keepCopy: z.boolean().default(true),
});
const documentRef = z.strictObject({ documentId: idSchema });
const registered = z.object({ documentId: z.string() });
const savedTo = z.object({ documentId: z.string(), folder: z.string(), file: z.string() });

export const documentsContract = {
  /** Makes a built-in document and holds it as a preview for this person (nothing on disk). */
  'documents:preview': channel({
    input: documentRequestSchema,
    output: documentPreviewSchema,
    access: 'clients:read_caseload',
  }),
  /** Writes the previewed bytes where `files:chooseSaveLocation` (purpose `document`) answered. */
  'documents:save': channel({ input: previewRef, output: savedTo, access: 'clients:read_caseload' }),
  /** Registers and audits a print of a preview; the screen then opens the print dialog. */
  'documents:print': channel({ input: previewRef, output: registered, access: 'clients:read_caseload' }),
  /** "Keep in the client's file": registers it without giving it to anyone yet. */
  'documents:keep': channel({ input: previewRef, output: registered, access: 'clients:read_caseload' }),
  /** The client's registered documents, newest first. */
  'documents:list': channel({
    input: z.strictObject({ clientId: idSchema }),
    output: z.array(registeredDocumentSchema),
    access: 'clients:read_caseload',
  }),
  /** The stored copy of a registered document, to show it again exactly as it was given. */
  'documents:open': channel({
    input: documentRef,
    output: z.object({
      document: registeredDocumentSchema,
      /** The stored bytes, base64. */
      data: z.string(),
    }),
    access: 'clients:read_caseload',
  }),
  /** Saves the stored copy again, where `files:chooseSaveLocation` (purpose `document`) answered. */
  'documents:saveCopy': channel({ input: documentRef, output: savedTo, access: 'clients:read_caseload' }),
  /** Registers and audits printing the stored copy again; the screen then prints it. */
  'documents:printCopy': channel({ input: documentRef, output: registered, access: 'clients:read_caseload' }),
};
