/**
 * The clinical operations `npm run bench` times (issue 9): a care plan opened with its versions,
 * a draft autosave, a signature, a measure's trend, and the caseload page through the caseload
 * service (so whatever columns that service adds are counted). Each runs through the same service
 * function the router calls, with a request context for the client's own worker, as in the app.
 */
import type { z } from 'zod';
import { findAccountById } from '../src/main/accounts/repository';
import { requestContext } from '../src/main/api/context';
import * as plans from '../src/main/care-plans/service';
import { list as listCaseloadPage } from '../src/main/caseload/service';
import type { Db } from '../src/main/db/open';
import type { ShippedInstruments } from '../src/main/measures/catalogue';
import { measureTrend } from '../src/main/measures/service';
import type { Actor, RequestContext } from '../src/main/request/context';
import type { CaseloadQuery } from '../src/shared/contracts/caseload';
import { caseloadQuerySchema } from '../src/shared/contracts/caseload';
import type { BenchContext, Operation } from './bench-workload';
import { Random } from '../src/main/demo/random';

export interface ClinicalBenchContext extends BenchContext {
  /** Ids of sampled clients that have a care plan (and measures), in sample order. */
  planClientIds: string[];
  shipped: ShippedInstruments;
}

/** Client numbers of up to `count` clients with a care plan, picked with the seed (same in both databases). */
export function sampleClientsWithPlans(db: Db, count: number, seed: number): string[] {
  const numbers = db
    .prepare(
      'SELECT c.client_number FROM care_plans p JOIN clients c ON c.id = p.client_id ORDER BY c.client_number',
    )
    .pluck()
    .all() as string[];
  return new Random(seed).sample(numbers, count);
}

export const at = <T>(list: readonly T[], i: number) => list[i % list.length] as T;
const noEvents = () => undefined;
export const contextFor = (db: Db, actor: Actor): RequestContext =>
  requestContext(db, actor, { now: new Date(), emit: noEvents });

/** The client's first assigned worker, who writes and signs its plan. */
export function workerOf(db: Db, clientId: string): Actor {
  const id = db
    .prepare('SELECT MIN(account_id) FROM client_assignments WHERE client_id = ?')
    .pluck()
    .get(clientId) as string | null;
  const account = id ? findAccountById(db, id) : null;
  if (!account) throw new Error(`bench: client ${clientId} has no worker`);
  return account;
}

export function staffActor(ctx: BenchContext, id: string, role: Actor['role']): Actor {
  return findAccountById(ctx.db, id) ?? { id, role, fullName: role, teamId: null };
}

/** A draft to edit: the plan's open one, or a new version started from the one in force (untimed). */
function draftOf(rc: RequestContext, clientId: string) {
  const { plan } = plans.getCarePlan(rc, clientId);
  if (!plan) throw new Error(`bench: client ${clientId} has no care plan`);
  const draftId =
    plan.draftVersionId ??
    plans.reviseCarePlan(rc, { versionId: plan.currentVersionId as string }).draftVersionId;
  const reread = plans.getCarePlan(rc, clientId).plan;
  const draft = reread?.versions.find((v) => v.id === draftId);
  if (!draft) throw new Error('bench: the draft was not found');
  return draft;
}

const caseloadQuery = (q: CaseloadQuery): z.output<typeof caseloadQuerySchema> =>
  caseloadQuerySchema.parse(q);

export function clinicalOperations(): Operation[] {
  const planned = (ctx: BenchContext, i: number) => at((ctx as ClinicalBenchContext).planClientIds, i);
  const caseload = (name: string, who: 'busiest' | 'supervisor', q: CaseloadQuery): Operation => ({
    name,
    prepare: (ctx) => {
      const supervisor = ctx.summary.staff.find((s) => s.role === 'supervisor')?.id ?? '';
      const actor =
        who === 'busiest'
          ? staffActor(ctx, ctx.summary.busiestCaseManagerId, 'case_manager')
          : staffActor(ctx, supervisor, 'supervisor');
      const parsed = caseloadQuery(q);
      const rc = contextFor(ctx.db, actor);
      return () => listCaseloadPage(rc, parsed);
    },
  });
  return [
    caseload('caseload:list service: mine + active', 'busiest', {
      filter: { mine: true, statuses: ['active'] },
      sort: { column: 'name', direction: 'asc' },
      limit: 100,
    }),
    caseload('caseload:list service: all active (supervisor)', 'supervisor', {
      filter: { statuses: ['active'] },
      limit: 100,
    }),
    {
      name: 'carePlans:get (plan with its versions)',
      prepare: (ctx, i) => {
        const clientId = planned(ctx, i);
        const rc = contextFor(ctx.db, workerOf(ctx.db, clientId));
        return () => plans.getCarePlan(rc, clientId);
      },
    },
    {
      name: 'carePlans:saveDraft (autosave an edit)',
      prepare: (ctx, i) => {
        const clientId = planned(ctx, i);
        const rc = contextFor(ctx.db, workerOf(ctx.db, clientId));
        const draft = draftOf(rc, clientId);
        const [first, ...rest] = draft.content.needs;
        const edited = first
          ? [{ ...first, text: `${first.text.replace(/ \(edit \d+\)$/, '')} (edit ${i})` }]
          : [];
        const content = { ...draft.content, needs: [...edited, ...rest] };
        return () =>
          plans.saveCarePlanDraft(
            rc,
            { versionId: draft.id, content },
            (ctx as ClinicalBenchContext).shipped,
          );
      },
    },
    {
      name: 'carePlans:signAsWorker (sign a version)',
      prepare: (ctx, i) => {
        const clientId = planned(ctx, i);
        const rc = contextFor(ctx.db, workerOf(ctx.db, clientId));
        const draft = draftOf(rc, clientId);
        return () =>
          plans.signCarePlanAsWorker(rc, { versionId: draft.id }, (ctx as ClinicalBenchContext).shipped);
      },
    },
    {
      name: 'measures:trend (PHQ-9, one client)',
      prepare: (ctx, i) => {
        const clientId = planned(ctx, i);
        const rc = contextFor(ctx.db, workerOf(ctx.db, clientId));
        return () => measureTrend(rc, (ctx as ClinicalBenchContext).shipped, clientId, 'phq-9');
      },
    },
  ];
}
