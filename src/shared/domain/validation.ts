import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, checkPassword } from './password-policy';

/**
 * Field schemas shared by forms (react-hook-form's zod resolver) and by main's IPC parsing.
 * Messages are i18n keys under `validation.` so the renderer can translate them.
 */
export const usernameSchema = z
  .string()
  .trim()
  .min(3, 'validation.username_short')
  .max(64, 'validation.username_long')
  .regex(/^[A-Za-z0-9._-]+$/, 'validation.username_chars')
  .transform((value) => value.toLowerCase());

export const fullNameSchema = z.string().trim().min(1, 'validation.required').max(120, 'validation.too_long');

export const clinicNameSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(200, 'validation.too_long');

/** A password being chosen: the policy applies. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, 'validation.password_short')
  .max(PASSWORD_MAX_LENGTH, 'validation.password_long')
  .refine((value) => checkPassword(value) !== 'too_common', 'validation.password_common');

/** A password being presented: no policy, only a sane size limit. */
export const presentedPasswordSchema = z
  .string()
  .min(1, 'validation.required')
  .max(PASSWORD_MAX_LENGTH, 'validation.password_long');

export const idSchema = z.string().uuid('validation.invalid_id');

/** Calendar date `YYYY-MM-DD` that exists on the calendar (no 2025-02-30). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date_format')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'validation.date_invalid');

/**
 * Checks a new password against its confirmation and the username, reporting problems on the
 * right field. Used inside `superRefine` of every schema that sets a password.
 */
export function checkPasswordPair(
  value: { password: string; passwordConfirm: string; username?: string },
  ctx: z.RefinementCtx,
): void {
  if (value.password !== value.passwordConfirm) {
    ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'validation.password_mismatch' });
  }
  if (value.username && checkPassword(value.password, { username: value.username }) === 'contains_username') {
    ctx.addIssue({ code: 'custom', path: ['password'], message: 'validation.password_contains_username' });
  }
}
