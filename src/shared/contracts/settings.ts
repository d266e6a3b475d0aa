import { z } from 'zod';
import { clinicNameSchema } from '../domain/validation';
import { channel } from './channel';

export const IDLE_LOCK_MINUTES = { min: 1, max: 60, default: 10 } as const;

export const settingsSchema = z.object({
  clinicName: z.string(),
  idleLockMinutes: z.number().int(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const updateSettingsInputSchema = z.strictObject({
  clinicName: clinicNameSchema,
  idleLockMinutes: z
    .number('validation.number')
    .int('validation.whole_number')
    .min(IDLE_LOCK_MINUTES.min, 'validation.idle_range')
    .max(IDLE_LOCK_MINUTES.max, 'validation.idle_range'),
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
