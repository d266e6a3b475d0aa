import { z } from 'zod';
import { boundedString, boundedText } from '../domain/validation';
import { channel } from './channel';

export const backupSettingsSchema = z.strictObject({
  /** A folder on another disk or a USB drive is safest. */
  folder: boundedText(1000).min(1, 'validation.required'),
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
  settings: backupSettingsSchema,
  folderAvailable: z.boolean(),
  lastVerifiedAt: z.string().nullable(),
  lastAttempt: z.object({ at: z.string(), ok: z.boolean(), message: z.string().nullable() }).nullable(),
  /** No verified backup in the last 3 days, or the folder is missing: worth a warning. */
  needsAttention: z.boolean(),
  backups: z.array(backupSummarySchema),
  /** A restore that can still be undone. */
  undoableRestore: z.object({ restoredAt: z.string(), backupName: z.string() }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

/** A path as typed or pasted; Windows' "Copy as path" wraps it in quotes, which are dropped. */
const backupPath = boundedText(1000)
  .min(1, 'validation.required')
  .transform((path) => path.replace(/^"(.*)"$/, '$1'));

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
