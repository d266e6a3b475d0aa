import type { SignatureRole } from '../../shared/domain/signed-records';
import { SIGNATURE_ROLES, STAFF_SIGNATURE_ROLES } from '../../shared/domain/signed-records';
import { DomainError } from '../errors';
import { newId } from '../ids';
import type { AnyRecordKind, RecordContext } from './definition';
import type { AddendumRow, RecordRow, VersionRow } from './repository';
import { insertSignature, isSuperseded, markSigned, signaturesOf } from './repository';
import { auditRecord, validContent, wrongState } from './rules';

/** How someone signs. Staff sign under their own name; a client or guardian types theirs. */
export interface SignInput {
  role: SignatureRole;
  /** Required for `client` and `guardian`; ignored for staff roles (their account name is used). */
  signerName?: string;
  /** What this kind's signatures carry besides the signer (validated by its signatureDetails). */
  details?: Record<string, unknown>;
}

export type SignTarget =
  { table: 'record_versions'; row: VersionRow } | { table: 'record_addenda'; row: AddendumRow };

const MAX_SIGNER_NAME = 200;

function signerNameOf(ctx: RecordContext, input: SignInput): string {
  if (STAFF_SIGNATURE_ROLES.includes(input.role)) return ctx.actor.fullName;
  const typed = (input.signerName ?? '').normalize('NFC').trim();
  if (!typed)
    throw new DomainError(
      'invalid_input',
      'Type the name of the person signing.',
      { signerName: 'validation.required' },
      { messageKey: 'errors.record_signer_name_required' },
    );
  if (typed.length > MAX_SIGNER_NAME)
    throw new DomainError(
      'invalid_input',
      'That name is too long.',
      { signerName: 'validation.too_long' },
      { messageKey: 'errors.record_signer_name_too_long' },
    );
  return typed;
}

/**
 * Adds one signature to a version or an addendum. The first signature validates the content
 * against the kind's signing schema and freezes it (status `signed`, after which the database
 * refuses any change); every signature records the hash of exactly the content it covers.
 */
export function signTarget(
  ctx: RecordContext,
  kind: AnyRecordKind,
  record: RecordRow,
  target: SignTarget,
  input: SignInput,
): void {
  if (!SIGNATURE_ROLES.includes(input.role))
    throw new DomainError(
      'invalid_input',
      'Choose in which role this is signed.',
      { role: 'validation.invalid' },
      { messageKey: 'errors.record_signature_role_required' },
    );
  const signerName = signerNameOf(ctx, input);
  const details = validContent(kind.signatureDetails, input.details ?? {});
  const { table, row } = target;
  if (table === 'record_versions' && isSuperseded(ctx.db, row.id))
    throw wrongState(
      'version_superseded',
      'errors.record_version_superseded',
      'A later version of this record has been signed; sign that one instead.',
    );
  if (signaturesOf(ctx.db, table, row.id).some((s) => s.role === input.role))
    throw new DomainError(
      'conflict',
      `This has already been signed in the role "${input.role}".`,
      undefined,
      {
        problem: 'role_already_signed',
        role: input.role,
        messageKey: 'errors.record_role_already_signed',
      },
    );
  const at = ctx.now.toISOString();
  const first = row.status === 'draft';
  // The content is checked against the signing schema at the moment it freezes: a draft may be
  // incomplete, a signed version may not.
  const signed = first
    ? validContent(table === 'record_versions' ? kind.content : kind.addendum, JSON.parse(row.content))
    : { text: row.content, hash: row.content_hash };
  const signatureId = newId();
  ctx.db.transaction(() => {
    if (first)
      markSigned(ctx.db, table, row.id, {
        content: signed.text,
        content_hash: signed.hash,
        updated_at: at,
        updated_by: ctx.actor.id,
      });
    insertSignature(ctx.db, {
      id: signatureId,
      version_id: table === 'record_versions' ? row.id : null,
      addendum_id: table === 'record_addenda' ? row.id : null,
      role: input.role,
      signer_name: signerName,
      account_id: ctx.actor.id,
      account_name: ctx.actor.fullName,
      signed_at: at,
      content_hash: signed.hash,
      details: details.text,
    });
    auditRecord(
      ctx,
      table === 'record_versions' ? 'record.signed' : 'record.addendum_signed',
      record,
      table === 'record_versions'
        ? { versionId: row.id, versionNo: (row as VersionRow).version_no, role: input.role, signatureId }
        : { addendumId: row.id, versionId: (row as AddendumRow).version_id, role: input.role, signatureId },
    );
  })();
}
