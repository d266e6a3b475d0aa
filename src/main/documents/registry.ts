import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import type { DocumentIssue, DocumentPreview } from '../../shared/contracts/documents';
import type { DocumentRequest } from '../../shared/domain/documents';
import type { SaveLocations } from '../dialogs/chosen-locations';
import { writeToChosenLocation } from '../dialogs/write-chosen';
import { DomainError } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import { requireMayIssue } from './access';
import type { DocumentPreviews } from './previews';
import { renderBuiltInDocument } from './render';
import type { DocumentFields } from './repository';
import { insertDocument, insertIssue } from './repository';
import type { PreparedDocument } from './types';

/**
 * The register of documents given out: a preview (held in main, `DocumentPreviews`) becomes a
 * client document the first time it is saved, printed or kept — one row with its bytes' SHA-256
 * and, by default, the bytes themselves inside the encrypted database — and every save or print
 * after that is another issue of the same document (`client_document_issues`), not a second
 * document. So the Documents tab lists what was made once, with each time it was handed out.
 *
 * `holdPreview` and `registerPreview` are for any feature that prepares a document (the Word
 * templates hold their filled DOCX files in the same `DocumentPreviews`).
 */

const AUDIT_OF_ISSUE = {
  saved: 'document.saved',
  printed: 'document.printed',
  kept: 'document.kept',
} as const satisfies Record<DocumentIssue, string>;

/** What the audit says of a document: ids, kinds and flags, never its content or the client's name. */
export function auditDetailsOf(document: PreparedDocument) {
  return {
    source: document.source,
    definition: document.definitionId,
    templateId: document.templateId,
    templateVersion: document.templateVersion,
    recipient: document.recipient,
    language: document.language,
    part2Included: document.part2Included,
  };
}

/** Holds a prepared document as this person's preview, audits it, and answers what the dialog shows. */
export function holdPreview(
  ctx: RequestContext,
  previews: DocumentPreviews,
  document: PreparedDocument,
): DocumentPreview {
  const previewId = previews.hold(ctx.actor.id, document, ctx.now);
  ctx.audit({
    action: 'document.previewed',
    subject: document.clientId,
    details: { ...auditDetailsOf(document), pages: document.pageCount, bytes: document.bytes.byteLength },
  });
  return {
    previewId,
    title: document.title,
    fileName: document.fileName,
    mimeType: document.mimeType,
    pageCount: document.pageCount,
    byteLength: document.bytes.byteLength,
    part2Included: document.part2Included,
    withheld: [...(document.withheld ?? [])],
    data: Buffer.from(document.bytes).toString('base64'),
  };
}

/** `documents:preview`: the PDF engine makes it (asking the policy what may be disclosed). */
export async function previewBuiltInDocument(
  ctx: RequestContext,
  previews: DocumentPreviews,
  request: DocumentRequest,
): Promise<DocumentPreview> {
  const document = await renderBuiltInDocument(ctx, request);
  return holdPreview(ctx, previews, document);
}

/** This person's preview, or the clear refusal: it expired, the workstation locked, or it is not theirs. */
export function previewOf(
  ctx: RequestContext,
  previews: DocumentPreviews,
  previewId: string,
): PreparedDocument {
  const document = previews.get(previewId, ctx.actor.id, ctx.now);
  if (!document)
    throw new DomainError(
      'not_found',
      'This preview is no longer available (previews last 30 minutes and end when Lantern locks). Make the document again.',
      undefined,
      { messageKey: 'errors.document_preview_gone' },
    );
  return document;
}

/** Where a saved document was written. */
export interface SavedFile {
  folder: string;
  file: string;
}

/**
 * Registers a preview as given out `how` (the first time: the document itself; later: another
 * issue of it), in one transaction with its audit entry. `write` runs inside that transaction
 * (the saved file), so a file that could not be written registers nothing.
 */
export function registerPreview(
  ctx: RequestContext,
  previews: DocumentPreviews,
  input: { previewId: string; how: DocumentIssue; keepCopy: boolean },
  write?: (document: PreparedDocument) => SavedFile,
): { documentId: string; saved: SavedFile | null } {
  const document = previewOf(ctx, previews, input.previewId);
  requireMayIssue(ctx, document, input.how);
  const at = ctx.now.toISOString();
  const by = { id: ctx.actor.id, name: ctx.actor.fullName, role: ctx.actor.role };
  const result = ctx.db.transaction(() => {
    const known = previews.registeredAs(input.previewId);
    const documentId = known ?? newId();
    if (!known)
      insertDocument(ctx.db, {
        id: documentId,
        clientId: document.clientId,
        fields: fieldsOf(document),
        storedCopy: input.keepCopy ? document.bytes : null,
        by,
        at,
      });
    insertIssue(ctx.db, { id: newId(), documentId, how: input.how, at, by });
    const saved = write ? write(document) : null;
    ctx.audit({
      action: AUDIT_OF_ISSUE[input.how],
      subject: document.clientId,
      details: {
        documentId,
        ...auditDetailsOf(document),
        // Only the first issue decides whether the bytes are kept (a stored copy never changes).
        storedCopy: known ? null : input.keepCopy,
        ...(saved ? { file: basename(saved.file) } : {}),
      },
    });
    return { documentId, saved };
  })();
  previews.markRegistered(input.previewId, result.documentId);
  return result;
}

function fieldsOf(document: PreparedDocument): DocumentFields {
  return {
    source: document.source,
    definitionId: document.definitionId,
    templateId: document.templateId,
    templateVersion: document.templateVersion,
    title: document.title,
    fileName: document.fileName,
    mimeType: document.mimeType,
    byteLength: document.bytes.byteLength,
    pageCount: document.pageCount,
    sha256: createHash('sha256').update(document.bytes).digest('hex'),
    language: document.language,
    recipient: document.recipient,
    part2: document.part2Included,
  };
}

/** The key under which the save location chosen for a preview or a stored copy is kept. */
export const saveKeyFor = (ref: { previewId?: string; documentId?: string }): string =>
  ref.previewId ? `document:preview:${ref.previewId}` : `document:copy:${ref.documentId ?? ''}`;

/** `documents:save`: the previewed bytes, exactly, where the save dialog answered; then registered. */
export function saveDocument(
  ctx: RequestContext,
  previews: DocumentPreviews,
  saveLocations: SaveLocations,
  input: { previewId: string; keepCopy: boolean },
) {
  const { documentId, saved } = registerPreview(ctx, previews, { ...input, how: 'saved' }, (document) =>
    writeToChosenLocation(ctx, saveLocations, saveKeyFor(input), document.bytes),
  );
  return { documentId, ...(saved as SavedFile) };
}

export const printDocument = (
  ctx: RequestContext,
  previews: DocumentPreviews,
  input: { previewId: string; keepCopy: boolean },
) => ({ documentId: registerPreview(ctx, previews, { ...input, how: 'printed' }).documentId });

export const keepDocument = (
  ctx: RequestContext,
  previews: DocumentPreviews,
  input: { previewId: string; keepCopy: boolean },
) => ({ documentId: registerPreview(ctx, previews, { ...input, how: 'kept' }).documentId });
