import type { HandlerSlice } from '../request/handler';
import { discardDraft, getDraft, saveDraft } from './service';

export const draftHandlers: HandlerSlice<'drafts:get' | 'drafts:save' | 'drafts:discard'> = {
  'drafts:get': (input, ctx) => getDraft(ctx, input.key),
  'drafts:save': (input, ctx) => saveDraft(ctx, input),
  'drafts:discard': (input, ctx) => discardDraft(ctx, input.key),
};
