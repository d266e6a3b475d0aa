import type { DischargeContent, DischargeDetail } from '../../shared/contracts/discharge';
import type { Language } from '../../shared/domain/languages';
import { readClient } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import type { ShippedInstruments } from '../measures/catalogue';
import * as records from '../records';
import type { RequestContext } from '../request/context';
import { mayWriteClient, ownDischargeDraft, readableDischarge } from './access';
import { openEnrollmentIndex, programNotOpen } from './enrollments';
import { dischargeKind } from './kind';
import { prefilledDischarge } from './prefill';
import {
  deleteDraftDischarge,
  draftForProgram,
  findDischarge,
  insertDischarge,
  updateDraftListing,
} from './repository';
import type { DischargeRecordView } from './view';
import { toDischargeDetail } from './view';

/** Writing a discharge: start it filled in (or resume the writer's draft), autosave, discard, open. */

/** The discharge as its screen reads it, from the primitive's view (`readRecord`: audited as a view). */
export function detailOf(ctx: RequestContext, view: DischargeRecordView, clientId: string): DischargeDetail {
  const row = findDischarge(ctx.db, view.id);
  if (!row) throw new Error(`discharge row ${view.id} missing`);
  return toDischargeDetail(ctx, row, view, clientId);
}

export function startDischarge(
  ctx: RequestContext,
  shipped: ShippedInstruments,
  input: { clientId: string; program: string; language: Language },
): DischargeDetail {
  const clientId = mayWriteClient(ctx, input.clientId);
  const client = readClient(ctx.db, clientId);
  if (!client) throw notFound('client');
  const index = openEnrollmentIndex(client.enrollments, input.program);
  if (index < 0) throw programNotOpen();
  const existing = draftForProgram(ctx.db, clientId, input.program);
  if (existing) {
    if (existing.author_id !== ctx.actor.id)
      throw new DomainError('conflict', 'Someone else is writing this discharge.', undefined, {
        problem: 'draft_by_other',
        name: existing.author_name,
        messageKey: 'errors.discharge_draft_by_other',
      });
    return detailOf(ctx, records.readRecord(ctx, dischargeKind, existing.record_id), clientId);
  }
  const enrollment = client.enrollments[index] as (typeof client.enrollments)[number];
  const content = prefilledDischarge(ctx, shipped, clientId, enrollment, input.language);
  const view = ctx.db.transaction(() => {
    const created = records.createDraft(ctx, dischargeKind, { clientId, content });
    insertDischarge(ctx.db, {
      record_id: created.id,
      client_id: clientId,
      program: input.program,
      author_id: ctx.actor.id,
      author_name: ctx.actor.fullName,
      draft_version_id: created.draftVersionId,
      discharge_date: content.dischargeDate,
      part2: content.part2 ? 1 : 0,
      at: ctx.now.toISOString(),
    });
    return created;
  })();
  return detailOf(ctx, view, clientId);
}

/** Autosave of the writer's own draft (not audited: it runs every few seconds). The program stays as started. */
export function saveDischargeDraft(
  ctx: RequestContext,
  input: { versionId: string; content: DischargeContent },
): { versionId: string; updatedAt: string } {
  const { row } = ownDischargeDraft(ctx, input.versionId);
  if (input.content.program !== row.program)
    throw new DomainError(
      'invalid_input',
      'A discharge stays with the program it was started for.',
      { program: 'validation.discharge_program_fixed' },
      { messageKey: 'errors.discharge_program_fixed' },
    );
  return ctx.db.transaction(() => {
    const saved = records.saveDraft(ctx, dischargeKind, input.versionId, input.content);
    updateDraftListing(ctx.db, row.record_id, {
      discharge_date: input.content.dischargeDate,
      part2: row.part2 === 1 || input.content.part2 ? 1 : 0,
      at: saved.updatedAt,
    });
    return { versionId: saved.versionId, updatedAt: saved.updatedAt };
  })();
}

/** Throws the writer's draft away, with its record (nothing of it was signed). */
export function discardDischargeDraft(ctx: RequestContext, input: { versionId: string }): null {
  const { row } = ownDischargeDraft(ctx, input.versionId);
  ctx.db.transaction(() => {
    deleteDraftDischarge(ctx.db, row.record_id);
    records.discardDraft(ctx, dischargeKind, input.versionId);
  })();
  return null;
}

/** One discharge for this viewer; audited as a view by the primitive. */
export function readDischarge(ctx: RequestContext, input: { dischargeId: string }): DischargeDetail {
  const { row, clientId } = readableDischarge(ctx, input.dischargeId);
  return detailOf(ctx, records.readRecord(ctx, dischargeKind, row.record_id), clientId);
}
