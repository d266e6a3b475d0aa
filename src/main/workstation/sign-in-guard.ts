import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomically } from '../files/atomic-file';
import { usernameHash } from './guard-key';

/** Five mistakes are free; after that each further try waits twice as long, up to 15 minutes. */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_SECONDS = 5;
const MAX_DELAY_SECONDS = 15 * 60;

export function delayAfterFailures(consecutiveFailures: number): number {
  if (consecutiveFailures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_SECONDS * 2 ** (consecutiveFailures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}

const kindSchema = z.enum(['password', 'recovery_key']);
/** A failed attempt as the file keeps it: the typed username only as a keyed hash (or nothing). */
const pendingSchema = z.object({
  occurredAt: z.string(),
  usernameHash: z.string().max(64).nullable(),
  kind: kindSchema,
});
/** Files written before usernames were hashed held them in plain text; read once, then rewritten. */
const legacyPendingSchema = z.object({
  occurredAt: z.string(),
  username: z.string().max(64),
  kind: kindSchema,
});

const stateSchema = z.object({
  consecutiveFailures: z.number().int().nonnegative(),
  lastFailureAt: z.string().nullable(),
  /** Failed attempts not yet in the audit trail: the database is closed while nobody is signed in. */
  pending: z.array(z.union([pendingSchema, legacyPendingSchema])).max(1000),
});
type GuardState = {
  consecutiveFailures: number;
  lastFailureAt: string | null;
  pending: StoredFailure[];
};

/** A failed attempt as reported by the sign-in code, with the username as typed. */
export interface PendingFailure {
  occurredAt: string;
  username: string;
  kind: 'password' | 'recovery_key';
}

/** A failed attempt as remembered: see `hashOf` to match the hash against known usernames. */
export type StoredFailure = z.infer<typeof pendingSchema>;

/**
 * Counts failed sign-ins across restarts of the app (a file beside the keyring, holding no
 * client data) and says how long the next attempt must wait. The delay is per workstation, not
 * per username, so guessing across many usernames is slowed down just the same.
 *
 * The file is plain text any user of the computer can read, and what people type into a
 * username field is sometimes their password or a client's name; so a typed username is kept
 * only as a keyed hash (`guard-key.ts`). At the next sign-in the hashes are matched against the
 * clinic's accounts for the audit trail; anything else stays unreadable.
 */
export class SignInGuard {
  private state: GuardState;

  /** `usernameKey` gives the hashing key, or null when there is none (then no trace is kept). */
  constructor(
    private readonly file: string,
    private readonly usernameKey: () => Buffer | null,
  ) {
    const { state, migrated } = this.read();
    this.state = state;
    if (migrated) this.save();
  }

  private read(): { state: GuardState; migrated: boolean } {
    const empty: GuardState = { consecutiveFailures: 0, lastFailureAt: null, pending: [] };
    if (!existsSync(this.file)) return { state: empty, migrated: false };
    try {
      const stored = stateSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
      let migrated = false;
      const pending = stored.pending.map((failure): StoredFailure => {
        if (!('username' in failure)) return failure;
        migrated = true;
        return {
          occurredAt: failure.occurredAt,
          usernameHash: this.hashOf(failure.username),
          kind: failure.kind,
        };
      });
      return { state: { ...stored, pending }, migrated };
    } catch {
      // A damaged guard file must not lock everyone out, but it must not reset the count to a
      // value an attacker chose either: start at the free-attempt limit.
      return { state: { ...empty, consecutiveFailures: FREE_ATTEMPTS }, migrated: false };
    }
  }

  /** The keyed hash a typed username is stored as, or null without a key. */
  hashOf(username: string): string | null {
    const key = this.usernameKey();
    if (!key) return null;
    try {
      return usernameHash(key, username);
    } finally {
      key.fill(0);
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
    const stored: StoredFailure = {
      occurredAt: failure.occurredAt,
      usernameHash: this.hashOf(failure.username.slice(0, 64)),
      kind: failure.kind,
    };
    this.state = {
      consecutiveFailures: this.state.consecutiveFailures + 1,
      lastFailureAt: failure.occurredAt,
      pending: [...this.state.pending, stored].slice(-1000),
    };
    this.save();
  }

  recordSuccess(): void {
    this.state = { ...this.state, consecutiveFailures: 0, lastFailureAt: null };
    this.save();
  }

  pendingFailures(): readonly StoredFailure[] {
    return this.state.pending;
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
