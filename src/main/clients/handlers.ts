import type { HandlerSlice } from '../request/handler';
import { breakGlass, breakGlassLog } from './break-glass';
import { listMerges, mergeClients } from './merge';
import {
  checkDuplicates,
  clientHistory,
  createClient,
  getClient,
  registerClient,
  updateClient,
  updateClientDetails,
} from './service';

type ClientChannel =
  | 'clients:create'
  | 'clients:update'
  | 'clients:register'
  | 'clients:updateDetails'
  | 'clients:get'
  | 'clients:checkDuplicates'
  | 'clients:history'
  | 'clients:breakGlass'
  | 'clients:breakGlassLog'
  | 'clients:merge'
  | 'clients:merges';

export const clientHandlers: HandlerSlice<ClientChannel> = {
  'clients:create': (input, ctx) => createClient(ctx, input),
  'clients:update': (input, ctx) => updateClient(ctx, input),
  'clients:register': (input, ctx) => registerClient(ctx, input),
  'clients:updateDetails': (input, ctx) => updateClientDetails(ctx, input),
  'clients:get': (input, ctx) => getClient(ctx, input.id),
  'clients:checkDuplicates': (input, ctx) => checkDuplicates(ctx, input),
  'clients:history': (input, ctx) => clientHistory(ctx, input.clientId),
  'clients:breakGlass': (input, ctx) => breakGlass(ctx, input),
  'clients:breakGlassLog': (input, ctx) => breakGlassLog(ctx, input.limit),
  'clients:merge': (input, ctx) => mergeClients(ctx, input),
  'clients:merges': (_input, ctx) => listMerges(ctx),
};
