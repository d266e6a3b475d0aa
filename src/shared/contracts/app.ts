import { z } from 'zod';
import { channel } from './channel';
import { appStatusSchema } from './session';

export const appContract = {
  /** Where the workstation stands: needs setup, locked, or signed in (and as whom). */
  'app:status': channel({
    input: z.strictObject({}),
    output: appStatusSchema,
    access: 'public',
    allowedWhen: ['password_change', 'recovery_key'],
  }),
};
