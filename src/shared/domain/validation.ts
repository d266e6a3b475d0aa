import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, checkPassword } from './password-policy';

/**
 * A string of at most `max` characters, whose length is checked before anything else about it.
 * The check aborts: no pattern, refinement or transform chained after it runs on oversize text,
 * so nobody can make main run a regular expression over a megabyte (issue 7, ReDoS). Every string
 * a channel accepts starts here or at `boundedText`.
 */
export const boundedString = (max: number, message = 'validation.too_long') =>
  z.string().max(max, { message, abort: true });

/** `boundedString` of the text without surrounding spaces (trimming is linear, so it may go first). */
export const boundedText = (max: number, message = 'validation.too_long') =>
  z.string().trim().max(max, { message, abort: true });

/**
 * Field schemas shared by forms (react-hook-form's zod resolver) and by main's IPC parsing.
 * Messages are i18n keys under `validation.` so the renderer can translate them.
 */
export const usernameSchema = boundedText(64, 'validation.username_long')
  .min(3, 'validation.username_short')
  .regex(/^[A-Za-z0-9._-]+$/, 'validation.username_chars')
  .transform((value) => value.toLowerCase());

export const fullNameSchema = boundedText(120).min(1, 'validation.required');

export const clinicNameSchema = boundedText(200).min(1, 'validation.required');

/** A password being chosen: the policy applies. */
export const newPasswordSchema = boundedString(PASSWORD_MAX_LENGTH, 'validation.password_long')
  .min(PASSWORD_MIN_LENGTH, 'validation.password_short')
  .refine((value) => checkPassword(value) !== 'too_common', 'validation.password_common');

/** A password being presented: no policy, only a sane size limit. */
export const presentedPasswordSchema = boundedString(PASSWORD_MAX_LENGTH, 'validation.password_long').min(
  1,
  'validation.required',
);

/** The confirmation typed beside a new password: compared with it, so only its size is checked. */
export const passwordConfirmSchema = boundedString(PASSWORD_MAX_LENGTH, 'validation.password_long');

export const idSchema = boundedString(36, 'validation.invalid_id').check(z.uuid('validation.invalid_id'));

/** Calendar date `YYYY-MM-DD` that exists on the calendar (no 2025-02-30). */
export const calendarDateSchema = boundedString(10, 'validation.date_format')
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
