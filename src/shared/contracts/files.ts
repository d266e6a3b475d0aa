import { z } from 'zod';
import { idSchema } from '../domain/validation';
import { channel } from './channel';

/**
 * Browse…: the operating system's own dialogs, opened by main. A volunteer administrator should
 * never have to type a path. The renderer says what the pick is for and gives the translated
 * title; main decides everything else (filters, who may ask) and checks what comes back.
 */
const title = z.string().trim().min(1, 'validation.required').max(200, 'validation.too_long');

export const pickedPathSchema = z.object({ path: z.string().nullable() });

export const saveLocationSchema = z.object({
  /** Null when the person cancelled. */
  path: z.string().nullable(),
  /** The sync service whose folder the location is in (the file would be uploaded), or null. */
  syncService: z.enum(['OneDrive', 'Dropbox', 'Google Drive', 'iCloud Drive']).nullable(),
});
export type SaveLocation = z.infer<typeof saveLocationSchema>;

export const filesContract = {
  /** A folder: where backups go (administrators), or a backup to restore or import. */
  'files:pickFolder': channel({
    input: z.strictObject({ purpose: z.enum(['backup_folder', 'backup_to_restore']), title }),
    output: pickedPathSchema,
    // First-run import has no session yet: main allows it then, and otherwise administrators only.
    access: 'public',
  }),
  /** A `.lanternclinic` file to bring in at first run. */
  'files:pickFile': channel({
    input: z.strictObject({ purpose: z.enum(['clinic_file']), title }),
    output: pickedPathSchema,
    access: 'public',
  }),
  /**
   * Where to save a client's record export, a document, an attachment's copy or the audit trail.
   * Main keeps the chosen path and the next export by the same person writes there; the renderer
   * only shows it. Who may ask depends on the purpose: main checks it (SAVE_PERMISSION).
   */
  'files:chooseSaveLocation': channel({
    input: z.discriminatedUnion(
      'purpose',
      [
        z.strictObject({ purpose: z.literal('fhir_export'), title }),
        // A document: the preview being saved, or a registered document's stored copy. Main
        // suggests its file name (never the client's name) and filters by its type.
        z
          .strictObject({
            purpose: z.literal('document'),
            title,
            previewId: idSchema.optional(),
            documentId: idSchema.optional(),
          })
          .refine((value) => (value.previewId === undefined) !== (value.documentId === undefined), {
            message: 'validation.invalid',
            path: ['previewId'],
          }),
        // An attachment's copy: main suggests a name of its type (never the client's name).
        z.strictObject({ purpose: z.literal('attachment'), title, attachmentId: idSchema }),
        // The audit trail, filtered, as CSV or PDF (administrators; main checks `audit:read`).
        z.strictObject({
          purpose: z.literal('audit_export'),
          title,
          format: z.enum(['csv', 'pdf']).default('csv'),
        }),
      ],
      'validation.invalid',
    ),
    output: saveLocationSchema,
    access: 'session',
  }),
};
