import { z } from 'zod';
import { LANGUAGES } from '../domain/languages';
import { PERMISSIONS, ROLES } from '../domain/roles';

export const sessionInfoSchema = z.object({
  accountId: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  permissions: z.array(z.enum(PERMISSIONS)),
  mustChangePassword: z.boolean(),
  /** True only for the administrator who has not yet confirmed saving the recovery key. */
  recoveryKeyUnconfirmed: z.boolean(),
  /** The person's team, if any (the clients page then offers "My team's clients"). */
  teamId: z.string().nullable(),
  /** The language the person chose (applied at sign-in); null: keep the workstation's. */
  language: z.enum(LANGUAGES).nullable(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const appStatusSchema = z.object({
  state: z.enum(['setup', 'locked', 'unlocked']),
  clinicName: z.string().nullable(),
  session: sessionInfoSchema.nullable(),
  /** The last person who was signed in, to prefill the unlock form. */
  lastUsername: z.string().nullable(),
  /** Seconds of inactivity before Lantern locks (present when unlocked). */
  idleLockSeconds: z.number().int().positive().nullable(),
  /** An upgrade of the database was cut short (e.g. power loss): the copy taken before it can be restored. */
  interruptedUpgrade: z
    .object({ startedAt: z.string(), from: z.number().int(), to: z.number().int() })
    .nullable(),
  /** Seconds to wait before another sign-in attempt is accepted (0 when none). */
  signInDelaySeconds: z.number().int().nonnegative(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;
