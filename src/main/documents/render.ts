import type { DocumentRequest } from '../../shared/domain/documents';
import type { RequestContext } from '../request/context';
import type { PreparedDocument } from './types';

/**
 * Makes a built-in document (a PDF) for one client from its definition: asks the access policy
 * what this person may disclose to the recipient, gathers the data, lays it out with the clinic's
 * letterhead, footer and page numbers. Scaffold: the PDF engine replaces this body.
 */
export function renderBuiltInDocument(
  ctx: RequestContext,
  request: DocumentRequest,
): Promise<PreparedDocument> {
  void ctx;
  return Promise.reject(new Error(`The ${request.definition} document is not built yet.`));
}
