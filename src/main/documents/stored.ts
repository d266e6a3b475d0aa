import { basename } from 'node:path';
import type { RegisteredDocument } from '../../shared/contracts/documents';
import { auditClientRead } from '../access/read-audit';
import { clientIdsJson, findClientRow } from '../clients/repository';
import type { SaveLocations } from '../dialogs/chosen-locations';
import type { SaveTarget } from '../dialogs/handlers';
import { writeToChosenLocation } from '../dialogs/write-chosen';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import { requireMayDisclose, requireMayRead } from './access';
import type { DocumentPreviews } from './previews';
import { previewOf, saveKeyFor } from './registry';
import type { DocumentRow } from './repository';
import {
  findDocumentRow,
  insertIssue,
  readDocumentRows,
  readIssues,
  readStoredCopy,
  toRegisteredDocument,
} from './repository';

/** The client's registered documents and the stored copies kept of them. */

const documentNotFound = () =>
  new DomainError('not_found', 'That document was not found.', undefined, {
    messageKey: 'errors.not_found_document',
  });

const noStoredCopy = () =>
  new DomainError(
    'wrong_state',
    'Lantern kept no copy of this document when it was made ("Keep a copy in Lantern" was unticked), so it cannot be shown or saved again. Make it again from the record.',
    undefined,
    { messageKey: 'errors.document_no_stored_copy' },
  );

/** `documents:list`: needs clinical read; Part 2 documents only for a viewer who may read Part 2. */
export function listDocuments(ctx: RequestContext, clientId: string): RegisteredDocument[] {
  if (!findClientRow(ctx.db, clientId)) throw notFound('client');
  const kept = ctx.keptClientId(clientId);
  requireMayRead(ctx, kept, false);
  const rows = readDocumentRows(ctx.db, clientIdsJson(ctx.db, kept), ctx.policy.may(kept, 'part2', 'read'));
  const issues = readIssues(
    ctx.db,
    rows.map((row) => row.id),
  );
  auditClientRead(ctx.db, ctx.policy, 'documents.listed', {
    subject: kept,
    details: { count: rows.length },
  });
  return rows.map((row) => toRegisteredDocument(row, issues.get(row.id) ?? []));
}

/** A registered document this viewer may read, that has a stored copy (or the refusal). */
function readableWithCopy(ctx: RequestContext, documentId: string): DocumentRow {
  const row = findDocumentRow(ctx.db, documentId);
  if (!row) throw documentNotFound();
  requireMayRead(ctx, row.client_id, row.part2 === 1);
  if (row.has_stored_copy !== 1) throw noStoredCopy();
  return row;
}

function storedDocument(ctx: RequestContext, documentId: string): { row: DocumentRow; bytes: Uint8Array } {
  const row = readableWithCopy(ctx, documentId);
  const bytes = readStoredCopy(ctx.db, documentId);
  if (!bytes) throw noStoredCopy();
  return { row, bytes };
}

const registered = (ctx: RequestContext, row: DocumentRow) =>
  toRegisteredDocument(row, readIssues(ctx.db, [row.id]).get(row.id) ?? []);

/** `documents:open`: the stored copy, byte for byte as it was given out. */
export function openDocument(ctx: RequestContext, documentId: string) {
  const { row, bytes } = storedDocument(ctx, documentId);
  auditClientRead(ctx.db, ctx.policy, 'document.viewed', {
    subject: row.client_id,
    details: { documentId, definition: row.definition_id, templateId: row.template_id },
  });
  return { document: registered(ctx, row), data: Buffer.from(bytes).toString('base64') };
}

/** Giving the stored copy out again (save or print): a disclosure, and another issue of the document. */
function issueStoredCopy(
  ctx: RequestContext,
  documentId: string,
  how: 'saved' | 'printed',
  write?: (bytes: Uint8Array) => { folder: string; file: string },
) {
  const { row, bytes } = storedDocument(ctx, documentId);
  requireMayDisclose(ctx, { clientId: row.client_id, recipient: row.recipient, part2: row.part2 === 1 });
  return ctx.db.transaction(() => {
    insertIssue(ctx.db, {
      id: newId(),
      documentId,
      how,
      at: ctx.now.toISOString(),
      by: { id: ctx.actor.id, name: ctx.actor.fullName },
    });
    const saved = write ? write(bytes) : null;
    ctx.audit({
      action: how === 'saved' ? 'document.saved' : 'document.printed',
      subject: row.client_id,
      details: {
        documentId,
        storedCopy: true,
        definition: row.definition_id,
        templateId: row.template_id,
        recipient: row.recipient,
        part2Included: row.part2 === 1,
        ...(saved ? { file: basename(saved.file) } : {}),
      },
    });
    return { documentId, saved };
  })();
}

/** `documents:saveCopy`: the stored copy where the save dialog answered. */
export function saveStoredCopy(ctx: RequestContext, saveLocations: SaveLocations, documentId: string) {
  const { saved } = issueStoredCopy(ctx, documentId, 'saved', (bytes) =>
    writeToChosenLocation(ctx, saveLocations, saveKeyFor({ documentId }), bytes),
  );
  return { documentId, folder: saved?.folder ?? '', file: saved?.file ?? '' };
}

/** `documents:printCopy`: registered and audited before the screen prints it. */
export const printStoredCopy = (ctx: RequestContext, documentId: string) => ({
  documentId: issueStoredCopy(ctx, documentId, 'printed').documentId,
});

const TYPES: Record<string, { extension: string; filter: string }> = {
  'application/pdf': { extension: 'pdf', filter: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extension: 'docx',
    filter: 'Word document',
  },
};

/**
 * What the save dialog suggests for a preview or a stored copy: its own file name (which never
 * carries the client's name) and a filter by its type; the chosen path is kept under `key`.
 */
export function documentSaveTarget(
  ctx: RequestContext,
  previews: DocumentPreviews,
  ref: { previewId?: string | undefined; documentId?: string | undefined },
): SaveTarget {
  const facts = ref.previewId
    ? previewOf(ctx, previews, ref.previewId)
    : storedDocumentFacts(ctx, ref.documentId ?? '');
  const type = TYPES[facts.mimeType] ?? { extension: 'pdf', filter: 'PDF' };
  return {
    key: saveKeyFor(ref),
    suggestedName: facts.fileName,
    filters: [{ name: type.filter, extensions: [type.extension] }],
    extension: `.${type.extension}`,
  };
}

function storedDocumentFacts(ctx: RequestContext, documentId: string) {
  const row = readableWithCopy(ctx, documentId);
  return { fileName: row.file_name, mimeType: row.mime_type };
}
