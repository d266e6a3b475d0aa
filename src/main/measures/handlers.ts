import type { HandlerSlice } from '../request/handler';
import { addInstrument, listInstruments, listSchedules, saveSchedule } from './administration';
import type { ShippedInstruments } from './catalogue';
import { markResultEnteredInError } from './entered-in-error';
import { acknowledgeAlert, giveMeasure, measureTrend, measuresOverview } from './service';

type MeasureChannel =
  | 'measures:instruments'
  | 'measures:addInstrument'
  | 'measures:overview'
  | 'measures:trend'
  | 'measures:give'
  | 'measures:acknowledgeAlert'
  | 'measures:markEnteredInError'
  | 'measures:schedules'
  | 'measures:saveSchedule';

/** The shipped instrument files are read on first use (`shipped()`), not when Lantern starts. */
export const measureHandlers = (shipped: ShippedInstruments): HandlerSlice<MeasureChannel> => ({
  'measures:instruments': (_input, ctx) => listInstruments(ctx, shipped),
  'measures:addInstrument': (input, ctx) => addInstrument(ctx, shipped, input.text),
  'measures:overview': (input, ctx) => measuresOverview(ctx, shipped, input.clientId),
  'measures:trend': (input, ctx) => measureTrend(ctx, shipped, input.clientId, input.instrumentId),
  'measures:give': (input, ctx) => giveMeasure(ctx, shipped, input),
  'measures:acknowledgeAlert': (input, ctx) => acknowledgeAlert(ctx, input),
  'measures:markEnteredInError': (input, ctx) => markResultEnteredInError(ctx, shipped, input),
  'measures:schedules': (_input, ctx) => listSchedules(ctx),
  'measures:saveSchedule': (input, ctx) => saveSchedule(ctx, shipped, input),
});
