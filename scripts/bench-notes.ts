/**
 * The progress-note operations `npm run bench` times (issue 10): the client's timeline (the newest
 * page, and a page deep in the past through the cursor), a draft autosave, a signature, note
 * search in one client's notes and across a worker's caseload, the supervisor's co-sign queue,
 * and the caseload sorted by last contact (which signed notes set). Each runs through the same
 * service function the router calls, with a request context for a real worker or supervisor.
 */
import { list as listCaseloadPage } from '../src/main/caseload/service';
import type { Db } from '../src/main/db/open';
import { Random } from '../src/main/demo/random';
import type { ShippedNoteFormats } from '../src/main/note-formats/formats';
import { searchNotes } from '../src/main/note-search/service';
import { awaitingCosign } from '../src/main/progress-notes/queues';
import { signNote } from '../src/main/progress-notes/signing';
import { saveNoteDraft, startNote } from '../src/main/progress-notes/write';
import type { RequestContext } from '../src/main/request/context';
import { clientTimeline } from '../src/main/timeline/service';
import { caseloadQuerySchema } from '../src/shared/contracts/caseload';
import type { ProgressNoteContent } from '../src/shared/contracts/progress-notes';
import { noteSearchInputSchema } from '../src/shared/contracts/progress-notes';
import { timelineInputSchema } from '../src/shared/contracts/timeline';
import type { ClinicalBenchContext } from './bench-clinical';
import { at, contextFor, staffActor, workerOf } from './bench-clinical';
import type { BenchContext, Operation } from './bench-workload';

export interface NoteBenchContext extends ClinicalBenchContext {
  /** Ids of sampled clients that have signed notes, in sample order. */
  noteClientIds: string[];
  formats: ShippedNoteFormats;
}

/** Client numbers of up to `count` clients with signed notes, picked with the seed (same in both databases). */
export function sampleClientsWithNotes(db: Db, count: number, seed: number): string[] {
  const numbers = db
    .prepare(
      `SELECT c.client_number FROM clients c
       WHERE EXISTS (SELECT 1 FROM progress_notes n WHERE n.client_id = c.id AND n.signed_version_id IS NOT NULL)
       ORDER BY c.client_number`,
    )
    .pluck()
    .all() as string[];
  return new Random(seed).sample(numbers, count);
}

/** Words the seeded notes use (src/main/demo/note-content.ts), one per repetition. */
const WORDS = [
  'pantry',
  'landlord',
  'pharmacy',
  'voucher',
  'garden',
  'bicycle',
  'dental',
  'budgeting',
  'laundry',
];

const noteCtx = (ctx: BenchContext) => ctx as NoteBenchContext;
const noted = (ctx: BenchContext, i: number) => at(noteCtx(ctx).noteClientIds, i);

/** The oldest page's cursor of each client's timeline, found once (untimed) per database. */
const deepCursors = new WeakMap<Db, Map<string, string | null>>();
function deepCursor(rc: RequestContext, ctx: NoteBenchContext, clientId: string): string | null {
  const byClient = deepCursors.get(ctx.db) ?? new Map<string, string | null>();
  deepCursors.set(ctx.db, byClient);
  if (!byClient.has(clientId)) {
    let cursor: string | null = null;
    for (;;) {
      const page = clientTimeline(
        rc,
        ctx.shipped,
        timelineInputSchema.parse({ clientId, ...(cursor ? { cursor } : {}) }),
      );
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    // The cursor that opens the oldest page: as deep in the past as the file goes.
    byClient.set(clientId, cursor);
  }
  return byClient.get(clientId) ?? null;
}

/** A new draft of the worker's, written as far as signing needs (untimed). */
function writtenDraft(rc: RequestContext, ctx: NoteBenchContext, clientId: string, i: number) {
  const started = startNote(rc, ctx.formats, { clientId, sameAsLastTime: true });
  const content: ProgressNoteContent = {
    ...started.current.content,
    durationMinutes: started.current.content.durationMinutes ?? 30,
    sections: started.current.content.sections.map((s) => ({
      ...s,
      text: `Bench note ${i}: talked about the ${at(WORDS, i)} and the next steps. (Synthetic bench text.)`,
    })),
  };
  saveNoteDraft(rc, { versionId: started.current.id, content });
  return { versionId: started.current.id, content };
}

export function noteOperations(): Operation[] {
  const worker = (ctx: BenchContext, clientId: string) => contextFor(ctx.db, workerOf(ctx.db, clientId));
  const busiest = (ctx: BenchContext) =>
    contextFor(ctx.db, staffActor(ctx, ctx.summary.busiestCaseManagerId, 'case_manager'));
  const supervisor = (ctx: BenchContext) =>
    contextFor(
      ctx.db,
      staffActor(ctx, ctx.summary.staff.find((s) => s.role === 'supervisor')?.id ?? '', 'supervisor'),
    );
  return [
    {
      name: 'timeline:list (newest page, 100 items)',
      prepare: (ctx, i) => {
        const clientId = noted(ctx, i);
        const rc = worker(ctx, clientId);
        const input = timelineInputSchema.parse({ clientId });
        return () => clientTimeline(rc, noteCtx(ctx).shipped, input);
      },
    },
    {
      name: 'timeline:list (oldest page, by cursor)',
      prepare: (ctx, i) => {
        const clientId = noted(ctx, i);
        const rc = worker(ctx, clientId);
        const cursor = deepCursor(rc, noteCtx(ctx), clientId);
        const input = timelineInputSchema.parse({ clientId, ...(cursor ? { cursor } : {}) });
        return () => clientTimeline(rc, noteCtx(ctx).shipped, input);
      },
    },
    {
      name: 'notes:saveDraft (autosave an edit)',
      prepare: (ctx, i) => {
        const clientId = noted(ctx, i);
        const rc = worker(ctx, clientId);
        const { versionId, content } = writtenDraft(rc, noteCtx(ctx), clientId, i);
        const edited = { ...content, nextSteps: `Call back about the ${at(WORDS, i + 1)} (edit ${i}).` };
        return () => saveNoteDraft(rc, { versionId, content: edited });
      },
    },
    {
      name: 'notes:sign (sign a note)',
      prepare: (ctx, i) => {
        const clientId = noted(ctx, i);
        const rc = worker(ctx, clientId);
        const { versionId } = writtenDraft(rc, noteCtx(ctx), clientId, i);
        return () => signNote(rc, noteCtx(ctx).formats, { versionId });
      },
    },
    {
      name: "notes:search (one client's notes)",
      prepare: (ctx, i) => {
        const clientId = noted(ctx, i);
        const rc = worker(ctx, clientId);
        const input = noteSearchInputSchema.parse({ query: at(WORDS, i), clientId });
        return () => searchNotes(rc, input);
      },
    },
    {
      name: 'notes:search (busiest caseload)',
      prepare: (ctx, i) => {
        const rc = busiest(ctx);
        const input = noteSearchInputSchema.parse({ query: at(WORDS, i) });
        return () => searchNotes(rc, input);
      },
    },
    {
      name: 'notes:search (supervisor, whole clinic)',
      prepare: (ctx, i) => {
        const rc = supervisor(ctx);
        const input = noteSearchInputSchema.parse({ query: at(WORDS, i) });
        return () => searchNotes(rc, input);
      },
    },
    {
      name: 'notes:awaitingCosign (supervisor queue)',
      prepare: (ctx) => {
        const rc = supervisor(ctx);
        return () => awaitingCosign(rc);
      },
    },
    {
      name: 'caseload:list mine, by last contact',
      prepare: (ctx) => {
        const rc = busiest(ctx);
        const query = caseloadQuerySchema.parse({
          filter: { mine: true, statuses: ['active'] },
          sort: { column: 'lastContactAt', direction: 'desc' },
          limit: 100,
        });
        return () => listCaseloadPage(rc, query);
      },
    },
    {
      name: 'caseload:list all active by last contact (sup.)',
      prepare: (ctx) => {
        const rc = supervisor(ctx);
        const query = caseloadQuerySchema.parse({
          filter: { statuses: ['active'] },
          sort: { column: 'lastContactAt', direction: 'desc' },
          limit: 100,
        });
        return () => listCaseloadPage(rc, query);
      },
    },
  ];
}
