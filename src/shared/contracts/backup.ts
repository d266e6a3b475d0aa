import { z } from 'zod';
import { localPathProblem } from '../domain/local-path';
import { boundedString, boundedText } from '../domain/validation';
import { channel } from './channel';

/**
 * A folder or file path as typed or pasted (or filled in by Browse…). Windows' "Copy as path"
 * wraps it in quotes, which are dropped. Length is checked before anything else looks at it;
 * network, device and relative paths are refused (see local-path.ts).
 */
export const localPathSchema = boundedText(1000)
  .min(1, 'validation.required')
  .transform((path) =>
    path.length > 1 && path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1) : path,
  )
  .superRefine((path, ctx) => {
    const problem = localPathProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const backupSettingsSchema = z.strictObject({
  /** A folder on another disk or a USB drive is safest. */
  folder: localPathSchema,
  automatic: z.boolean(),
  keepDaily: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(1, 'validation.keep_range')
    .max(60, 'validation.keep_range'),
  keepMonthly: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(0, 'validation.keep_range')
    .max(120, 'validation.keep_range'),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const backupSummarySchema = z.object({
  name: z.string(),
  path: z.string(),
  createdAt: z.string(),
  kind: z.string(),
  clinicName: z.string(),
  bytes: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

export const backupStatusSchema = z.object({
  // As stored: a folder saved by an older Lantern is shown as it is, not refused on the way out.
  settings: backupSettingsSchema.extend({ folder: z.string() }),
  folderAvailable: z.boolean(),
  lastVerifiedAt: z.string().nullable(),
  lastAttempt: z
    .object({
      at: z.string(),
      ok: z.boolean(),
      /** A failure said by catalogue key (`errors.backup_*`), filled in with `folder`. */
      messageKey: z.string().nullable(),
      folder: z.string(),
      /** English text of a run logged by an older Lantern (shown as the general sentence). */
      message: z.string().nullable(),
    })
    .nullable(),
  /** No verified backup in the last 3 days, or the folder is missing: worth a warning. */
  needsAttention: z.boolean(),
  backups: z.array(backupSummarySchema),
  /** A restore that can still be undone. */
  undoableRestore: z.object({ restoredAt: z.string(), backupName: z.string() }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

const backupPath = localPathSchema;

export const restoreInputSchema = z
  .strictObject({
    path: backupPath,
    username: boundedText(64).default(''),
    password: boundedString(256).default(''),
    recoveryKey: boundedText(200).default(''),
  })
  .refine((v) => v.recoveryKey !== '' || (v.username !== '' && v.password !== ''), {
    path: ['password'],
    message: 'validation.restore_credentials',
  });
export type RestoreInput = z.input<typeof restoreInputSchema>;

export const backupContract = {
  'backup:status': channel({
    input: z.strictObject({}),
    output: backupStatusSchema,
    access: 'settings:manage',
  }),
  'backup:updateSettings': channel({
    input: backupSettingsSchema,
    output: backupSettingsSchema,
    access: 'settings:manage',
  }),
  /** "Back up now": progress arrives as `backup:progress` events. */
  'backup:run': channel({
    input: z.strictObject({}),
    output: backupSummarySchema,
    access: 'settings:manage',
  }),
  /** Checks a backup and shows what it holds before anyone restores it. */
  'backup:inspect': channel({
    input: z.strictObject({ path: backupPath }),
    output: backupSummarySchema,
    access: 'settings:manage',
  }),
  /**
   * Replaces the clinic's data with a backup, after checking it and an administrator password
   * valid in that backup (or its recovery key). The current data is kept aside, never overwritten.
   */
  'backup:restore': channel({ input: restoreInputSchema, output: z.null(), access: 'settings:manage' }),
  /** "Move to a new computer": one encrypted clinic file in the backup folder. */
  'backup:exportClinic': channel({
    input: z.strictObject({}),
    output: z.object({ path: z.string(), bytes: z.number().int() }),
    access: 'settings:manage',
  }),
  /**
   * After an upgrade was cut short (power loss): put back the copy taken before it. From the
   * sign-in screen, with an administrator's password, because the upgraded data may not open.
   */
  'backup:restorePreUpgrade': channel({
    input: z.strictObject({
      username: boundedText(64).min(1, 'validation.required'),
      password: boundedString(256).min(1, 'validation.required'),
    }),
    output: z.null(),
    access: 'public',
  }),
  'backup:undoRestore': channel({ input: z.strictObject({}), output: z.null(), access: 'settings:manage' }),
};
