/**
 * Main owns the idle timer: the renderer only reports activity. A renderer that hangs or is
 * tampered with cannot keep a session open past the idle limit.
 */
export class IdleTimer {
  private timer: NodeJS.Timeout | null = null;
  private seconds = 0;

  constructor(private readonly onIdle: () => void) {}

  start(seconds: number): void {
    this.seconds = seconds;
    this.touch();
  }

  touch(): void {
    if (this.seconds <= 0) return;
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
}
