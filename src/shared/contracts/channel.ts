import type { z } from 'zod';
import type { Permission } from '../domain/roles';

/**
 * Who may call a channel. `public` works without a session (setup, sign-in, status);
 * `session` needs any signed-in account; a permission needs a role that grants it.
 */
/** Something the signed-in person must do before anything else. */
export type SessionGate = 'password_change' | 'recovery_key';

export type Access = 'public' | 'session' | Permission;

export interface ChannelDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /**
   * A session can be gated: the person must first replace a temporary password, or confirm the
   * recovery key. Only channels that list the gate may be called until it is cleared.
   */
  allowedWhen?: readonly SessionGate[];
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(definition: ChannelDefinition<I, O>) =>
  definition;
