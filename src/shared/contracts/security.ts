import { z } from 'zod';
import { channel } from './channel';

export const keyChangeResultSchema = z.object({
  changedAt: z.string(),
  /** Staff accounts whose passwords open the database under its new key. */
  accounts: z.number().int().nonnegative(),
});
export type KeyChangeResultView = z.infer<typeof keyChangeResultSchema>;

export const securityContract = {
  /**
   * Re-encrypts the database under a new random key and seals it into every active account's
   * slot and the recovery slot. Old keyrings (in backups, clinic files) stop opening today's data.
   */
  'security:rotateDatabaseKey': channel({
    input: z.strictObject({}),
    output: keyChangeResultSchema,
    access: 'accounts:manage',
  }),
};
