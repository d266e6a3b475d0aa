import type {
  AssessmentContent,
  AssessmentDetail,
  AssessmentDraft,
  AssessmentSummary,
} from '../../shared/contracts/assessments';
import { PART2_SECTIONS } from '../../shared/contracts/assessments';
import { auditClientRead } from '../access/read-audit';
import { findClientRow, keptClientId } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import type { RecordView } from '../records';
import { createDraft, discardDraft, readRecord, saveDraft, sign } from '../records';
import type { RequestContext } from '../request/context';
import { assessmentKind } from './kind';
import type { AssessmentRow } from './repository';
import {
  assessmentsOfClient,
  authorsOf,
  deleteUnsignedAssessment,
  findAssessment,
  insertAssessment,
  lastSignedAssessment,
  markAssessmentSigned,
  recordOfVersion,
} from './repository';
import { recordRiskLevel } from './risk';

type View = RecordView<AssessmentContent, AssessmentDraft, unknown>;

/**
 * The rules of assessments: who may see and write them (the access policy's clinical kind, and
 * Part 2 for the substance-use section), intake and reassessment, autosave, discard and sign.
 * Content, versions and signatures live in the signed-record primitive.
 */

const assessmentNotFound = () =>
  new DomainError('not_found', 'That assessment was not found.', undefined, {
    messageKey: 'errors.assessment_not_found',
  });

function existingClient(ctx: RequestContext, clientId: string): string {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
  return keptClientId(ctx.db, clientId);
}

/** Reading or writing an assessment needs the client's clinical record, and Part 2 for its substance-use section. */
function requireWrite(ctx: RequestContext, clientId: string): void {
  ctx.policy.require(clientId, 'clinical', 'read');
  ctx.policy.require(clientId, 'part2', 'read');
}

function existingAssessment(ctx: RequestContext, recordId: string): AssessmentRow {
  const row = findAssessment(ctx.db, recordId);
  if (!row) throw assessmentNotFound();
  return row;
}

function byVersion(ctx: RequestContext, versionId: string): AssessmentRow {
  return existingAssessment(ctx, recordOfVersion(ctx.db, versionId) ?? '');
}

const toSummary = (row: AssessmentRow, view?: View): AssessmentSummary => ({
  id: row.record_id,
  clientId: row.client_id,
  type: row.type,
  state: row.signed_at ? 'signed' : 'draft',
  startedAt: row.created_at,
  startedByName: view?.createdByName ?? '',
  signedAt: row.signed_at,
  signedByName: row.signed_by_name,
  riskLevel: row.risk_level,
  basedOnId: row.based_on_id,
});

/** The sections this viewer may not see, taken out of the content they are shown. */
function withheldSections(ctx: RequestContext, clientId: string) {
  return ctx.policy.may(clientId, 'part2', 'read') ? [] : [...PART2_SECTIONS];
}

function without<T extends Record<string, unknown>>(content: T, sections: readonly string[]): T {
  return Object.fromEntries(Object.entries(content).filter(([key]) => !sections.includes(key))) as T;
}

function detailOf(ctx: RequestContext, row: AssessmentRow, view: View): AssessmentDetail {
  const version =
    view.versions.find((v) => v.id === (view.draftVersionId ?? view.currentVersionId)) ??
    view.versions.at(-1);
  if (!version) throw assessmentNotFound();
  const withheld = withheldSections(ctx, row.client_id);
  let previous: AssessmentDraft | null = null;
  if (row.based_on_id) {
    const before = readRecord(ctx, assessmentKind, row.based_on_id);
    const signed = before.versions.find((v) => v.id === before.currentVersionId);
    previous = signed ? without(signed.content, withheld) : null;
  }
  return {
    summary: toSummary(row, view),
    versionId: version.id,
    content: without(version.content, withheld),
    previous,
    withheld,
    contentHash: version.contentHash,
    updatedAt: version.updatedAt,
  };
}

export function listAssessments(ctx: RequestContext, clientId: string): AssessmentSummary[] {
  const kept = existingClient(ctx, clientId);
  ctx.policy.require(kept, 'clinical', 'read');
  const rows = assessmentsOfClient(ctx.db, kept);
  const names = authorsOf(
    ctx.db,
    rows.map((r) => r.record_id),
  );
  auditClientRead(ctx.db, ctx.policy, 'client.assessments_viewed', {
    subject: kept,
    details: { count: rows.length },
  });
  return rows.map((row) => ({ ...toSummary(row), startedByName: names.get(row.record_id) ?? '' }));
}

/** One assessment as the viewer may see it (audited as a view of the record). */
export function getAssessment(ctx: RequestContext, id: string): AssessmentDetail {
  const row = existingAssessment(ctx, id);
  ctx.policy.require(keptClientId(ctx.db, row.client_id), 'clinical', 'read');
  return detailOf(ctx, row, readRecord(ctx, assessmentKind, id));
}

function start(
  ctx: RequestContext,
  clientId: string,
  type: AssessmentRow['type'],
  from: AssessmentRow | null,
): AssessmentDetail {
  const draftOpen = assessmentsOfClient(ctx.db, clientId).find((r) => !r.signed_at);
  if (draftOpen)
    throw new DomainError(
      'wrong_state',
      'This client already has an assessment being written; finish or discard it first.',
      undefined,
      { problem: 'draft_open', draftId: draftOpen.record_id, messageKey: 'errors.assessment_draft_open' },
    );
  let content: AssessmentDraft = {};
  if (from) {
    const before = readRecord(ctx, assessmentKind, from.record_id);
    const signed = before.versions.find((v) => v.id === before.currentVersionId);
    content = signed?.content ?? {};
  }
  const view = ctx.db.transaction(() => {
    const created = createDraft(ctx, assessmentKind, { clientId, content });
    insertAssessment(ctx.db, {
      record_id: created.id,
      client_id: clientId,
      type,
      based_on_id: from?.record_id ?? null,
      created_at: ctx.now.toISOString(),
    });
    return created;
  })();
  return detailOf(ctx, existingAssessment(ctx, view.id), view as View);
}

export function startIntake(ctx: RequestContext, clientId: string): AssessmentDetail {
  const kept = existingClient(ctx, clientId);
  requireWrite(ctx, kept);
  return start(ctx, kept, 'intake', null);
}

/** A new assessment whose starting draft is the newest signed one's content, shown beside it. */
export function startReassessment(ctx: RequestContext, clientId: string): AssessmentDetail {
  const kept = existingClient(ctx, clientId);
  requireWrite(ctx, kept);
  const last = lastSignedAssessment(ctx.db, kept);
  if (!last)
    throw new DomainError(
      'wrong_state',
      'A reassessment starts from a signed assessment; this client has none yet.',
      undefined,
      { problem: 'nothing_signed', messageKey: 'errors.assessment_nothing_signed' },
    );
  return start(ctx, kept, 'reassessment', last);
}

export function saveAssessmentDraft(
  ctx: RequestContext,
  input: { versionId: string; content: AssessmentDraft },
): { versionId: string; updatedAt: string } {
  const row = byVersion(ctx, input.versionId);
  requireWrite(ctx, keptClientId(ctx.db, row.client_id));
  const saved = saveDraft(ctx, assessmentKind, input.versionId, input.content);
  return { versionId: saved.versionId, updatedAt: saved.updatedAt };
}

export function discardAssessmentDraft(ctx: RequestContext, versionId: string): null {
  const row = byVersion(ctx, versionId);
  requireWrite(ctx, keptClientId(ctx.db, row.client_id));
  ctx.db.transaction(() => {
    // The assessment row goes first (it points at the record the primitive removes with its draft).
    if (!row.signed_at) deleteUnsignedAssessment(ctx.db, row.record_id);
    discardDraft(ctx, assessmentKind, versionId);
  })();
  return null;
}

/**
 * Signs as the worker: the primitive checks the content is complete and freezes it; in the same
 * transaction the assessment is stamped signed and its risk summary becomes the client's risk level.
 */
export function signAssessment(ctx: RequestContext, versionId: string): AssessmentDetail {
  const row = byVersion(ctx, versionId);
  const clientId = keptClientId(ctx.db, row.client_id);
  requireWrite(ctx, clientId);
  const view = ctx.db.transaction(() => {
    const signed = sign(ctx, assessmentKind, versionId, { role: 'worker' }) as View;
    const version = signed.versions.find((v) => v.id === versionId);
    const risk = (version?.content as AssessmentContent).risk;
    markAssessmentSigned(ctx.db, row.record_id, {
      at: ctx.now.toISOString(),
      byName: ctx.actor.fullName,
      riskLevel: risk.level,
    });
    recordRiskLevel(ctx, clientId, { ...risk, source: 'assessment', assessmentId: row.record_id });
    return signed;
  })();
  return detailOf(ctx, existingAssessment(ctx, row.record_id), view);
}
