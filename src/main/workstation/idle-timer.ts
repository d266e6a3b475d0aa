/** A ping counts at most this often (or a quarter of the idle limit, if that is shorter). */
export const ACTIVITY_COUNTS_EVERY_SECONDS = 10;

/**
 * Main owns the idle timer: the renderer only reports activity. A renderer that hangs or is
 * tampered with cannot keep a session open past the idle limit without pinging, and pings count
 * at most once per `countsEverySeconds`, so a flood of them does no more than one would. (A
 * renderer that pings forever is what the clinic's maximum session length is for.)
 */
export class IdleTimer {
  private timer: NodeJS.Timeout | null = null;
  private seconds = 0;
  private lastCountedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly onIdle: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  start(seconds: number): void {
    this.seconds = seconds;
    this.lastCountedAt = Number.NEGATIVE_INFINITY;
    this.touch();
  }

  /** Activity: the idle limit starts again, unless activity was already counted just now. */
  touch(): void {
    if (this.seconds <= 0) return;
    const at = this.now();
    if (at - this.lastCountedAt < this.countsEverySeconds * 1000) return;
    this.lastCountedAt = at;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onIdle();
    }, this.seconds * 1000);
    // The timer alone must not keep a test process or a quitting app alive.
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.seconds = 0;
  }

  get durationSeconds(): number {
    return this.seconds;
  }

  get countsEverySeconds(): number {
    return Math.min(ACTIVITY_COUNTS_EVERY_SECONDS, this.seconds / 4);
  }
}
