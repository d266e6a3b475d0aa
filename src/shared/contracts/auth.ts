import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../domain/password-policy';
import { checkPasswordPair, newPasswordSchema, presentedPasswordSchema } from '../domain/validation';
import { channel } from './channel';
import { sessionInfoSchema } from './session';

export const signInInputSchema = z.strictObject({
  // No format rules here: a sign-in form must never hint at which usernames exist.
  username: z.string().trim().min(1, 'validation.required').max(64, 'validation.too_long'),
  password: presentedPasswordSchema,
});
export type SignInInput = z.input<typeof signInInputSchema>;

export const recoverInputSchema = z
  .strictObject({
    recoveryKey: z.string().trim().min(1, 'validation.required').max(200, 'validation.too_long'),
    username: z.string().trim().min(1, 'validation.required').max(64, 'validation.too_long'),
    password: newPasswordSchema,
    passwordConfirm: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .superRefine(checkPasswordPair);
export type RecoverInput = z.input<typeof recoverInputSchema>;

export const changePasswordInputSchema = z
  .strictObject({
    currentPassword: presentedPasswordSchema,
    password: newPasswordSchema,
    passwordConfirm: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .superRefine(checkPasswordPair);
export type ChangePasswordInput = z.input<typeof changePasswordInputSchema>;

const empty = z.strictObject({});

export const authContract = {
  'auth:signIn': channel({ input: signInInputSchema, output: sessionInfoSchema, access: 'public' }),
  /** Forgotten administrator password: the recovery key sets a new one. */
  'auth:recover': channel({ input: recoverInputSchema, output: sessionInfoSchema, access: 'public' }),
  'auth:signOut': channel({
    input: empty,
    output: z.null(),
    access: 'session',
    allowedWhen: ['password_change', 'recovery_key'],
  }),
  'auth:lock': channel({
    input: empty,
    output: z.null(),
    access: 'session',
    allowedWhen: ['password_change', 'recovery_key'],
  }),
  /** The renderer reports that the person is still at the keyboard; main owns the idle timer. */
  'auth:activity': channel({
    input: empty,
    output: z.object({ idleLockSeconds: z.number().int().positive() }),
    access: 'session',
    allowedWhen: ['password_change', 'recovery_key'],
  }),
  'auth:changePassword': channel({
    input: changePasswordInputSchema,
    output: sessionInfoSchema,
    access: 'session',
    allowedWhen: ['password_change'],
  }),
};
