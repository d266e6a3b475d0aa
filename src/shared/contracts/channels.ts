/**
 * The channel names alone, without zod, so the sandboxed preload stays tiny.
 * A unit test checks this list equals the keys of `contract`.
 */
export const CHANNEL_NAMES = [
  'app:status',
  'setup:create',
  'setup:confirmRecoveryKey',
  'setup:regenerateRecoveryKey',
  'security:rotateDatabaseKey',
  'setup:importClinic',
  'auth:signIn',
  'auth:recover',
  'auth:signOut',
  'auth:lock',
  'auth:activity',
  'auth:changePassword',
  'accounts:list',
  'accounts:create',
  'accounts:deactivate',
  'accounts:resetPassword',
  'accounts:setTeam',
  'accounts:setLanguage',
  'teams:list',
  'teams:create',
  'settings:get',
  'settings:update',
  'audit:list',
  'audit:verify',
  'clients:create',
  'clients:update',
  'clients:get',
  'clients:checkDuplicates',
  'clients:history',
  'clients:breakGlass',
  'clients:breakGlassLog',
  'clients:exportFhir',
  'clients:merge',
  'clients:merges',
  'caseload:list',
  'caseload:search',
  'caseload:views',
  'caseload:saveView',
  'caseload:deleteView',
  'caseload:staff',
  'caseload:programs',
  'careTeam:list',
  'careTeam:add',
  'careTeam:update',
  'careTeam:remove',
  'diagnoses:searchCodes',
  'diagnoses:list',
  'diagnoses:add',
  'diagnoses:update',
  'diagnoses:remove',
  'backup:status',
  'backup:updateSettings',
  'backup:run',
  'backup:inspect',
  'backup:restore',
  'backup:exportClinic',
  'backup:restorePreUpgrade',
  'backup:undoRestore',
  'files:pickFolder',
  'files:pickFile',
  'files:chooseSaveLocation',
  'drafts:get',
  'drafts:save',
  'drafts:discard',
  'measures:instruments',
  'measures:addInstrument',
  'measures:overview',
  'measures:trend',
  'measures:give',
  'measures:acknowledgeAlert',
  'measures:schedules',
  'measures:saveSchedule',
] as const;

/** Events main pushes to the renderer. */
export const EVENT_NAMES = ['session:locked', 'session:changed', 'backup:progress'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export interface EventPayloads {
  /** `session_limit`: the clinic's maximum session length was reached, in use or not. */
  'session:locked': { reason: 'idle' | 'manual' | 'system' | 'signed_out' | 'session_limit' };
  'session:changed': Record<string, never>;
  'backup:progress': { stage: 'snapshot' | 'verify' | 'finish' | 'done'; percent: number };
}
