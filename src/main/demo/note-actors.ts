/**
 * Who writes and reviews the seeded notes: the client's worker, a supervisor other than the
 * writer, each worker's usual note format (mostly the clinic's default). Accounts are read once.
 */
import { findAccountById } from '../accounts/repository';
import { requestContext } from '../api/context';
import type { Db } from '../db/open';
import type { ShippedNoteFormats } from '../note-formats/formats';
import { findNoteFormat } from '../note-formats/formats';
import { readNoteSettings } from '../note-formats/settings';
import { saveNoteSettings } from '../note-formats/settings-service';
import type { Actor, RequestContext } from '../request/context';
import type { Random } from './random';
import { activeAccountIds } from './repository';

const noEvents = () => undefined;
export const contextAt = (db: Db, actor: Actor, now: Date): RequestContext =>
  requestContext(db, actor, { now, emit: noEvents });

const OTHER_FORMATS = [
  ['soap', 40],
  ['birp', 30],
  ['narrative', 20],
  ['girp', 10],
] as const;

/** About one case manager in four has their notes co-signed (newer staff, say). */
const COSIGNED_SHARE = 4;

export class NoteActors {
  private readonly accounts = new Map<string, Actor | null>();
  private readonly formats = new Map<string, string>();
  private readonly supervisors: Actor[];
  private readonly defaultFormat: string;

  constructor(
    private readonly db: Db,
    private readonly rand: Random,
  ) {
    this.supervisors = activeAccountIds(db, 'supervisor')
      .map((id) => this.active(id))
      .filter((a): a is Actor => a !== null);
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
    return activeAccountIds(this.db, 'case_manager');
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

/** The clinic's co-sign rule: a part of the case managers, set once through the settings service. */
export function cosignRule(
  db: Db,
  admin: Actor,
  formats: ShippedNoteFormats,
  actors: NoteActors,
  at: Date,
): void {
  const chosen = actors.caseManagerIds().filter((_, index) => index % COSIGNED_SHARE === 1);
  const settings = readNoteSettings(db);
  saveNoteSettings(contextAt(db, admin, at), formats, {
    ...settings,
    cosignAccountIds: [...new Set([...settings.cosignAccountIds, ...chosen])],
  });
}

/** The formats a note may use; checked once so a missing shipped format fails the seed plainly. */
export function requireNoteFormats(db: Db, formats: ShippedNoteFormats): void {
  for (const id of ['dap', 'soap', 'birp', 'girp', 'narrative'])
    if (!findNoteFormat(db, formats, id)) throw new Error(`seed: the note format ${id} is not shipped`);
}
