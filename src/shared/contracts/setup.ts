import { z } from 'zod';
import {
  checkPasswordPair,
  clinicNameSchema,
  fullNameSchema,
  newPasswordSchema,
  passwordConfirmSchema,
  usernameSchema,
} from '../domain/validation';
import { restoreInputSchema } from './backup';
import { channel } from './channel';
import { sessionInfoSchema } from './session';

export const setupInputSchema = z
  .strictObject({
    clinicName: clinicNameSchema,
    fullName: fullNameSchema,
    username: usernameSchema,
    password: newPasswordSchema,
    passwordConfirm: passwordConfirmSchema,
  })
  .superRefine(checkPasswordPair);
export type SetupInput = z.input<typeof setupInputSchema>;

export const recoveryKeyIssuedSchema = z.object({
  /** Shown once, never stored in readable form. */
  recoveryKey: z.string(),
  session: sessionInfoSchema,
  /**
   * A new recovery key also changes the database key (so the old recovery key opens no copy of
   * today's data); false when old-format key slots prevented that (the error names them).
   */
  databaseKeyChanged: z.boolean().optional(),
});

export const setupContract = {
  /** First run on a new computer: bring the clinic in from a clinic file or a backup folder. */
  'setup:importClinic': channel({ input: restoreInputSchema, output: z.null(), access: 'public' }),
  /** First run: creates the encrypted database, the keyring and the first administrator. */
  'setup:create': channel({ input: setupInputSchema, output: recoveryKeyIssuedSchema, access: 'public' }),
  /**
   * The administrator confirms the recovery key is saved; until then the app does not continue.
   * Administrators only: the gate is the clinic's, and other roles are never held by it, so
   * letting them call this would let anyone clear it.
   */
  'setup:confirmRecoveryKey': channel({
    input: z.strictObject({ confirmed: z.literal(true) }),
    output: sessionInfoSchema,
    access: 'accounts:manage',
    allowedWhen: ['recovery_key'],
  }),
  /** Replaces the recovery key (the old one stops working). Administrators only. */
  'setup:regenerateRecoveryKey': channel({
    input: z.strictObject({}),
    output: recoveryKeyIssuedSchema,
    access: 'accounts:manage',
    allowedWhen: ['recovery_key'],
  }),
};
