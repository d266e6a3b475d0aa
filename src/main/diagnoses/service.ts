import type { z } from 'zod';
import type { Diagnosis, diagnosisFieldsSchema } from '../../shared/contracts/diagnoses';
import { auditClientRead } from '../access/read-audit';
import { diffFields } from '../clients/history';
import { findClientRow } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import { changeClientFile } from '../request/mutation';
import type { DiagnosisRow } from './repository';
import {
  clearOtherPrimary,
  findDiagnosisRow,
  hasOpenDiagnosis,
  insertDiagnosis,
  markEnteredInError,
  readDiagnoses,
  toDiagnosis,
  updateDiagnosisRow,
} from './repository';

export { readDiagnoses } from './repository';

type DiagnosisFields = z.output<typeof diagnosisFieldsSchema>;

/** The code list the service checks against (ICD-10-CM F01–F99 and Z55–Z65, see resources/icd10cm). */
export interface CodeCatalogue {
  searchCodes(query: string, limit?: number): { code: string; title: string; billable: boolean }[];
  getCode(code: string): { code: string; title: string; billable: boolean } | null;
}

const CLINICAL_FILE = { kind: 'clinical', action: 'read' } as const;

function existingClient(ctx: RequestContext, clientId: string): void {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
}

function existingDiagnosis(ctx: RequestContext, id: string): DiagnosisRow {
  const row = findDiagnosisRow(ctx.db, id);
  if (!row) throw notFound('diagnosis');
  return row;
}

function knownCode(catalogue: CodeCatalogue, code: string) {
  const entry = catalogue.getCode(code);
  if (!entry) {
    throw new DomainError(
      'invalid_input',
      `${code} is not an ICD-10-CM code Lantern knows (F01–F99, Z55–Z65).`,
      { 'diagnosis.code': 'validation.icd_unknown' },
      { messageKey: 'errors.icd_unknown', icdCode: code },
    );
  }
  if (!entry.billable) {
    throw new DomainError(
      'invalid_input',
      `${code} is a category heading; choose one of the codes under it.`,
      { 'diagnosis.code': 'validation.icd_not_billable' },
      { messageKey: 'errors.icd_not_billable', icdCode: code },
    );
  }
  return entry;
}

export function listDiagnoses(ctx: RequestContext, clientId: string): Diagnosis[] {
  existingClient(ctx, clientId);
  ctx.policy.require(clientId, 'clinical', 'read');
  const diagnoses = readDiagnoses(ctx.db, clientId);
  auditClientRead(ctx.db, ctx.policy, 'client.diagnoses_viewed', {
    subject: clientId,
    details: { count: diagnoses.length },
  });
  return diagnoses;
}

export function addDiagnosis(
  ctx: RequestContext,
  catalogue: CodeCatalogue,
  input: { clientId: string; diagnosis: DiagnosisFields },
): Diagnosis {
  existingClient(ctx, input.clientId);
  ctx.policy.require(input.clientId, CLINICAL_FILE.kind, CLINICAL_FILE.action);
  const entry = knownCode(catalogue, input.diagnosis.code);
  if (hasOpenDiagnosis(ctx.db, input.clientId, entry.code))
    throw new DomainError(
      'conflict',
      `${entry.code} is already an open diagnosis for this client.`,
      { 'diagnosis.code': 'validation.icd_duplicate' },
      { messageKey: 'errors.icd_duplicate', icdCode: entry.code },
    );
  const id = newId();
  const by = ctx.actor.id;
  const at = ctx.now.toISOString();
  changeClientFile(ctx, {
    clientId: input.clientId,
    write: () => {
      insertDiagnosis(ctx.db, { id, clientId: input.clientId, by, at, ...input.diagnosis, ...entry });
      if (input.diagnosis.isPrimary) clearOtherPrimary(ctx.db, input.clientId, id, by, at);
    },
    history: () => ({
      target: { entity: 'diagnosis', entityId: id, entityLabel: `${entry.code} ${entry.title}` },
      changes: diffFields(null, { ...input.diagnosis, code: entry.code }),
    }),
    audit: () => ({ action: 'diagnosis.added', details: { diagnosisId: id } }),
  });
  return toDiagnosis(existingDiagnosis(ctx, id));
}

export function updateDiagnosis(
  ctx: RequestContext,
  catalogue: CodeCatalogue,
  input: { id: string; diagnosis: DiagnosisFields },
): Diagnosis {
  const before = existingDiagnosis(ctx, input.id);
  ctx.policy.require(before.client_id, CLINICAL_FILE.kind, CLINICAL_FILE.action);
  const entry = knownCode(catalogue, input.diagnosis.code);
  const by = ctx.actor.id;
  const at = ctx.now.toISOString();
  changeClientFile(ctx, {
    clientId: before.client_id,
    write: () => {
      updateDiagnosisRow(
        ctx.db,
        input.id,
        { ...input.diagnosis, code: entry.code, title: entry.title },
        by,
        at,
      );
      if (input.diagnosis.isPrimary) clearOtherPrimary(ctx.db, before.client_id, input.id, by, at);
    },
    history: () => {
      const old = {
        code: before.code,
        isPrimary: before.is_primary === 1,
        onsetDate: before.onset_date,
        resolvedDate: before.resolved_date,
      };
      return {
        target: { entity: 'diagnosis', entityId: input.id, entityLabel: `${entry.code} ${entry.title}` },
        changes: diffFields(old, { ...input.diagnosis, code: entry.code }),
      };
    },
    audit: () => ({ action: 'diagnosis.updated', details: { diagnosisId: input.id } }),
  });
  return toDiagnosis(existingDiagnosis(ctx, input.id));
}

/** "Entered in error": the row stays, marked, with the reason in the history. */
export function removeDiagnosis(ctx: RequestContext, input: { id: string; reason: string }): null {
  const before = existingDiagnosis(ctx, input.id);
  changeClientFile(ctx, {
    clientId: before.client_id,
    requires: CLINICAL_FILE,
    write: () => markEnteredInError(ctx.db, input.id, input.reason, ctx.actor.id, ctx.now.toISOString()),
    history: () => ({
      target: { entity: 'diagnosis', entityId: input.id, entityLabel: `${before.code} ${before.title}` },
      changes: [{ field: 'entered_in_error', from: null, to: input.reason }],
    }),
    audit: () => ({ action: 'diagnosis.removed', details: { diagnosisId: input.id } }),
  });
  return null;
}
