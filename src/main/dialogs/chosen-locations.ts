/** A save location is good for one export, by the person who chose it, for a few minutes. */
const VALID_FOR_MS = 10 * 60_000;

interface Chosen {
  accountId: string;
  path: string;
  at: number;
}

/**
 * Where the person chose (in the OS save dialog) to write an export. Main keeps it, so the path
 * written to is the one the dialog answered, never one the renderer sends back. One instance per
 * running core, shared by the dialog handlers (which remember) and the exports (which take).
 */
export class SaveLocations {
  private readonly chosen = new Map<string, Chosen>();

  remember(purpose: string, accountId: string, path: string, now: Date): void {
    this.chosen.set(purpose, { accountId, path, at: now.getTime() });
  }

  /** The location chosen for this purpose by this account, still there for `take` (an export's format). */
  peek(purpose: string, accountId: string, now: Date): string | null {
    const found = this.chosen.get(purpose);
    if (!found || found.accountId !== accountId) return null;
    return now.getTime() - found.at <= VALID_FOR_MS ? found.path : null;
  }

  /** The location chosen for this purpose by this account, used up by taking it. */
  take(purpose: string, accountId: string, now: Date): string | null {
    const path = this.peek(purpose, accountId, now);
    this.chosen.delete(purpose);
    return path;
  }
}
