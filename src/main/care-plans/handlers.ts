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

export const carePlanHandlers: HandlerSlice<CarePlanChannel> = {
  'carePlans:get': (input, ctx) => getCarePlan(ctx, input.clientId),
  'carePlans:create': (input, ctx) => createCarePlan(ctx, input),
  'carePlans:saveDraft': (input, ctx) => saveCarePlanDraft(ctx, input),
  'carePlans:discardDraft': (input, ctx) => discardCarePlanDraft(ctx, input),
  'carePlans:signAsWorker': (input, ctx) => signCarePlanAsWorker(ctx, input),
  'carePlans:recordClientAgreement': (input, ctx) => recordClientAgreement(ctx, input),
  'carePlans:approve': (input, ctx) => approveCarePlan(ctx, input),
  'carePlans:revise': (input, ctx) => reviseCarePlan(ctx, input),
  'carePlans:templates': (_input, ctx) => planTemplates(ctx),
  'carePlans:saveTemplate': (input, ctx) => savePlanTemplate(ctx, input),
  'carePlans:archiveTemplate': (input, ctx) => archivePlanTemplate(ctx, input),
};
