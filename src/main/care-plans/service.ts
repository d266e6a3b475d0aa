import type { CarePlan, CarePlanContent, PlanNeed } from '../../shared/contracts/care-plans';
import { carePlanDraftSchema } from '../../shared/contracts/care-plans';
import type { CarePlanAgreement } from '../../shared/contracts/care-plan-signatures';
import { localToday } from '../../shared/domain/clients';
import { auditClientRead } from '../access/read-audit';
import { findClientRow, keptClientId } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import * as records from '../records';
import type { RequestContext } from '../request/context';
import type { ShippedInstruments } from '../measures/catalogue';
import { readSettings } from '../settings/repository';
import { checkAgreement } from './agreement';
import { measureLinkProblems, refuseIf, refuseSigningIf, reviewDateProblems } from './checks';
import { carePlanKind } from './kind';
import { latestScoresFor } from './scores';
import type { CarePlanRow } from './repository';
import {
  carePlanOfVersion,
  findTemplate,
  insertCarePlan,
  latestCarePlanOf,
  setReviewDate,
  signedInRole,
} from './repository';
import { toCarePlan } from './view';

/**
 * The rules of care plans (issue 9). Every read and change asks the access policy for the
 * client's clinical file first; the signed-record primitive then does the versions, signatures,
 * immutability and audit entries. What is the plan's own — its review date, one plan per client,
 * who signs in which order — is here.
 */

/** The workstation's calendar day: a review is overdue from the day after its date, locally. */
const today = (ctx: RequestContext) => localToday(ctx.now);

export function planSettings(ctx: RequestContext) {
  const settings = readSettings(ctx.db);
  return { reviewDays: settings.planReviewDays, supervisorApprovalRequired: settings.planSupervisorApproval };
}

/**
 * The client whose clinical file this is, after the policy allowed it: a merged duplicate's id
 * stands for the record kept (merges never move plans; reads resolve through the kept client).
 */
function mayOpen(ctx: RequestContext, clientId: string): string {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
  const kept = keptClientId(ctx.db, clientId);
  ctx.policy.require(kept, 'clinical', 'read');
  return kept;
}

/**
 * Changing a plan needs Part 2 as well: a viewer shown the plan without its Part 2 items would
 * otherwise save a draft that drops them (the assessment's substance-use section is the same).
 */
function mayChange(ctx: RequestContext, clientId: string): string {
  const kept = mayOpen(ctx, clientId);
  ctx.policy.require(kept, 'part2', 'read');
  return kept;
}

/** A refusal the plan screen acts on (`details.problem`), worded by the catalogue. */
const problem = (
  code: 'wrong_state' | 'conflict',
  key: 'exists' | 'worker_signs_first' | 'own_approval',
  message: string,
) => new DomainError(code, message, undefined, { problem: key, messageKey: `errors.care_plan_${key}` });

type PlanRecordView = ReturnType<typeof records.readRecord<CarePlanContent, CarePlanContent, unknown>>;

/**
 * The contract's plan from the primitive's view. After a change the view the primitive returned
 * is used: that change's own audit entry says what happened, with no second "viewed".
 */
function viewOf(ctx: RequestContext, view: PlanRecordView, clientId: string): CarePlan {
  const row = latestCarePlanOf(ctx.db, clientId);
  if (!row || row.record_id !== view.id) throw notFound('client');
  return toCarePlan(view, row, {
    approvalRequired: planSettings(ctx).supervisorApprovalRequired,
    today: today(ctx),
    part2Allowed: ctx.policy.may(clientId, 'part2', 'read'),
  });
}

export function getCarePlan(ctx: RequestContext, requestedId: string) {
  const clientId = mayOpen(ctx, requestedId);
  const row = latestCarePlanOf(ctx.db, clientId);
  if (!row)
    auditClientRead(ctx.db, ctx.policy, 'client.care_plans_viewed', {
      subject: clientId,
      details: { count: 0 },
    });
  const plan = row ? viewOf(ctx, records.readRecord(ctx, carePlanKind, row.record_id), clientId) : null;
  return {
    plan,
    // Read from what this viewer is shown: a withheld Part 2 goal's measure stays withheld too.
    latestScores: plan
      ? latestScoresFor(
          ctx.db,
          clientId,
          plan.versions.map((v) => v.content),
        )
      : {},
    settings: planSettings(ctx),
  };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A template's needs as a new plan's: fresh item ids, statuses reset, target dates at the review. */
function needsFromTemplate(needs: PlanNeed[], reviewDate: string): PlanNeed[] {
  const reset = { status: 'not_started' as const, statusDate: null };
  return needs.map((need) => ({
    ...need,
    id: newId(),
    fromAssessment: null,
    goals: need.goals.map((goal) => ({
      ...goal,
      ...reset,
      id: newId(),
      measure: goal.measure ? { ...goal.measure, byDate: goal.measure.byDate ?? reviewDate } : null,
      objectives: goal.objectives.map((objective) => ({
        ...objective,
        ...reset,
        id: newId(),
        targetDate: objective.targetDate ?? reviewDate,
        interventions: objective.interventions.map((iv) => ({ ...iv, ...reset, id: newId() })),
      })),
    })),
  }));
}

export function createCarePlan(
  ctx: RequestContext,
  input: { clientId: string; templateId: string | null; startDate: string | null },
): CarePlan {
  const clientId = mayChange(ctx, input.clientId);
  if (latestCarePlanOf(ctx.db, clientId))
    throw problem('conflict', 'exists', 'This client already has a care plan; revise it instead.');
  const template = input.templateId ? findTemplate(ctx.db, input.templateId) : undefined;
  if (input.templateId && !template)
    throw new DomainError('not_found', 'That plan template was not found.', undefined, {
      messageKey: 'errors.care_plan_template_not_found',
    });
  const startDate = input.startDate ?? today(ctx);
  const reviewDate = addDays(startDate, planSettings(ctx).reviewDays);
  const content: CarePlanContent = {
    startDate,
    reviewDate,
    needs: template ? needsFromTemplate(template.needs, reviewDate) : [],
  };
  const view = ctx.db.transaction(() => {
    const created = records.createDraft(ctx, carePlanKind, { clientId, content });
    const at = ctx.now.toISOString();
    insertCarePlan(ctx.db, {
      record_id: created.id,
      client_id: clientId,
      created_at: at,
      updated_at: at,
    });
    return created;
  })();
  return viewOf(ctx, view, clientId);
}

/**
 * The plan a version belongs to, after the policy allowed a change to its client's plan;
 * `clientId` is that file's client (the kept one, when the plan was a merged duplicate's).
 */
function planOfVersion(ctx: RequestContext, versionId: string) {
  const found = carePlanOfVersion(ctx.db, versionId);
  if (!found)
    throw new DomainError('not_found', 'That care plan version was not found.', undefined, {
      messageKey: 'errors.care_plan_version_not_found',
    });
  return { ...found, clientId: mayChange(ctx, found.client_id) };
}

export function saveCarePlanDraft(
  ctx: RequestContext,
  input: { versionId: string; content: CarePlanContent },
  shipped: ShippedInstruments,
) {
  planOfVersion(ctx, input.versionId);
  refuseIf(measureLinkProblems(ctx.db, shipped, input.content));
  return records.saveDraft(ctx, carePlanKind, input.versionId, input.content);
}

export function discardCarePlanDraft(ctx: RequestContext, input: { versionId: string }): null {
  planOfVersion(ctx, input.versionId);
  records.discardDraft(ctx, carePlanKind, input.versionId);
  return null;
}

/**
 * The case manager signs: the content is checked and frozen; its review date becomes the plan's.
 * Besides the signing schema: a review date not already passed, measure links the catalogue knows.
 */
export function signCarePlanAsWorker(
  ctx: RequestContext,
  input: { versionId: string },
  shipped: ShippedInstruments,
): CarePlan {
  const row = planOfVersion(ctx, input.versionId);
  // A draft that no longer parses (saved before a rule was added) is refused by `sign` itself.
  const draft = row.status === 'draft' ? carePlanDraftSchema.safeParse(JSON.parse(row.content)) : null;
  if (draft?.success)
    refuseSigningIf(
      {
        ...reviewDateProblems(draft.data, row.version_no, today(ctx)),
        ...measureLinkProblems(ctx.db, shipped, draft.data),
      },
      draft.data,
    );
  const view = ctx.db.transaction(() => {
    const signedView = records.sign(ctx, carePlanKind, input.versionId, { role: 'worker' });
    const signed = signedView.versions.find((v) => v.id === input.versionId);
    if (signed?.content.reviewDate)
      setReviewDate(ctx.db, row.record_id, signed.content.reviewDate, signed.id, ctx.now.toISOString());
    return signedView;
  })();
  return viewOf(ctx, view, row.clientId);
}

function requireWorkerSigned(row: CarePlanRow & { status: string }) {
  if (row.status === 'draft')
    throw problem(
      'wrong_state',
      'worker_signs_first',
      'The case manager signs the plan first; then the client.',
    );
}

function clientName(ctx: RequestContext, clientId: string): string {
  const client = findClientRow(ctx.db, clientId);
  if (!client) throw notFound('client');
  return `${client.legal_first_name} ${client.legal_last_name}`;
}

/** The client's agreement: a typed or drawn signature, or a refusal with its reason. */
export function recordClientAgreement(
  ctx: RequestContext,
  input: { versionId: string; agreement: CarePlanAgreement },
): CarePlan {
  const row = planOfVersion(ctx, input.versionId);
  requireWorkerSigned(row);
  const { agreement } = input;
  checkAgreement(agreement);
  const sign = (signerName: string, details: Record<string, unknown>) =>
    records.sign(ctx, carePlanKind, input.versionId, { role: 'client', signerName, details });
  const view =
    agreement.method === 'declined'
      ? sign(clientName(ctx, row.clientId), { method: 'declined', reason: agreement.reason })
      : agreement.method === 'typed'
        ? sign(agreement.signerName, { method: 'typed', attestation: agreement.attestation })
        : sign(agreement.signerName, {
            method: 'drawn',
            attestation: agreement.attestation,
            strokes: agreement.strokes,
            png: agreement.png,
          });
  return viewOf(ctx, view, row.clientId);
}

/**
 * A supervisor's approval (needed for the plan to be in force when the clinic says so; recorded
 * when it is not). It follows the worker's signature and may come before the client's agreement,
 * which can take another visit. A second person's review: not of a plan one signed oneself.
 */
export function approveCarePlan(ctx: RequestContext, input: { versionId: string }): CarePlan {
  const row = planOfVersion(ctx, input.versionId);
  requireWorkerSigned(row);
  if (signedInRole(ctx.db, input.versionId, 'worker', ctx.actor.id))
    throw problem(
      'wrong_state',
      'own_approval',
      'You signed this plan as its worker; another supervisor approves it.',
    );
  const view = records.sign(ctx, carePlanKind, input.versionId, { role: 'supervisor' });
  return viewOf(ctx, view, row.clientId);
}

/**
 * A new version, a draft copied from the signed one in force; the old one stays as signed. Its
 * review date starts a new cycle — today plus the clinic's review interval (the worker may change
 * it) — so a plan revised at its review is not signed already overdue.
 */
export function reviseCarePlan(ctx: RequestContext, input: { versionId: string }): CarePlan {
  const row = planOfVersion(ctx, input.versionId);
  const signed = JSON.parse(row.content) as CarePlanContent;
  const content = { ...signed, reviewDate: addDays(today(ctx), planSettings(ctx).reviewDays) };
  return viewOf(ctx, records.supersede(ctx, carePlanKind, input.versionId, content), row.clientId);
}
