import type { HandlerSlice } from '../request/handler';
import type { CodeCatalogue } from './service';
import { addDiagnosis, listDiagnoses, removeDiagnosis, updateDiagnosis } from './service';

type DiagnosisChannel =
  'diagnoses:searchCodes' | 'diagnoses:list' | 'diagnoses:add' | 'diagnoses:update' | 'diagnoses:remove';

/** The code list is read on first use (`catalogue()`), not when Lantern starts. */
export const diagnosisHandlers = (catalogue: () => CodeCatalogue): HandlerSlice<DiagnosisChannel> => ({
  'diagnoses:searchCodes': (input) => catalogue().searchCodes(input.query, 20),
  'diagnoses:list': (input, ctx) => listDiagnoses(ctx, input.clientId),
  'diagnoses:add': (input, ctx) => addDiagnosis(ctx, catalogue(), input),
  'diagnoses:update': (input, ctx) => updateDiagnosis(ctx, catalogue(), input),
  'diagnoses:remove': (input, ctx) => removeDiagnosis(ctx, input),
});
