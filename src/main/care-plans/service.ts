import type { CarePlan, CarePlanContent, PlanNeed } from '../../shared/contracts/care-plans';
import type { CarePlanAgreement } from '../../shared/contracts/care-plan-signatures';
import { PNG_DATA_URL_PREFIX } from '../../shared/contracts/care-plan-signatures';
import { localToday } from '../../shared/domain/clients';
import { auditClientRead } from '../access/read-audit';
import { findClientRow } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import * as records from '../records';
import type { RequestContext } from '../request/context';
import { readSettings } from '../settings/repository';
import { carePlanKind } from './kind';
import { latestScoresFor } from './scores';
import type { CarePlanRow } from './repository';
import {
  carePlanOfVersion,
  findTemplate,
  insertCarePlan,
  latestCarePlanOf,
  setReviewDate,
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

function mayOpen(ctx: RequestContext, clientId: string): void {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
  ctx.policy.require(clientId, 'clinical', 'read');
}

/**
 * Changing a plan needs Part 2 as well: a viewer shown the plan without its Part 2 items would
 * otherwise save a draft that drops them (the assessment's substance-use section is the same).
 */
function mayChange(ctx: RequestContext, clientId: string): void {
  mayOpen(ctx, clientId);
  ctx.policy.require(clientId, 'part2', 'read');
}

/** A refusal the plan screen acts on (`details.problem`), worded by the catalogue. */
const problem = (code: 'wrong_state' | 'conflict', key: 'exists' | 'worker_signs_first', message: string) =>
  new DomainError(code, message, undefined, { problem: key, messageKey: `errors.care_plan_${key}` });

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

export function getCarePlan(ctx: RequestContext, clientId: string) {
  mayOpen(ctx, clientId);
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
  mayChange(ctx, input.clientId);
  if (latestCarePlanOf(ctx.db, input.clientId))
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
    const created = records.createDraft(ctx, carePlanKind, { clientId: input.clientId, content });
    const at = ctx.now.toISOString();
    insertCarePlan(ctx.db, {
      record_id: created.id,
      client_id: input.clientId,
      created_at: at,
      updated_at: at,
    });
    return created;
  })();
  return viewOf(ctx, view, input.clientId);
}

/** The plan a version belongs to, after the policy allowed a change to its client's plan. */
function planOfVersion(ctx: RequestContext, versionId: string) {
  const found = carePlanOfVersion(ctx.db, versionId);
  if (!found)
    throw new DomainError('not_found', 'That care plan version was not found.', undefined, {
      messageKey: 'errors.care_plan_version_not_found',
    });
  mayChange(ctx, found.client_id);
  return found;
}

export function saveCarePlanDraft(
  ctx: RequestContext,
  input: { versionId: string; content: CarePlanContent },
) {
  planOfVersion(ctx, input.versionId);
  return records.saveDraft(ctx, carePlanKind, input.versionId, input.content);
}

export function discardCarePlanDraft(ctx: RequestContext, input: { versionId: string }): null {
  planOfVersion(ctx, input.versionId);
  records.discardDraft(ctx, carePlanKind, input.versionId);
  return null;
}

/** The case manager signs: the content is checked and frozen; its review date becomes the plan's. */
export function signCarePlanAsWorker(ctx: RequestContext, input: { versionId: string }): CarePlan {
  const row = planOfVersion(ctx, input.versionId);
  const view = ctx.db.transaction(() => {
    const signedView = records.sign(ctx, carePlanKind, input.versionId, { role: 'worker' });
    const signed = signedView.versions.find((v) => v.id === input.versionId);
    if (signed?.content.reviewDate)
      setReviewDate(ctx.db, row.record_id, signed.content.reviewDate, signed.id, ctx.now.toISOString());
    return signedView;
  })();
  return viewOf(ctx, view, row.client_id);
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
  if (agreement.method === 'drawn' && !agreement.png.startsWith(PNG_DATA_URL_PREFIX))
    throw new DomainError(
      'invalid_input',
      'The drawn signature is not a PNG image.',
      { 'agreement.png': 'validation.invalid' },
      { messageKey: 'errors.care_plan_signature_not_png' },
    );
  const sign = (signerName: string, details: Record<string, unknown>) =>
    records.sign(ctx, carePlanKind, input.versionId, { role: 'client', signerName, details });
  const view =
    agreement.method === 'declined'
      ? sign(clientName(ctx, row.client_id), { method: 'declined', reason: agreement.reason })
      : agreement.method === 'typed'
        ? sign(agreement.signerName, { method: 'typed', attestation: agreement.attestation })
        : sign(agreement.signerName, {
            method: 'drawn',
            attestation: agreement.attestation,
            strokes: agreement.strokes,
            png: agreement.png,
          });
  return viewOf(ctx, view, row.client_id);
}

/** A supervisor's approval (needed for the plan to be in force when the clinic says so). */
export function approveCarePlan(ctx: RequestContext, input: { versionId: string }): CarePlan {
  const row = planOfVersion(ctx, input.versionId);
  requireWorkerSigned(row);
  const view = records.sign(ctx, carePlanKind, input.versionId, { role: 'supervisor' });
  return viewOf(ctx, view, row.client_id);
}

/** A new version, a draft copied from the signed one in force; the old one stays as signed. */
export function reviseCarePlan(ctx: RequestContext, input: { versionId: string }): CarePlan {
  const row = planOfVersion(ctx, input.versionId);
  return viewOf(ctx, records.supersede(ctx, carePlanKind, input.versionId), row.client_id);
}
