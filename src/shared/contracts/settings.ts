import { z } from 'zod';
import { REASSESSMENT_INTERVAL_DAYS } from '../domain/reassessment';
import { clinicNameSchema } from '../domain/validation';
import { channel } from './channel';

export const IDLE_LOCK_MINUTES = { min: 1, max: 60, default: 10 } as const;
/** A hard limit on one session, activity or not (off unless the clinic sets it). */
export const MAX_SESSION_HOURS = { min: 1, max: 24, suggested: 8 } as const;
/** Days from a care plan's start to its review (issue 9: default 90). */
export const PLAN_REVIEW_DAYS = { min: 7, max: 730, default: 90 } as const;

export const settingsSchema = z.object({
  clinicName: z.string(),
  idleLockMinutes: z.number().int(),
  /** Lock this many hours after signing in even while in use; null: no limit. */
  maxSessionHours: z.number().int().nullable(),
  /** Reassess every client every this many days after their last signed assessment. */
  reassessmentIntervalDays: z.number().int(),
  /** A new care plan's review date is its start plus this many days. */
  planReviewDays: z.number().int(),
  /** A care plan is in force only once a supervisor has approved it. */
  planSupervisorApproval: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const updateSettingsInputSchema = z.strictObject({
  clinicName: clinicNameSchema,
  idleLockMinutes: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(IDLE_LOCK_MINUTES.min, 'validation.idle_range')
    .max(IDLE_LOCK_MINUTES.max, 'validation.idle_range'),
  /** Null turns the limit off; left out, it stays as it is. */
  maxSessionHours: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(MAX_SESSION_HOURS.min, 'validation.session_hours_range')
    .max(MAX_SESSION_HOURS.max, 'validation.session_hours_range')
    .nullable()
    .optional(),
  /** Left out, it stays as it is (default 180). */
  reassessmentIntervalDays: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(REASSESSMENT_INTERVAL_DAYS.min, 'validation.reassessment_range')
    .max(REASSESSMENT_INTERVAL_DAYS.max, 'validation.reassessment_range')
    .optional(),
  /** Left out (older screens, scripts), these stay as they are. */
  planReviewDays: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(PLAN_REVIEW_DAYS.min, 'validation.plan_review_days_range')
    .max(PLAN_REVIEW_DAYS.max, 'validation.plan_review_days_range')
    .optional(),
  planSupervisorApproval: z.boolean().optional(),
});
export type UpdateSettingsInput = z.input<typeof updateSettingsInputSchema>;

export const settingsContract = {
  'settings:get': channel({ input: z.strictObject({}), output: settingsSchema, access: 'session' }),
  'settings:update': channel({
    input: updateSettingsInputSchema,
    output: settingsSchema,
    access: 'settings:manage',
  }),
};
