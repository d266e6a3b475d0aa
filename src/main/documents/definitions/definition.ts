import type { ClientRecord } from '../../../shared/contracts/clients';
import type { RecordKind } from '../../../shared/domain/access';
import type { BuiltInDocumentId, DocumentRequest } from '../../../shared/domain/documents';
import type { RequestContext } from '../../request/context';
import type { DocumentDisclosure } from '../disclosure';
import type { Block } from '../engine/blocks';
import type { DocumentResources } from '../resources';
import type { DocumentText } from '../text';

/**
 * A built-in document, as data: which kinds of the record it draws on and how it lays them out.
 * `build` gathers through the features' own read functions and returns blocks
 * (engine/blocks.ts); render.ts adds the letterhead, footer, page numbers and Part 2 notice, and
 * makes the PDF. A new document — a referral letter, a release form, a safety plan — is a new
 * file here and one line in definitions/index.ts.
 */
export interface DefinitionContext {
  ctx: RequestContext;
  /** The client whose document this is (a merged duplicate's id already resolved to the kept one). */
  clientId: string;
  /**
   * The client's whole record, unfiltered: a definition shows of it only what `disclosure`
   * allows (the identity lines are `contact`, which every definition requires).
   */
  client: ClientRecord;
  text: DocumentText;
  disclosure: DocumentDisclosure;
  resources: DocumentResources;
}

export interface DocumentBody {
  title: string;
  /** The file name's first part, e.g. 'care-plan'; never the client's name or number. */
  fileStem: string;
  /** The date in the file name ('YYYY-MM-DD'); default: today. */
  fileDate?: string;
  blocks: Block[];
}

export type RequestOf<K extends BuiltInDocumentId> = Extract<DocumentRequest, { definition: K }>;

export interface DocumentDefinition<K extends BuiltInDocumentId = BuiltInDocumentId> {
  id: K;
  /**
   * Kinds the document cannot exist without: if this person may not disclose one of them to this
   * recipient, the whole request is refused with the policy's reason.
   */
  requires: readonly RecordKind[];
  /** Kinds it includes where allowed and leaves out, with a line saying so, where not. */
  includes: readonly RecordKind[];
  build(context: DefinitionContext, request: RequestOf<K>): DocumentBody;
}
