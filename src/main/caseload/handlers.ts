import type { HandlerSlice } from '../request/handler';
import * as caseload from './service';

type CaseloadChannel =
  | 'caseload:list'
  | 'caseload:search'
  | 'caseload:views'
  | 'caseload:saveView'
  | 'caseload:deleteView'
  | 'caseload:staff'
  | 'caseload:programs';

export const caseloadHandlers: HandlerSlice<CaseloadChannel> = {
  'caseload:list': (input, ctx) => caseload.list(ctx, input),
  'caseload:search': (input, ctx) => caseload.search(ctx, input),
  'caseload:views': (_input, ctx) => caseload.views(ctx),
  'caseload:saveView': (input, ctx) => caseload.saveView(ctx, input),
  'caseload:deleteView': (input, ctx) => caseload.deleteView(ctx, input.id),
  'caseload:staff': (_input, ctx) => caseload.staff(ctx),
  'caseload:programs': (_input, ctx) => caseload.programs(ctx),
};
