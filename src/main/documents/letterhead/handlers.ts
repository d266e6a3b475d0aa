import type { HandlerSlice } from '../../request/handler';
import { getLetterhead, updateLetterhead } from './service';

export const letterheadHandlers: HandlerSlice<'letterhead:get' | 'letterhead:update'> = {
  'letterhead:get': (_input, ctx) => getLetterhead(ctx),
  'letterhead:update': (input, ctx) => updateLetterhead(ctx, input),
};
