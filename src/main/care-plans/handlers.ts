import type { ShippedInstruments } from '../measures/catalogue';
import type { HandlerSlice } from '../request/handler';
import {
  approveCarePlan,
  createCarePlan,
  discardCarePlanDraft,
  getCarePlan,
  recordClientAgreement,
  reviseCarePlan,
  saveCarePlanDraft,
  signCarePlanAsWorker,
} from './service';
import { archivePlanTemplate, planTemplates, savePlanTemplate } from './templates';

type CarePlanChannel =
  | 'carePlans:get'
  | 'carePlans:create'
  | 'carePlans:saveDraft'
  | 'carePlans:discardDraft'
  | 'carePlans:signAsWorker'
  | 'carePlans:recordClientAgreement'
  | 'carePlans:approve'
  | 'carePlans:revise'
  | 'carePlans:templates'
  | 'carePlans:saveTemplate'
  | 'carePlans:archiveTemplate';

/** `shipped`: the measures catalogue's instruments, which a goal's measure link is checked against. */
export const carePlanHandlers = (shipped: ShippedInstruments): HandlerSlice<CarePlanChannel> => ({
  'carePlans:get': (input, ctx) => getCarePlan(ctx, input.clientId),
  'carePlans:create': (input, ctx) => createCarePlan(ctx, input),
  'carePlans:saveDraft': (input, ctx) => saveCarePlanDraft(ctx, input, shipped),
  'carePlans:discardDraft': (input, ctx) => discardCarePlanDraft(ctx, input),
  'carePlans:signAsWorker': (input, ctx) => signCarePlanAsWorker(ctx, input, shipped),
  'carePlans:recordClientAgreement': (input, ctx) => recordClientAgreement(ctx, input),
  'carePlans:approve': (input, ctx) => approveCarePlan(ctx, input),
  'carePlans:revise': (input, ctx) => reviseCarePlan(ctx, input),
  'carePlans:templates': (_input, ctx) => planTemplates(ctx),
  'carePlans:saveTemplate': (input, ctx) => savePlanTemplate(ctx, input),
  'carePlans:archiveTemplate': (input, ctx) => archivePlanTemplate(ctx, input),
});
