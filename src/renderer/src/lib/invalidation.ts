import type { QueryClient } from '@tanstack/react-query';
import type { ChannelName } from '../../../shared/contracts';
import { lanternKey } from './keys';

/**
 * What a call to a channel makes stale: the query channels whose cached answers must be fetched
 * again. A plain list applies after a successful call; `{ always }` also after a refused one, for
 * calls whose failure changes state too (a failed backup is recorded as the last attempt).
 */
export type Staleness = readonly ChannelName[] | { readonly always: readonly ChannelName[] };

/**
 * Declared once per channel, applied by `useLanternMutation` before its `mutateAsync` resolves,
 * so a screen never writes `invalidateQueries` by hand (a lint rule keeps it so). A whole query
 * channel is marked stale (e.g. every `careTeam:list`, not only this client's): inactive queries
 * are only marked, so the cost is nothing until one is shown again.
 */
export const invalidation = {
  'setup:create': ['app:status'],
  'setup:importClinic': { always: ['app:status'] },
  'auth:signIn': ['app:status'],
  'auth:recover': ['app:status'],
  'backup:restorePreUpgrade': ['app:status'],
  'accounts:create': ['accounts:list'],
  'accounts:deactivate': ['accounts:list'],
  'accounts:resetPassword': ['accounts:list'],
  'accounts:setTeam': ['accounts:list', 'teams:list', 'app:status'],
  'accounts:changeRole': ['accounts:list', 'caseload:staff', 'audit:list'],
  // One's own name shows in the header (app:status) and on the staff filters.
  'accounts:rename': ['accounts:list', 'caseload:staff', 'app:status', 'audit:list'],
  'accounts:reactivate': ['accounts:list', 'caseload:staff', 'audit:list'],
  'teams:create': ['teams:list'],
  'settings:update': ['app:status'],
  'audit:verify': ['audit:list'],
  'audit:export': ['audit:list'],
  'backup:run': { always: ['backup:status'] },
  'backup:updateSettings': ['backup:status'],
  'clients:create': ['caseload:list', 'caseload:programs'],
  'clients:update': ['clients:history', 'caseload:list', 'caseload:search'],
  // A new client is a possible duplicate of the next one typed (the live check caches its answer).
  'clients:register': ['caseload:list', 'caseload:programs', 'clients:checkDuplicates'],
  'clients:updateDetails': [
    'clients:get',
    'clients:history',
    'caseload:list',
    'caseload:search',
    'clients:checkDuplicates',
  ],
  'clients:breakGlass': ['clients:get', 'notes:search'],
  'clients:merge': ['clients:merges', 'caseload:search', 'notes:search', 'timeline:list'],
  'careTeam:add': ['careTeam:list', 'clients:history', 'timeline:list'],
  'careTeam:update': ['careTeam:list', 'clients:history', 'timeline:list'],
  'careTeam:remove': ['careTeam:list', 'clients:history', 'timeline:list'],
  'diagnoses:add': ['diagnoses:list', 'clients:history', 'timeline:list'],
  'diagnoses:update': ['diagnoses:list', 'clients:history', 'timeline:list'],
  'diagnoses:remove': ['diagnoses:list', 'clients:history', 'timeline:list'],
  'assessments:startIntake': ['assessments:list'],
  'assessments:startReassessment': ['assessments:list'],
  'assessments:discardDraft': ['assessments:list'],
  // Signing sets the client's risk level: the header badge (clients:get) and the caseload show it.
  'assessments:sign': [
    'assessments:list',
    'assessments:get',
    'assessments:due',
    'assessments:riskHistory',
    'clients:get',
    'caseload:list',
    'timeline:list',
  ],
  'assessments:setRisk': ['assessments:riskHistory', 'clients:get', 'caseload:list', 'timeline:list'],
  // A draft's autosave makes nothing stale: the editor holds what was typed.
  'carePlans:create': ['carePlans:get'],
  'carePlans:discardDraft': ['carePlans:get'],
  'carePlans:signAsWorker': ['carePlans:get', 'timeline:list'],
  'carePlans:recordClientAgreement': ['carePlans:get', 'timeline:list'],
  'carePlans:approve': ['carePlans:get', 'timeline:list'],
  'carePlans:revise': ['carePlans:get'],
  'carePlans:saveTemplate': ['carePlans:templates'],
  'carePlans:archiveTemplate': ['carePlans:templates'],
  // Progress notes: a draft's autosave makes nothing stale (the editor holds what was typed). A
  // signed note is the client's "last contact" (the caseload) and an item of the timeline.
  'notes:start': ['notes:list', 'notes:myDrafts'],
  'notes:discardDraft': ['notes:list', 'notes:get', 'notes:myDrafts', 'notes:returnedToMe'],
  'notes:sign': [
    'notes:list',
    'notes:get',
    'notes:myDrafts',
    'notes:returnedToMe',
    'notes:awaitingCosign',
    'caseload:list',
    'timeline:list',
    'notes:search',
  ],
  'notes:addAddendum': ['notes:list', 'notes:get', 'timeline:list', 'notes:search'],
  'notes:markEnteredInError': [
    'notes:list',
    'notes:get',
    'notes:myDrafts',
    'notes:returnedToMe',
    'notes:awaitingCosign',
    'caseload:list',
    'timeline:list',
    'notes:search',
  ],
  'notes:cosign': ['notes:list', 'notes:get', 'notes:awaitingCosign', 'timeline:list'],
  'notes:return': [
    'notes:list',
    'notes:get',
    'notes:awaitingCosign',
    'notes:returnedToMe',
    'notes:myDrafts',
    'timeline:list',
  ],
  // Discharge: signing and re-enrolling change the client's enrollments and status (the file,
  // its history, the caseload) and the timeline; a draft's autosave makes nothing stale.
  'discharge:start': ['discharge:list'],
  'discharge:discardDraft': ['discharge:list', 'discharge:read'],
  'discharge:sign': [
    'discharge:list',
    'discharge:read',
    'clients:get',
    'clients:history',
    'caseload:list',
    'timeline:list',
  ],
  'discharge:reenroll': [
    'discharge:list',
    'clients:get',
    'clients:history',
    'caseload:list',
    'timeline:list',
  ],
  'caseload:saveView': ['caseload:views'],
  'caseload:deleteView': ['caseload:views'],
  // A goal linked to a measure shows its latest score: the plan answers it with carePlans:get.
  'measures:give': ['measures:overview', 'measures:trend', 'carePlans:get', 'timeline:list'],
  'measures:acknowledgeAlert': ['measures:overview', 'timeline:list'],
  'measures:markEnteredInError': ['measures:overview', 'measures:trend', 'timeline:list'],
  'measures:addInstrument': ['measures:instruments'],
  'measures:saveSchedule': ['measures:schedules', 'measures:overview'],
  'notes:addFormat': ['notes:formats'],
  // The default format is answered with the formats (notes:formats) too.
  'notes:saveSettings': ['notes:settings', 'notes:formats'],
  'notes:savePhrase': ['notes:phrases'],
  'notes:deletePhrase': ['notes:phrases'],
  // Documents: a preview changes nothing; saving, printing or keeping one registers it (the
  // Documents tab, the timeline); saving or printing a kept copy again adds an issue to its row.
  'documents:save': ['documents:list', 'timeline:list'],
  'documents:print': ['documents:list', 'timeline:list'],
  'documents:keep': ['documents:list', 'timeline:list'],
  'documents:saveCopy': ['documents:list'],
  'documents:printCopy': ['documents:list'],
  'letterhead:update': ['letterhead:get'],
  'attachments:finish': ['attachments:list', 'timeline:list'],
  'attachments:remove': ['attachments:list', 'timeline:list'],
  'attachments:saveSettings': ['attachments:settings', 'attachments:list'],
  // Word templates: the list changes; a fill is a preview (nothing registered until saved or kept).
  'documentTemplates:add': ['documentTemplates:list'],
  'documentTemplates:addExample': ['documentTemplates:list'],
  'documentTemplates:archive': ['documentTemplates:list'],
} as const satisfies Partial<Record<ChannelName, Staleness>>;

const table: Partial<Record<ChannelName, Staleness>> = invalidation;

/** The query channels a call to `channel` made stale, given how it ended. */
export function staleAfter(channel: ChannelName, outcome: 'success' | 'failure'): readonly ChannelName[] {
  const entry = table[channel];
  if (!entry) return [];
  if ('always' in entry) return entry.always;
  return outcome === 'success' ? entry : [];
}

/** Marks what `channel` made stale and waits for the ones on screen to be fetched again. */
export async function invalidateAfter(
  queryClient: QueryClient,
  channel: ChannelName,
  outcome: 'success' | 'failure',
): Promise<void> {
  await Promise.all(
    staleAfter(channel, outcome).map((stale) =>
      queryClient.invalidateQueries({ queryKey: lanternKey(stale) }),
    ),
  );
}
