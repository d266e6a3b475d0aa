/**
 * The clinic's maximum session length: the session locks this long after it began, whatever
 * the activity. Idle locking trusts the renderer's reports of input; this does not, so even a
 * renderer that reports activity forever cannot keep one sign-in open past the limit.
 */
export class SessionLimit {
  private timer: NodeJS.Timeout | null = null;
  private startedAt: number | null = null;

  constructor(
    private readonly onLimit: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** A session began: the limit (in seconds, or null for none) counts from now. */
  begin(seconds: number | null): void {
    this.startedAt = this.now();
    this.apply(seconds);
  }

  /** The limit changed during the session: it still counts from when the session began. */
  apply(seconds: number | null): void {
    this.clearTimer();
    if (this.startedAt === null || seconds === null) return;
    const remainingMs = Math.max(0, this.startedAt + seconds * 1000 - this.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onLimit();
    }, remainingMs);
    this.timer.unref();
  }

  end(): void {
    this.clearTimer();
    this.startedAt = null;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
