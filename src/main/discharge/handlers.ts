import type { ShippedInstruments } from '../measures/catalogue';
import type { HandlerSlice } from '../request/handler';
import { dischargeOverview } from './overview';
import { reenrollClient } from './reenroll';
import { signDischarge } from './signing';
import { discardDischargeDraft, readDischarge, saveDischargeDraft, startDischarge } from './write';

type DischargeChannel =
  | 'discharge:list'
  | 'discharge:read'
  | 'discharge:start'
  | 'discharge:saveDraft'
  | 'discharge:discardDraft'
  | 'discharge:sign'
  | 'discharge:reenroll';

/** `shipped`: the measures catalogue, for the instruments' names in the pre-filled summary. */
export const dischargeHandlers = (shipped: ShippedInstruments): HandlerSlice<DischargeChannel> => ({
  'discharge:list': (input, ctx) => dischargeOverview(ctx, input),
  'discharge:read': (input, ctx) => readDischarge(ctx, input),
  'discharge:start': (input, ctx) => startDischarge(ctx, shipped, input),
  'discharge:saveDraft': (input, ctx) => saveDischargeDraft(ctx, input),
  'discharge:discardDraft': (input, ctx) => discardDischargeDraft(ctx, input),
  'discharge:sign': (input, ctx) => signDischarge(ctx, input),
  'discharge:reenroll': (input, ctx) => reenrollClient(ctx, input),
});
