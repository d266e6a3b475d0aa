import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomically } from '../core/atomic-file';

/** Five mistakes are free; after that each further try waits twice as long, up to 15 minutes. */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_SECONDS = 5;
const MAX_DELAY_SECONDS = 15 * 60;

export function delayAfterFailures(consecutiveFailures: number): number {
  if (consecutiveFailures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_SECONDS * 2 ** (consecutiveFailures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}

const stateSchema = z.object({
  consecutiveFailures: z.number().int().nonnegative(),
  lastFailureAt: z.string().nullable(),
  /** Failed attempts not yet in the audit trail: the database is closed while nobody is signed in. */
  pending: z
    .array(z.object({ occurredAt: z.string(), username: z.string().max(64), kind: z.string() }))
    .max(1000),
});
type GuardState = z.infer<typeof stateSchema>;

export interface PendingFailure {
  occurredAt: string;
  username: string;
  kind: 'password' | 'recovery_key';
}

/**
 * Counts failed sign-ins across restarts of the app (a file beside the keyring, holding no
 * client data) and says how long the next attempt must wait. The delay is per workstation, not
 * per username, so guessing across many usernames is slowed down just the same.
 */
export class SignInGuard {
  private state: GuardState;

  constructor(private readonly file: string) {
    this.state = SignInGuard.read(file);
  }

  private static read(file: string): GuardState {
    const empty: GuardState = { consecutiveFailures: 0, lastFailureAt: null, pending: [] };
    if (!existsSync(file)) return empty;
    try {
      return stateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // A damaged guard file must not lock everyone out, but it must not reset the count to a
      // value an attacker chose either: start at the free-attempt limit.
      return { ...empty, consecutiveFailures: FREE_ATTEMPTS };
    }
  }

  /** Seconds until another attempt is accepted. */
  secondsToWait(now: Date): number {
    const delay = delayAfterFailures(this.state.consecutiveFailures);
    if (delay === 0 || !this.state.lastFailureAt) return 0;
    const waitedMs = now.getTime() - Date.parse(this.state.lastFailureAt);
    return Math.max(0, Math.ceil(delay - waitedMs / 1000));
  }

  recordFailure(failure: PendingFailure): void {
    this.state = {
      consecutiveFailures: this.state.consecutiveFailures + 1,
      lastFailureAt: failure.occurredAt,
      pending: [...this.state.pending, failure].slice(-1000),
    };
    this.save();
  }

  recordSuccess(): void {
    this.state = { ...this.state, consecutiveFailures: 0, lastFailureAt: null };
    this.save();
  }

  pendingFailures(): readonly PendingFailure[] {
    return this.state.pending as PendingFailure[];
  }

  /** Call once the pending failures are safely in the audit trail. */
  clearPending(): void {
    this.state = { ...this.state, pending: [] };
    this.save();
  }

  private save(): void {
    writeFileAtomically(this.file, JSON.stringify(this.state));
  }
}
