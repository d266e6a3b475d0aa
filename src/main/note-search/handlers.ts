import type { HandlerSlice } from '../request/handler';

// SCAFFOLD (lead): replaced by the note-search service before issue 10 is done.
export const noteSearchHandlers: HandlerSlice<'notes:search'> = {
  'notes:search': () => {
    throw new Error('note search: not built yet');
  },
};
