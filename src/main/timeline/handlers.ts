import type { ShippedInstruments } from '../measures/catalogue';
import type { HandlerSlice } from '../request/handler';
import { clientTimeline } from './service';

/** The client's timeline; instruments are needed for Part 2 marks and band labels. */
export const timelineHandlers = (instruments: ShippedInstruments): HandlerSlice<'timeline:list'> => ({
  'timeline:list': (input, ctx) => clientTimeline(ctx, instruments, input),
});
