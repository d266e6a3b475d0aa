import type { SaveLocations } from '../dialogs/chosen-locations';
import type { HandlerSlice } from '../request/handler';
import type { DocumentPreviews } from './previews';
import { keepDocument, previewBuiltInDocument, printDocument, saveDocument } from './registry';
import { listDocuments, openDocument, printStoredCopy, saveStoredCopy } from './stored';

type DocumentChannel =
  | 'documents:preview'
  | 'documents:save'
  | 'documents:print'
  | 'documents:keep'
  | 'documents:list'
  | 'documents:open'
  | 'documents:saveCopy'
  | 'documents:printCopy';

/**
 * The documents register. `previews`: the one store of documents made but not yet given out
 * (shared with the Word templates); `saveLocations`: where the save dialog answered.
 */
export const documentHandlers = (
  previews: DocumentPreviews,
  saveLocations: SaveLocations,
): HandlerSlice<DocumentChannel> => ({
  'documents:preview': (input, ctx) => previewBuiltInDocument(ctx, previews, input),
  'documents:save': (input, ctx) => saveDocument(ctx, previews, saveLocations, input),
  'documents:print': (input, ctx) => printDocument(ctx, previews, input),
  'documents:keep': (input, ctx) => keepDocument(ctx, previews, input),
  'documents:list': (input, ctx) => listDocuments(ctx, input.clientId),
  'documents:open': (input, ctx) => openDocument(ctx, input.documentId),
  'documents:saveCopy': (input, ctx) => saveStoredCopy(ctx, saveLocations, input.documentId),
  'documents:printCopy': (input, ctx) => printStoredCopy(ctx, input.documentId),
});
