import type { HandlerSlice } from '../request/handler';
import { searchNotes } from './service';

export const noteSearchHandlers: HandlerSlice<'notes:search'> = {
  'notes:search': (input, ctx) => searchNotes(ctx, input),
};
