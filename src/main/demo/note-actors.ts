/**
 * Who writes and reviews the seeded notes: the client's worker, a supervisor other than the
 * writer, each worker's usual note format (mostly the clinic's default). Accounts are read once.
 */
import { findAccountById } from '../accounts/repository';
import { requestContext } from '../api/context';
import type { Db } from '../db/open';
import { readNoteSettings } from '../note-formats/settings';
import type { Actor, RequestContext } from '../request/context';
import type { Random } from './random';

const noEvents = () => undefined;
export const contextAt = (db: Db, actor: Actor, now: Date): RequestContext =>
  requestContext(db, actor, { now, emit: noEvents });

const OTHER_FORMATS = [
  ['soap', 40],
  ['birp', 30],
  ['narrative', 20],
  ['girp', 10],
] as const;

export class NoteActors {
  private readonly accounts = new Map<string, Actor | null>();
  private readonly formats = new Map<string, string>();
  private readonly supervisors: Actor[];
  private readonly defaultFormat: string;

  constructor(
    private readonly db: Db,
    private readonly rand: Random,
  ) {
    const ids = db
      .prepare(`SELECT id FROM accounts WHERE role = 'supervisor' AND status = 'active' ORDER BY username`)
      .pluck()
      .all() as string[];
    this.supervisors = ids.map((id) => this.active(id)).filter((a): a is Actor => a !== null);
    this.defaultFormat = readNoteSettings(db).defaultFormatId;
  }

  active(id: string): Actor | null {
    if (!this.accounts.has(id)) {
      const account = findAccountById(this.db, id);
      this.accounts.set(id, account && account.status === 'active' ? account : null);
    }
    return this.accounts.get(id) ?? null;
  }

  caseManagerIds(): string[] {
    return this.db
      .prepare(`SELECT id FROM accounts WHERE role = 'case_manager' AND status = 'active' ORDER BY username`)
      .pluck()
      .all() as string[];
  }

  supervisorOtherThan(id: string): Actor | null {
    const others = this.supervisors.filter((s) => s.id !== id);
    return others.length > 0 ? this.rand.pick(others) : null;
  }

  /** Seven workers in ten write in the clinic's default; the rest prefer another; a note in ten differs. */
  formatFor(workerId: string): string {
    let usual = this.formats.get(workerId);
    if (!usual) {
      usual = this.rand.chance(0.7) ? this.defaultFormat : this.rand.weighted(OTHER_FORMATS);
      this.formats.set(workerId, usual);
    }
    if (!this.rand.chance(0.1)) return usual;
    return this.rand.chance(0.5) ? this.defaultFormat : this.rand.weighted(OTHER_FORMATS);
  }
}
