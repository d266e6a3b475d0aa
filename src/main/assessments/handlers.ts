import type { HandlerSlice } from '../request/handler';
import { clientReassessmentDue } from './due';
import { riskHistory, setRisk } from './risk';
import {
  discardAssessmentDraft,
  getAssessment,
  listAssessments,
  saveAssessmentDraft,
  signAssessment,
  startIntake,
  startReassessment,
} from './service';

type AssessmentChannel =
  | 'assessments:list'
  | 'assessments:get'
  | 'assessments:startIntake'
  | 'assessments:startReassessment'
  | 'assessments:saveDraft'
  | 'assessments:discardDraft'
  | 'assessments:sign'
  | 'assessments:due'
  | 'assessments:setRisk'
  | 'assessments:riskHistory';

export const assessmentHandlers: HandlerSlice<AssessmentChannel> = {
  'assessments:list': (input, ctx) => listAssessments(ctx, input.clientId),
  'assessments:get': (input, ctx) => getAssessment(ctx, input.id),
  'assessments:startIntake': (input, ctx) => startIntake(ctx, input.clientId),
  'assessments:startReassessment': (input, ctx) => startReassessment(ctx, input.clientId),
  'assessments:saveDraft': (input, ctx) => saveAssessmentDraft(ctx, input),
  'assessments:discardDraft': (input, ctx) => discardAssessmentDraft(ctx, input.versionId),
  'assessments:sign': (input, ctx) => signAssessment(ctx, input.versionId),
  'assessments:due': (input, ctx) => clientReassessmentDue(ctx, input.clientId),
  'assessments:setRisk': (input, ctx) => setRisk(ctx, input),
  'assessments:riskHistory': (input, ctx) => riskHistory(ctx, input.clientId),
};
