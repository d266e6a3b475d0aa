import type { z } from 'zod';
import type { AuditAction } from '../../shared/contracts/audit';
import { NotCanonicalisableError } from '../../shared/domain/canonical-json';
import { appendAudit } from '../audit/service';
import { DomainError, fieldErrors } from '../errors';
import { canonicalContent } from './content-hash';
import type { AnyRecordKind, RecordContext } from './definition';
import type { RecordRow, VersionRow } from './repository';
import { findRecord, findVersion, statusEventsOf, updateDraftContent } from './repository';

/**
 * The checks every signed-record operation shares: find the thing of the right kind, refuse a
 * record entered in error, validate content against the feature's schema, and audit with ids only.
 */

/** Stable machine-readable reasons, in `details.problem`, for the renderer's catalogue. */
export type RecordProblem =
  | 'record_entered_in_error'
  | 'version_not_draft'
  | 'version_superseded'
  | 'version_not_current'
  | 'draft_open'
  | 'addendum_on_draft'
  | 'addendum_not_draft'
  | 'role_already_signed'
  | 'never_signed';

export const wrongState = (problem: RecordProblem, message: string, extra: Record<string, string> = {}) =>
  new DomainError('wrong_state', message, undefined, { problem, ...extra });

export const recordNotFound = () => new DomainError('not_found', 'That record was not found.');

/** A record of this kind, or not_found (a record of another kind is not found either). */
export function requireRecord(ctx: RecordContext, kind: AnyRecordKind, recordId: string): RecordRow {
  const record = findRecord(ctx.db, recordId);
  if (!record || record.kind !== kind.kind) throw recordNotFound();
  return record;
}

export function requireVersion(
  ctx: RecordContext,
  kind: AnyRecordKind,
  versionId: string,
): { record: RecordRow; version: VersionRow } {
  const version = findVersion(ctx.db, versionId);
  if (!version) throw recordNotFound();
  return { record: requireRecord(ctx, kind, version.record_id), version };
}

export function isEnteredInError(ctx: RecordContext, recordId: string): boolean {
  return statusEventsOf(ctx.db, recordId).some((event) => event.status === 'entered_in_error');
}

/** Nothing more is written to a record marked entered in error: it stays readable as it was. */
export function requireActive(ctx: RecordContext, record: RecordRow): void {
  if (isEnteredInError(ctx, record.id))
    throw wrongState(
      'record_entered_in_error',
      'This record was marked entered in error; it can be read but no longer changed or signed.',
    );
}

/**
 * Parses content with the feature's schema and returns its canonical text and hash. Schema
 * failures come back at their fields (paths inside the content), as a form shows them.
 */
export function validContent(schema: z.ZodType, value: unknown): { text: string; hash: string } {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new DomainError(
      'invalid_input',
      'Some of the information is missing or not valid.',
      fieldErrors(parsed.error),
    );
  try {
    return canonicalContent(parsed.data);
  } catch (error) {
    if (error instanceof NotCanonicalisableError)
      throw new DomainError('invalid_input', 'The content is not plain data that can be signed.', {
        [error.path || '_']: 'validation.invalid',
      });
    throw error;
  }
}

/** The audit entry for a change: the client as subject, ids and kind only — never content. */
export function auditRecord(
  ctx: RecordContext,
  action: AuditAction,
  record: RecordRow,
  details: Record<string, string | number | boolean | null> = {},
): void {
  appendAudit(
    ctx.db,
    {
      action,
      actor: { accountId: ctx.actor.id, name: ctx.actor.fullName },
      subject: record.client_id,
      details: { kind: record.kind, recordId: record.id, ...details },
    },
    ctx.now,
  );
}

/**
 * Rewrites a draft's content (a version or an addendum: the same columns in both tables) with
 * canonical text and its hash, stamped with this request's actor and time. Callers have already
 * checked that the row is still a draft; the triggers refuse it otherwise anyway.
 */
export function rewriteDraftContent(
  ctx: RecordContext,
  table: 'record_versions' | 'record_addenda',
  id: string,
  schema: z.ZodType,
  schemaVersion: number,
  content: unknown,
): { contentHash: string; updatedAt: string } {
  const { text, hash } = validContent(schema, content);
  const updatedAt = ctx.now.toISOString();
  updateDraftContent(ctx.db, table, id, {
    content: text,
    content_hash: hash,
    schema_version: schemaVersion,
    updated_at: updatedAt,
    updated_by: ctx.actor.id,
  });
  return { contentHash: hash, updatedAt };
}
