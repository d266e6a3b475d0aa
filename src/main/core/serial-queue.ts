export interface QueueOptions {
  /**
   * May run while the current task has stepped aside for long work on another thread (a
   * backup's copy): reads and append-only calls such as `app:status`, and locks. Others wait.
   */
  duringLongWork?: boolean;
}

interface Entry {
  task: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  duringLongWork: boolean;
}

/**
 * Runs tasks one after another. Sign-in, lock, key changes and idle expiry must never interleave:
 * a lock arriving while a password change awaits Argon2 waits for it to finish.
 *
 * One exception, asked for explicitly: a task whose long part runs elsewhere (a backup copying
 * the database on its own thread and connection) can `stepAside` for it; meanwhile the tasks
 * queued with `duringLongWork` run one at a time, and the task continues once they are done.
 */
export class SerialQueue {
  private readonly waiting: Entry[] = [];
  private busy = false;
  private aside = false;
  private sideTask: Promise<void> | null = null;

  run<T>(task: () => T | Promise<T>, options: QueueOptions = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({
        task,
        resolve: resolve as (value: unknown) => void,
        reject,
        duringLongWork: options.duringLongWork ?? false,
      });
      this.pump();
    });
  }

  /** From inside a running task: lets `duringLongWork` tasks run while `work` is under way. */
  async stepAside<T>(work: () => Promise<T>): Promise<T> {
    this.aside = true;
    this.pump();
    try {
      return await work();
    } finally {
      this.aside = false;
      while (this.sideTask) await this.sideTask;
    }
  }

  private pump(): void {
    if (!this.busy) {
      const entry = this.waiting.shift();
      if (!entry) return;
      this.busy = true;
      void this.execute(entry).then(() => {
        this.busy = false;
        this.pump();
      });
    } else if (this.aside && !this.sideTask) {
      const index = this.waiting.findIndex((entry) => entry.duringLongWork);
      if (index < 0) return;
      const [entry] = this.waiting.splice(index, 1) as [Entry];
      this.sideTask = this.execute(entry).then(() => {
        this.sideTask = null;
        this.pump();
      });
    }
  }

  private async execute(entry: Entry): Promise<void> {
    // Never synchronously inside run(): callers may still be setting up around it.
    await null;
    try {
      entry.resolve(await entry.task());
    } catch (error) {
      entry.reject(error);
    }
  }
}

/**
 * For a caller that already orders its tasks through a SerialQueue of its own (the core orders
 * calls before the router sees them, knowing each call's channel): runs each task as it comes.
 */
export class UnorderedQueue extends SerialQueue {
  override run<T>(task: () => T | Promise<T>): Promise<T> {
    return Promise.resolve().then(task);
  }
}
