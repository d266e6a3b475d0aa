import { z } from 'zod';
import { LANGUAGES } from '../domain/languages';
import { ROLES } from '../domain/roles';
import {
  boundedText,
  checkPasswordPair,
  fullNameSchema,
  idSchema,
  newPasswordSchema,
  passwordConfirmSchema,
  usernameSchema,
} from '../domain/validation';
import { channel } from './channel';
import { sessionInfoSchema } from './session';

export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  status: z.enum(['active', 'deactivated']),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  deactivatedAt: z.string().nullable(),
  deactivatedReason: z.string().nullable(),
  /** The person's team, if the clinic uses teams: they see the clients of everyone on it. */
  teamId: z.string().nullable(),
  /** The language the person chose for Lantern's screens; null until they choose. */
  language: z.enum(LANGUAGES).nullable(),
});
export type Account = z.infer<typeof accountSchema>;

export const teamSchema = z.object({ id: z.string(), name: z.string(), memberCount: z.number().int() });
export type Team = z.infer<typeof teamSchema>;

export const createTeamInputSchema = z.strictObject({
  name: boundedText(60).min(1, 'validation.required'),
});
export type CreateTeamInput = z.input<typeof createTeamInputSchema>;

export const setTeamInputSchema = z.strictObject({ accountId: idSchema, teamId: idSchema.nullable() });
export type SetTeamInput = z.input<typeof setTeamInputSchema>;

export const createAccountInputSchema = z
  .strictObject({
    fullName: fullNameSchema,
    username: usernameSchema,
    role: z.enum(ROLES, 'validation.role'),
    password: newPasswordSchema,
    passwordConfirm: passwordConfirmSchema,
  })
  .superRefine(checkPasswordPair);
export type CreateAccountInput = z.input<typeof createAccountInputSchema>;

export const deactivateAccountInputSchema = z.strictObject({
  accountId: idSchema,
  reason: boundedText(500).min(1, 'validation.required'),
});
export type DeactivateAccountInput = z.input<typeof deactivateAccountInputSchema>;

export const resetPasswordInputSchema = z
  .strictObject({
    accountId: idSchema,
    password: newPasswordSchema,
    passwordConfirm: passwordConfirmSchema,
  })
  .superRefine(checkPasswordPair);
export type ResetPasswordInput = z.input<typeof resetPasswordInputSchema>;

/** A new role for someone else; it applies from their next sign-in. */
export const changeRoleInputSchema = z.strictObject({
  accountId: idSchema,
  role: z.enum(ROLES, 'validation.role'),
});
export type ChangeRoleInput = z.input<typeof changeRoleInputSchema>;

/** A corrected full name (the username stays). */
export const renameAccountInputSchema = z.strictObject({ accountId: idSchema, fullName: fullNameSchema });
export type RenameAccountInput = z.input<typeof renameAccountInputSchema>;

/**
 * Deactivating removed the person's key slot, so coming back needs a password to seal a new
 * one: a temporary password, replaced at their next sign-in (as after a reset).
 */
export const reactivateAccountInputSchema = z
  .strictObject({
    accountId: idSchema,
    password: newPasswordSchema,
    passwordConfirm: passwordConfirmSchema,
  })
  .superRefine(checkPasswordPair);
export type ReactivateAccountInput = z.input<typeof reactivateAccountInputSchema>;

export const setLanguageInputSchema = z.strictObject({ language: z.enum(LANGUAGES, 'validation.language') });
export type SetLanguageInput = z.input<typeof setLanguageInputSchema>;

export const accountsContract = {
  'accounts:list': channel({
    input: z.strictObject({}),
    output: z.array(accountSchema),
    access: 'accounts:manage',
  }),
  /** The new person signs in with the temporary password and must choose their own. */
  'accounts:create': channel({
    input: createAccountInputSchema,
    output: accountSchema,
    access: 'accounts:manage',
  }),
  'accounts:deactivate': channel({
    input: deactivateAccountInputSchema,
    output: accountSchema,
    access: 'accounts:manage',
  }),
  'accounts:resetPassword': channel({
    input: resetPasswordInputSchema,
    output: accountSchema,
    access: 'accounts:manage',
  }),
  /**
   * Someone else's role. It applies from their next sign-in; a session they hold with the old
   * role ends. Not one's own (an administrator cannot demote themselves), never the last
   * administrator's.
   */
  'accounts:changeRole': channel({
    input: changeRoleInputSchema,
    output: accountSchema,
    access: 'accounts:manage',
  }),
  'accounts:rename': channel({
    input: renameAccountInputSchema,
    output: accountSchema,
    access: 'accounts:manage',
  }),
  'accounts:reactivate': channel({
    input: reactivateAccountInputSchema,
    output: accountSchema,
    access: 'accounts:manage',
  }),
  /** Puts a person on a team (or takes them off one, with null). */
  'accounts:setTeam': channel({
    input: setTeamInputSchema,
    output: accountSchema,
    access: 'accounts:manage',
  }),
  /**
   * The signed-in person's own language (there is no account id: nobody sets another's). Allowed
   * behind the gates too, so a temporary password can be replaced in the language one reads.
   */
  'accounts:setLanguage': channel({
    input: setLanguageInputSchema,
    output: sessionInfoSchema,
    access: 'session',
    allowedWhen: ['password_change', 'recovery_key'],
  }),
  /** Every team with how many active accounts are on it; anyone signed in may see the names. */
  'teams:list': channel({
    input: z.strictObject({}),
    output: z.array(teamSchema),
    access: 'session',
  }),
  'teams:create': channel({
    input: createTeamInputSchema,
    output: teamSchema,
    access: 'accounts:manage',
  }),
};
