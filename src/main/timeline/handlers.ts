import type { HandlerSlice } from '../request/handler';

// SCAFFOLD (lead): replaced by the timeline service before issue 10 is done.
export const timelineHandlers: HandlerSlice<'timeline:list'> = {
  'timeline:list': () => {
    throw new Error('timeline: not built yet');
  },
};
