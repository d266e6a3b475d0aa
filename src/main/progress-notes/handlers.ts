import type { HandlerSlice } from '../request/handler';
import type { ShippedNoteFormats } from '../note-formats/formats';

type ProgressNoteChannel =
  | 'notes:list'
  | 'notes:get'
  | 'notes:start'
  | 'notes:saveDraft'
  | 'notes:discardDraft'
  | 'notes:sign'
  | 'notes:addAddendum'
  | 'notes:markEnteredInError'
  | 'notes:cosign'
  | 'notes:return'
  | 'notes:myDrafts'
  | 'notes:returnedToMe'
  | 'notes:awaitingCosign';

// SCAFFOLD (lead): replaced by the progress-notes service before issue 10 is done.
const notBuilt = (): never => {
  throw new Error('progress notes: not built yet');
};

/** `formats`: the shipped note formats, which a note's sections are checked against at signing. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export const progressNoteHandlers = (formats: ShippedNoteFormats): HandlerSlice<ProgressNoteChannel> => ({
  'notes:list': notBuilt,
  'notes:get': notBuilt,
  'notes:start': notBuilt,
  'notes:saveDraft': notBuilt,
  'notes:discardDraft': notBuilt,
  'notes:sign': notBuilt,
  'notes:addAddendum': notBuilt,
  'notes:markEnteredInError': notBuilt,
  'notes:cosign': notBuilt,
  'notes:return': notBuilt,
  'notes:myDrafts': notBuilt,
  'notes:returnedToMe': notBuilt,
  'notes:awaitingCosign': notBuilt,
});
