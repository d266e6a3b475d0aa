/**
 * Runs tasks one after another. Sign-in, lock, key changes and idle expiry must never interleave:
 * a lock arriving while a password change awaits Argon2 waits for it to finish.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
