/**
 * A progress-note history for the clients that have a clinical history: weekly to monthly notes
 * over their time in care, through the progress-notes services acting as the client's worker at
 * the time (and a supervisor for co-signatures and returns), so the records, hashes, signatures,
 * late marks, last contacts and audit entries are exactly what the app writes.
 *
 * Mostly the clinic's default format, some SOAP/BIRP/GIRP/narrative; goals of the current plan
 * with progress marks once the plan exists; attempted contacts and no-shows; late entries;
 * addenda; co-signatures for a part of the case managers (the clinic's co-sign rule by account);
 * a few notes returned and signed again, a few entered in error, and a few drafts left open.
 */
import type { ProgressNoteContent } from '../../shared/contracts/progress-notes';
import type { Db } from '../db/open';
import type { ShippedNoteFormats } from '../note-formats/formats';
import { readNoteSettings } from '../note-formats/settings';
import { cosignNote, returnNote } from '../progress-notes/cosign';
import { currentPlan } from '../progress-notes/plan';
import { addNoteAddendum, markNoteEnteredInError, signNote } from '../progress-notes/signing';
import { getNote, saveNoteDraft, startNote } from '../progress-notes/write';
import type { Actor } from '../request/context';
import { contextAt, cosignRule, NoteActors, requireNoteFormats } from './note-actors';
import {
  ADDENDA,
  COLLATERAL_WITH,
  ERROR_REASONS,
  locationOf,
  RETURN_COMMENTS,
  noteWords,
  sectionText,
} from './note-content';
import type { PlannedContact } from './note-schedule';
import { localDate, localTime, plannedContacts } from './note-schedule';
import { clientsWithClinicalHistory, forgetInventedLastContact } from './repository';
import { DAY_MS, Random } from './random';

export interface NoteHistoryOptions {
  seed: number;
  formats: ShippedNoteFormats;
  /** Share of the weekly-to-monthly contacts written as notes, (0, 1]; default 1. */
  density?: number;
  /** Clients written per transaction (default 40). */
  batchSize?: number;
  onProgress?: (written: number, total: number) => void;
}

export interface NoteHistorySummary {
  clients: number;
  /** Notes signed by their writer (co-signed or not), entered-in-error ones included. */
  signed: number;
  unreached: number;
  late: number;
  addenda: number;
  cosigned: number;
  awaitingCosign: number;
  returned: number;
  enteredInError: number;
  drafts: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function seedNoteHistory(
  db: Db,
  admin: Actor,
  options: NoteHistoryOptions,
  now: Date,
): NoteHistorySummary {
  const density = options.density ?? 1;
  if (!(density > 0 && density <= 1)) throw new RangeError('note density must be in (0, 1]');
  const rand = new Random((options.seed ^ 0x0e07_e5ed) >>> 0);
  const actors = new NoteActors(db, rand);
  const summary: NoteHistorySummary = {
    clients: 0,
    signed: 0,
    unreached: 0,
    late: 0,
    addenda: 0,
    cosigned: 0,
    awaitingCosign: 0,
    returned: 0,
    enteredInError: 0,
    drafts: 0,
  };
  requireNoteFormats(db, options.formats);
  const candidates = clientsWithClinicalHistory(db);
  const earliest = candidates.reduce(
    (min, c) => (c.activeSince && c.activeSince < min ? c.activeSince : min),
    localDate(now),
  );
  cosignRule(db, admin, options.formats, actors, new Date(Date.parse(`${earliest}T08:00:00Z`) - DAY_MS));
  const batch = options.batchSize ?? 40;
  for (let done = 0; done < candidates.length;) {
    const slice = candidates.slice(done, done + batch);
    db.transaction(() => {
      for (const client of slice) {
        const worker = client.workerId ? actors.active(client.workerId) : null;
        if (!worker) continue;
        const since = new Date(Date.parse(`${client.activeSince ?? localDate(now)}T00:00:00`));
        forgetInventedLastContact(db, client.id);
        new ClientNotes(db, options.formats, actors, worker, client.id, rand, now, summary).write(
          plannedContacts(rand, since, now, density),
        );
        summary.clients += 1;
      }
    })();
    done += slice.length;
    options.onProgress?.(done, candidates.length);
  }
  return summary;
}

/** One client's notes, written in the order of their contacts. */
class ClientNotes {
  private readonly planFrom: string | null;
  private readonly goals: { goalId: string; objectiveId: string | null }[];
  private readonly cosign: boolean;

  constructor(
    private readonly db: Db,
    private readonly formats: ShippedNoteFormats,
    private readonly actors: NoteActors,
    private readonly worker: Actor,
    private readonly clientId: string,
    private readonly rand: Random,
    private readonly now: Date,
    private readonly summary: NoteHistorySummary,
  ) {
    const plan = currentPlan(db, clientId);
    // Goals are addressed from the day after the plan's start: before it there was no plan.
    this.planFrom = plan?.content.startDate ?? null;
    this.goals = (plan?.content.needs ?? []).flatMap((need) =>
      need.goals.map((goal) => ({ goalId: goal.id, objectiveId: goal.objectives[0]?.id ?? null })),
    );
    const settings = readNoteSettings(db);
    this.cosign = settings.cosignAccountIds.includes(worker.id) || settings.cosignRoles.includes(worker.role);
  }

  private ctx(actor: Actor, when: Date) {
    return contextAt(this.db, actor, when);
  }

  private before(when: Date): boolean {
    return when.getTime() < this.now.getTime();
  }

  write(contacts: readonly PlannedContact[]): void {
    for (const contact of contacts) this.note(contact);
    // A few drafts left open in the last three days, for the demo workers' "unsigned notes".
    if (this.rand.chance(0.12)) this.openDraft(new Date(this.now.getTime() - this.rand.int(1, 72) * HOUR));
  }

  private content(base: ProgressNoteContent, contact: PlannedContact): ProgressNoteContent {
    const { rand } = this;
    const date = localDate(contact.start);
    const words = noteWords(rand, contact.contactType);
    const reached = contact.contactType !== 'attempted' && contact.contactType !== 'no_show';
    const onPlan = reached && this.planFrom !== null && date > this.planFrom && this.goals.length > 0;
    const worked = onPlan ? rand.sample(this.goals, rand.int(1, 2)) : [];
    return {
      ...base,
      contactDate: date,
      startTime: localTime(contact.start),
      durationMinutes: reached ? contact.durationMinutes : null,
      endTime: null,
      contactType: contact.contactType,
      collateralWith: contact.contactType === 'collateral' ? rand.pick(COLLATERAL_WITH) : '',
      location: locationOf(contact.contactType, rand),
      participants: contact.contactType === 'group' ? 'Group members (six)' : 'Client and worker',
      planVersionId: onPlan ? base.planVersionId : null,
      addressed: worked.map((g) => ({
        goalId: g.goalId,
        objectiveId: rand.chance(0.3) ? g.objectiveId : null,
        mark: rand.weighted([
          ['progress', 50],
          ['no_change', 30],
          ['setback', 12],
          ['not_addressed', 8],
        ] as const),
      })),
      sections: base.sections.map((s) => ({ id: s.id, text: sectionText(s.id, words) })),
      interventions: reached ? words.done : '',
      clientResponse: reached ? words.response : '',
      nextSteps: words.next,
      followUpDate: rand.chance(0.3)
        ? localDate(new Date(contact.start.getTime() + rand.int(5, 20) * DAY_MS))
        : null,
    };
  }

  private note(contact: PlannedContact): void {
    const { rand } = this;
    const ended = contact.start.getTime() + contact.durationMinutes * MINUTE;
    // Mostly written the same day; about one in fifteen is a late entry, 4–20 days after.
    const late = rand.chance(0.065);
    let written = new Date(ended + (late ? rand.int(4, 20) * DAY_MS : rand.int(10, 240) * MINUTE));
    if (!this.before(new Date(written.getTime() + 10 * MINUTE))) written = new Date(ended + 5 * MINUTE);
    if (!this.before(new Date(written.getTime() + 10 * MINUTE))) return;
    const started = startNote(this.ctx(this.worker, written), this.formats, {
      clientId: this.clientId,
      formatId: this.actors.formatFor(this.worker.id),
      sameAsLastTime: false,
    });
    const versionId = started.current.id;
    const content = this.content(started.current.content, contact);
    saveNoteDraft(this.ctx(this.worker, new Date(written.getTime() + 4 * MINUTE)), { versionId, content });
    const signedAt = new Date(written.getTime() + 8 * MINUTE);
    const signed = signNote(this.ctx(this.worker, signedAt), this.formats, { versionId });
    this.summary.signed += 1;
    if (signed.late) this.summary.late += 1;
    if (contact.contactType === 'attempted' || contact.contactType === 'no_show') this.summary.unreached += 1;
    // Entered in error only where no supervisor is reviewing it, and then no addendum follows.
    if (this.cosign) this.review(signed.id, versionId, content, signedAt, signed.late);
    else if (rand.chance(0.005) && this.enteredInError(signed.id, signedAt)) return;
    if (rand.chance(0.03)) this.addendum(signed.id, signedAt);
  }

  /** A supervisor co-signs within days, or (a few) returns it first; recent ones still wait. */
  private review(
    noteId: string,
    versionId: string,
    content: ProgressNoteContent,
    signedAt: Date,
    wasLate: boolean,
  ): void {
    const { rand } = this;
    const supervisor = this.actors.supervisorOtherThan(this.worker.id);
    if (!supervisor) return;
    let at = new Date(signedAt.getTime() + rand.int(20, 96) * HOUR);
    let version = versionId;
    if (rand.chance(0.04) && this.before(at)) {
      returnNote(this.ctx(supervisor, at), { versionId, comment: rand.pick(RETURN_COMMENTS) });
      this.summary.returned += 1;
      const again = new Date(at.getTime() + rand.int(4, 30) * HOUR);
      if (!this.before(new Date(again.getTime() + 5 * MINUTE))) return;
      // The writer opens the returned note (its new draft is theirs alone) and corrects it.
      version = getNote(this.ctx(this.worker, again), { noteId }).current.id;
      const plan = content.sections.at(-1);
      const corrected = {
        ...content,
        sections: content.sections.map((s) =>
          s === plan ? { ...s, text: `${s.text} Follow-up booked for next week, as asked.` } : s,
        ),
      };
      saveNoteDraft(this.ctx(this.worker, again), { versionId: version, content: corrected });
      const resigned = signNote(this.ctx(this.worker, new Date(again.getTime() + 5 * MINUTE)), this.formats, {
        versionId: version,
      });
      // Lateness is the writer's latest signature's: a correction signed days on can make it late.
      if (resigned.late && !wasLate) this.summary.late += 1;
      at = new Date(again.getTime() + rand.int(20, 72) * HOUR);
    }
    if (!this.before(at)) {
      this.summary.awaitingCosign += 1;
      return;
    }
    cosignNote(this.ctx(supervisor, at), {
      versionId: version,
      ...(rand.chance(0.2) ? { comment: 'Reviewed.' } : {}),
    });
    this.summary.cosigned += 1;
  }

  private addendum(noteId: string, signedAt: Date): void {
    const at = new Date(signedAt.getTime() + this.rand.int(2, 240) * HOUR);
    if (!this.before(at)) return;
    const bySupervisor = this.rand.chance(0.2) ? this.actors.supervisorOtherThan(this.worker.id) : null;
    addNoteAddendum(this.ctx(bySupervisor ?? this.worker, at), {
      noteId,
      text: `${this.rand.pick(ADDENDA)} (Synthetic demo text.)`,
    });
    this.summary.addenda += 1;
  }

  private enteredInError(noteId: string, signedAt: Date): boolean {
    const at = new Date(signedAt.getTime() + this.rand.int(1, 48) * HOUR);
    if (!this.before(at)) return false;
    markNoteEnteredInError(this.ctx(this.worker, at), { noteId, reason: this.rand.pick(ERROR_REASONS) });
    this.summary.enteredInError += 1;
    return true;
  }

  /** A note begun and not finished: the contact today, the first section written. */
  private openDraft(at: Date): void {
    const started = startNote(this.ctx(this.worker, at), this.formats, {
      clientId: this.clientId,
      formatId: this.actors.formatFor(this.worker.id),
      sameAsLastTime: true,
    });
    const [first, ...rest] = started.current.content.sections;
    if (!first) return;
    const words = noteWords(this.rand, 'face_to_face');
    saveNoteDraft(this.ctx(this.worker, new Date(at.getTime() + 3 * MINUTE)), {
      versionId: started.current.id,
      content: {
        ...started.current.content,
        sections: [{ ...first, text: sectionText(first.id, words) }, ...rest],
      },
    });
    this.summary.drafts += 1;
  }
}
