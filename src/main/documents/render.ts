import type { BuiltInDocumentId, DocumentRequest } from '../../shared/domain/documents';
import { localToday } from '../../shared/domain/clients';
import type { ClientRecord } from '../../shared/contracts/clients';
import { readClient } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import type { RequestContext } from '../request/context';
import type { DocumentDefinition, RequestOf } from './definitions';
import { DEFINITIONS } from './definitions';
import { DocumentDisclosure } from './disclosure';
import { renderPdf } from './engine/render-pdf';
import { printedLetterhead } from './letterhead/store';
import { documentResources } from './resources';
import { DocumentText } from './text';
import type { PreparedDocument } from './types';

function definitionOf<K extends BuiltInDocumentId>(id: K): DocumentDefinition<K> {
  const definition = DEFINITIONS[id] as DocumentDefinition<K> | undefined;
  if (!definition) {
    throw new DomainError('not_found', `The ${id} document is not available yet.`, undefined, {
      messageKey: 'errors.document_not_available',
    });
  }
  return definition;
}

/**
 * Makes a built-in document (a PDF) for one client from its definition: asks the access policy
 * what this person may disclose to the recipient (refusing the request when the document cannot
 * exist without something they may not share), gathers the data through the definition, and lays
 * it out with the clinic's letterhead, footer, page numbers and — only when Part 2 information
 * is in it — the redisclosure notice. Auditing is the calling channel's (documents:preview).
 */
export async function renderBuiltInDocument(
  ctx: RequestContext,
  request: DocumentRequest,
): Promise<PreparedDocument> {
  const definition = definitionOf(request.definition);
  const requested = readClient(ctx.db, request.clientId);
  if (!requested) throw notFound('client');
  const clientId = ctx.keptClientId(request.clientId);
  const client = (
    clientId === request.clientId ? requested : readClient(ctx.db, clientId)
  ) as ClientRecord | null;
  if (!client) throw notFound('client');
  const disclosure = new DocumentDisclosure(ctx.policy, clientId, request.recipient);
  disclosure.requireAll(definition.requires);
  const text = new DocumentText(request.language);
  const body = definition.build(
    { ctx, clientId, client, text, disclosure, resources: documentResources() },
    request as RequestOf<typeof request.definition>,
  );
  const { bytes, pageCount } = await renderPdf(
    {
      title: body.title,
      text,
      letterhead: printedLetterhead(ctx.db),
      generatedBy: { name: ctx.actor.fullName, role: ctx.actor.role },
      generatedAt: ctx.now,
      recipient: request.recipient,
      part2: disclosure.part2Included,
    },
    body.blocks,
  );
  return {
    clientId,
    source: 'built_in',
    definitionId: request.definition,
    templateId: null,
    templateVersion: null,
    title: body.title,
    fileName: `${body.fileStem}-${body.fileDate ?? localToday(ctx.now)}.pdf`,
    mimeType: 'application/pdf',
    bytes,
    pageCount,
    language: request.language,
    recipient: request.recipient,
    part2Included: disclosure.part2Included,
    withheld: disclosure.withheldCounts,
  };
}
