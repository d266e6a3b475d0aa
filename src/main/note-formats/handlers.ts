import type { HandlerSlice } from '../request/handler';
import type { ShippedNoteFormats } from './formats';

type NoteFormatChannel =
  'notes:formats' | 'notes:addFormat' | 'notes:phrases' | 'notes:savePhrase' | 'notes:deletePhrase';

// SCAFFOLD (lead): replaced by the note-formats service before issue 10 is done.
const notBuilt = (): never => {
  throw new Error('note formats: not built yet');
};

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export const noteFormatHandlers = (formats: ShippedNoteFormats): HandlerSlice<NoteFormatChannel> => ({
  'notes:formats': notBuilt,
  'notes:addFormat': notBuilt,
  'notes:phrases': notBuilt,
  'notes:savePhrase': notBuilt,
  'notes:deletePhrase': notBuilt,
});
