import { z } from 'zod';
import {
  boundedText,
  checkPasswordPair,
  newPasswordSchema,
  passwordConfirmSchema,
  presentedPasswordSchema,
} from '../domain/validation';
import { channel } from './channel';
import { sessionInfoSchema } from './session';

export const signInInputSchema = z.strictObject({
  // No format rules here: a sign-in form must never hint at which usernames exist.
  username: boundedText(64).min(1, 'validation.required'),
  password: presentedPasswordSchema,
});
export type SignInInput = z.input<typeof signInInputSchema>;

export const recoverInputSchema = z
  .strictObject({
    recoveryKey: boundedText(200).min(1, 'validation.required'),
    username: boundedText(64).min(1, 'validation.required'),
    password: newPasswordSchema,
    passwordConfirm: passwordConfirmSchema,
  })
  .superRefine(checkPasswordPair);
export type RecoverInput = z.input<typeof recoverInputSchema>;

export const changePasswordInputSchema = z
  .strictObject({
    currentPassword: presentedPasswordSchema,
    password: newPasswordSchema,
    passwordConfirm: passwordConfirmSchema,
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
