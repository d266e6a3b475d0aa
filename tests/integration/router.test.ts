import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contracts';
import { CHANNEL_NAMES } from '../../src/shared/contracts/channels';
import type { AuditAction } from '../../src/shared/contracts/audit';
import { READ_AUDIT_ACTIONS } from '../../src/shared/contracts/audit';
import { can, type Role } from '../../src/shared/domain/roles';
import { SAVE_PERMISSION } from '../../src/main/dialogs/handlers';
import { clinicWithStaff, client } from '../helpers/clinic';
import { ADMIN, setUpClinic } from '../helpers/lantern';

const UNKNOWN_ID = '018f5e7a-0000-7000-8000-000000000000';
const HUGE = 'x'.repeat(10_000);
const VALID_PASSWORD = 'long-enough-and-rare-93';
const ATTACHMENT = { title: 'Consent', kind: 'consent_form', documentDate: '2026-03-02' };

/**
 * For every channel that takes input: inputs that are wrong in type, missing fields, oversize,
 * or extra fields. Channels whose input is `{}` get non-objects and unexpected keys.
 */
const badInputs: Record<string, unknown[]> = {
  'setup:create': [
    null,
    {},
    { ...ADMIN, passwordConfirm: ADMIN.password, clinicName: 42 },
    { ...ADMIN, passwordConfirm: ADMIN.password, fullName: '   ' },
    { ...ADMIN, passwordConfirm: ADMIN.password, fullName: HUGE },
    { ...ADMIN, passwordConfirm: ADMIN.password, username: 'has spaces' },
    { ...ADMIN, password: 'short', passwordConfirm: 'short' },
  ],
  'setup:confirmRecoveryKey': [null, {}, { confirmed: 'yes' }, { confirmed: false }],
  'teams:create': [null, {}, { name: 42 }, { name: '  ' }, { name: HUGE }, { name: 'North', extra: 1 }],
  'accounts:setTeam': [
    {},
    { accountId: 'not-a-uuid', teamId: null },
    { accountId: '01890000-0000-7000-8000-000000000000' },
    { accountId: '01890000-0000-7000-8000-000000000000', teamId: 'nope' },
    { accountId: '01890000-0000-7000-8000-000000000000', teamId: null },
  ],
  'accounts:setLanguage': [
    null,
    {},
    { language: 'fr' },
    { language: 42 },
    { language: 'es', accountId: '01890000-0000-7000-8000-000000000000' },
  ],
  'auth:signIn': [
    null,
    'ada',
    { username: 'ada' },
    { username: 'ada', password: 12 },
    { username: HUGE, password: 'x' },
  ],
  'auth:recover': [
    {},
    { recoveryKey: HUGE, username: 'ada', password: VALID_PASSWORD, passwordConfirm: VALID_PASSWORD },
    { recoveryKey: 'x', username: 'ada', password: VALID_PASSWORD },
  ],
  'auth:changePassword': [
    {},
    { currentPassword: ADMIN.password, password: HUGE, passwordConfirm: HUGE },
    { currentPassword: ADMIN.password, password: VALID_PASSWORD, passwordConfirm: 'different-but-long' },
  ],
  'accounts:create': [
    {},
    {
      fullName: 'Zed',
      username: 'zed',
      role: 'wizard',
      password: VALID_PASSWORD,
      passwordConfirm: VALID_PASSWORD,
    },
    {
      fullName: ['Zed'],
      username: 'zed',
      role: 'case_manager',
      password: VALID_PASSWORD,
      passwordConfirm: VALID_PASSWORD,
    },
    {
      fullName: 'Zed',
      username: 'zed',
      role: 'case_manager',
      password: VALID_PASSWORD,
      passwordConfirm: VALID_PASSWORD,
      admin: true,
    },
  ],
  'accounts:deactivate': [
    {},
    { accountId: 'not-a-uuid', reason: 'x' },
    { accountId: UNKNOWN_ID, reason: '' },
    { accountId: UNKNOWN_ID, reason: HUGE },
  ],
  'accounts:resetPassword': [
    { accountId: 5, password: VALID_PASSWORD, passwordConfirm: VALID_PASSWORD },
    { accountId: UNKNOWN_ID },
  ],
  'accounts:changeRole': [
    {},
    { accountId: UNKNOWN_ID },
    { accountId: UNKNOWN_ID, role: 'wizard' },
    { accountId: 'not-a-uuid', role: 'supervisor' },
    { accountId: UNKNOWN_ID, role: 'supervisor', fullName: 'Zed' },
  ],
  'accounts:rename': [
    {},
    { accountId: UNKNOWN_ID, fullName: '   ' },
    { accountId: UNKNOWN_ID, fullName: HUGE },
    { accountId: UNKNOWN_ID, fullName: ['Zed'] },
    { accountId: UNKNOWN_ID, fullName: 'Zed', role: 'administrator' },
  ],
  'accounts:reactivate': [
    {},
    { accountId: UNKNOWN_ID },
    { accountId: UNKNOWN_ID, password: 'short', passwordConfirm: 'short' },
    { accountId: UNKNOWN_ID, password: VALID_PASSWORD, passwordConfirm: 'different-but-long' },
    { accountId: UNKNOWN_ID, password: HUGE, passwordConfirm: HUGE },
  ],
  'settings:update': [
    {},
    { clinicName: 'X', idleLockMinutes: 0 },
    { clinicName: 'X', idleLockMinutes: 61 },
    { clinicName: 'X', idleLockMinutes: 2.5 },
    { clinicName: 'X', idleLockMinutes: '10' },
    { clinicName: HUGE, idleLockMinutes: 10 },
    { clinicName: 'X', idleLockMinutes: 10, reassessmentIntervalDays: 0 },
    { clinicName: 'X', idleLockMinutes: 10, reassessmentIntervalDays: 731 },
  ],
  'clients:create': [
    {},
    { client: {} },
    { client: { legalFirstName: 'A', legalLastName: 'B', birthDate: 'yesterday' } },
    { client: { legalFirstName: 'A', legalLastName: 'B', birthDate: '1990-01-01', riskLevel: 'extreme' } },
  ],
  'clients:update': [{ id: UNKNOWN_ID }, { id: 'x', client: {}, expectedUpdatedAt: 'x' }],
  'clients:register': [
    {},
    { client: {} },
    { client: { legalFirstName: 'A', legalLastName: 'B', birthDate: '1990-01-01', riskLevel: 'high' } },
    { client: { legalFirstName: HUGE, legalLastName: 'B', birthDate: '1990-01-01' } },
  ],
  'clients:updateDetails': [
    { id: UNKNOWN_ID, client: {} },
    { id: UNKNOWN_ID, client: { riskLevel: 'high' }, expectedUpdatedAt: 'x' },
    { id: UNKNOWN_ID, client: { phones: [{ kind: 'mobile', number: 'call me' }] }, expectedUpdatedAt: 'x' },
    { id: UNKNOWN_ID, client: { flags: { unknownFlag: true } }, expectedUpdatedAt: 'x' },
    { id: UNKNOWN_ID, client: { legalFirstName: '' }, expectedUpdatedAt: 'x' },
    { id: UNKNOWN_ID, client: {}, expectedUpdatedAt: HUGE },
  ],
  'clients:get': [{}, { id: 42 }, { id: 'not-a-uuid' }],
  'clients:checkDuplicates': [{}, { legalFirstName: 'A', legalLastName: 'B', birthDate: '1990-13-01' }],
  'clients:history': [{}, { clientId: null }],
  'clients:breakGlass': [{ clientId: UNKNOWN_ID }, { clientId: UNKNOWN_ID, reason: HUGE }],
  'clients:breakGlassLog': [{ limit: 0 }, { limit: 'all' }],
  'clients:exportFhir': [{}, { clientId: 'x' }, { clientId: UNKNOWN_ID }],
  'clients:merge': [
    { survivorId: UNKNOWN_ID },
    { survivorId: UNKNOWN_ID, mergedId: UNKNOWN_ID, reason: HUGE },
  ],
  'caseload:list': [
    { limit: 0 },
    { limit: 100_000 },
    { sort: { column: 'ssn' } },
    { filter: { statuses: ['gone'] } },
    { filter: { noContactSince: '2026-02-31' } },
  ],
  'caseload:search': [{}, { query: '' }, { query: HUGE }, { query: 'smith', limit: 1000 }],
  'notes:search': [
    {},
    { query: 'x' },
    { query: HUGE },
    { query: 42 },
    { query: 'harbor', limit: 0 },
    { query: 'harbor', limit: 1000 },
    { query: 'harbor', offset: -1 },
    { query: 'harbor', clientId: 'nope' },
    { query: 'harbor', authorId: 5 },
    { query: 'harbor', from: '2025-02-31' },
    { query: 'harbor', surprise: true },
    // Past the schema: nothing searchable, a backwards range, a client that does not exist.
    { query: '!! *:^()' },
    { query: 'harbor', from: '2025-03-01', to: '2025-01-01' },
    { query: 'harbor', clientId: UNKNOWN_ID },
  ],
  'caseload:saveView': [
    {},
    { name: HUGE, definition: { filter: {}, sort: {}, columns: ['name'] } },
    { name: 'x', definition: { filter: {}, sort: {}, columns: ['secret'] } },
  ],
  'caseload:deleteView': [{}, { id: 'nope' }],
  'careTeam:list': [{}, { clientId: 'nope' }],
  'careTeam:add': [
    { clientId: UNKNOWN_ID },
    { clientId: UNKNOWN_ID, contact: { kind: 'neighbour', name: 'x' } },
    { clientId: UNKNOWN_ID, contact: { kind: 'family', name: HUGE } },
  ],
  'careTeam:update': [
    { id: UNKNOWN_ID },
    { id: UNKNOWN_ID, contact: { kind: 'family', name: 'x', phone: 'letters only' } },
  ],
  'careTeam:remove': [{ id: UNKNOWN_ID }, { id: UNKNOWN_ID, reason: '' }],
  'diagnoses:searchCodes': [{}, { query: '' }, { query: HUGE }],
  'diagnoses:list': [{}, { clientId: 7 }],
  'carePlans:get': [{}, { clientId: 7 }],
  'carePlans:create': [
    {},
    { clientId: UNKNOWN_ID, startDate: '2026-02-30' },
    { clientId: UNKNOWN_ID, templateId: 'x' },
  ],
  'carePlans:saveDraft': [
    { versionId: UNKNOWN_ID },
    { versionId: UNKNOWN_ID, content: { needs: [{ id: 'bad id!', text: 'x' }] } },
    { versionId: UNKNOWN_ID, content: { needs: 'not a list' } },
    { versionId: UNKNOWN_ID, content: { startDate: '2026-01-01', surprise: true } },
  ],
  'carePlans:discardDraft': [{}, { versionId: 'x' }],
  'carePlans:signAsWorker': [{}, { versionId: UNKNOWN_ID }],
  'carePlans:recordClientAgreement': [
    { versionId: UNKNOWN_ID },
    { versionId: UNKNOWN_ID, agreement: { method: 'shrug' } },
    { versionId: UNKNOWN_ID, agreement: { method: 'declined', reason: '' } },
    {
      versionId: UNKNOWN_ID,
      agreement: { method: 'drawn', signerName: 'A', attestation: 'B', strokes: [], png: 'x' },
    },
  ],
  'carePlans:approve': [{}, { versionId: UNKNOWN_ID }],
  'carePlans:revise': [{}, { versionId: UNKNOWN_ID }],
  'carePlans:templates': [{ surprise: true }, 'text'],
  'carePlans:saveTemplate': [
    {},
    { template: { name: '', needs: [] } },
    { id: UNKNOWN_ID, template: { name: 'x', needs: [{ id: 'n' }] } },
  ],
  'carePlans:archiveTemplate': [{}, { id: UNKNOWN_ID }],
  'diagnoses:add': [
    { clientId: UNKNOWN_ID },
    { clientId: UNKNOWN_ID, diagnosis: { code: 'F32.9', onsetDate: '2020-02-30' } },
    { clientId: UNKNOWN_ID, diagnosis: { code: 'X'.repeat(50) } },
  ],
  'diagnoses:update': [
    { id: UNKNOWN_ID },
    { id: UNKNOWN_ID, diagnosis: { code: 'F32.9', onsetDate: '2021-01-01', resolvedDate: '2020-01-01' } },
  ],
  'diagnoses:remove': [{ id: UNKNOWN_ID }, { id: UNKNOWN_ID, reason: '' }],
  'assessments:list': [{}, { clientId: 'nope' }],
  'assessments:get': [{}, { id: 7 }],
  'assessments:startIntake': [{}, { clientId: HUGE }],
  'assessments:startReassessment': [{}, { clientId: null }],
  'assessments:saveDraft': [
    { versionId: UNKNOWN_ID },
    { versionId: UNKNOWN_ID, content: { housing: HUGE } },
    { versionId: UNKNOWN_ID, content: { risk: { level: 'extreme' } } },
    { versionId: UNKNOWN_ID, content: { favouriteColour: 'blue' } },
  ],
  'assessments:discardDraft': [{}, { versionId: 'x' }],
  'assessments:sign': [{}, { versionId: UNKNOWN_ID, role: 'client' }],
  'assessments:due': [{}, { clientId: 1 }],
  'assessments:setRisk': [
    { clientId: UNKNOWN_ID, level: 'high' },
    { clientId: UNKNOWN_ID, level: 'extreme', reason: 'x' },
    { clientId: UNKNOWN_ID, level: 'high', reason: '   ' },
    { clientId: UNKNOWN_ID, level: 'high', reason: HUGE },
  ],
  'assessments:riskHistory': [{}, { clientId: 'x' }],
  'measures:instruments': [{ extra: 1 }],
  'notes:formats': [{ extra: 1 }, 'text'],
  'notes:addFormat': [{}, { text: 42 }, { text: 'x'.repeat(64 * 1024 + 1) }, { text: '{}', extra: true }],
  'notes:phrases': [{ mine: true }, []],
  'notes:savePhrase': [
    {},
    { scope: 'team', shortcut: 'hv', title: 'Home visit', text: 'x' },
    { scope: 'mine', shortcut: 'Has Space', title: 'Home visit', text: 'x' },
    { scope: 'mine', shortcut: 'hv', title: '   ', text: 'x' },
    { scope: 'mine', shortcut: 'hv', title: 'Home visit', text: HUGE },
    { scope: 'mine', shortcut: 'hv', title: 'Home visit', text: 'x', id: 'not-an-id' },
    { scope: 'mine', shortcut: 'hv', title: 'Home visit', text: 'x', ownerId: UNKNOWN_ID },
  ],
  'notes:deletePhrase': [{}, { id: 'x' }, { id: UNKNOWN_ID, scope: 'mine' }],
  'measures:addInstrument': [
    {},
    { text: '', licenceConfirmed: true },
    { text: '{}', licenceConfirmed: 'yes' },
  ],
  'measures:overview': [{}, { clientId: 7 }],
  'measures:trend': [{ clientId: UNKNOWN_ID }, { clientId: UNKNOWN_ID, instrumentId: HUGE }],
  'measures:give': [
    { clientId: UNKNOWN_ID, instrumentId: 'phq-9', mode: 'office' },
    { clientId: UNKNOWN_ID, instrumentId: 'phq-9', mode: 'phone', answers: {} },
    { clientId: UNKNOWN_ID, instrumentId: 'phq-9', mode: 'office', answers: { q1: 1.5 } },
    { clientId: UNKNOWN_ID, instrumentId: 'phq-9', mode: 'office', answers: { [HUGE]: 1 } },
    {
      clientId: UNKNOWN_ID,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: {},
      administeredOn: '2026-02-30',
    },
  ],
  'measures:acknowledgeAlert': [
    { alertId: UNKNOWN_ID },
    { alertId: UNKNOWN_ID, note: '' },
    { alertId: 'x', note: 'y' },
  ],
  'measures:markEnteredInError': [
    { resultId: UNKNOWN_ID },
    { resultId: UNKNOWN_ID, reason: '' },
    { resultId: 'x', reason: 'typed for the wrong client' },
    { resultId: UNKNOWN_ID, reason: 'y', extra: 1 },
  ],
  'measures:schedules': [{ extra: 1 }],
  'letterhead:get': [{ extra: 1 }],
  'letterhead:update': [
    {},
    { letterhead: { phone: 'call me' } },
    { letterhead: { logo: { base64: '%%%not base64' } } },
    { letterhead: { logo: { base64: 'A'.repeat(800_000) } } },
    { letterhead: { clinicName: HUGE } },
    { letterhead: { address: 5 } },
    { letterhead: {}, extra: 1 },
  ],
  'timeline:list': [
    {},
    { clientId: 'x' },
    { clientId: UNKNOWN_ID, kinds: ['everything'] },
    { clientId: UNKNOWN_ID, limit: 0 },
    { clientId: UNKNOWN_ID, limit: 201 },
    { clientId: UNKNOWN_ID, cursor: HUGE },
    { clientId: UNKNOWN_ID, from: '2026-02-30' },
    { clientId: UNKNOWN_ID, authorId: 'someone' },
    { clientId: UNKNOWN_ID, extra: 1 },
  ],
  'documents:preview': [
    {},
    { definition: 'face_sheet', clientId: UNKNOWN_ID },
    { definition: 'referral_letter', clientId: UNKNOWN_ID, recipient: 'client', language: 'en' },
    { definition: 'face_sheet', clientId: 'x', recipient: 'client', language: 'en' },
    { definition: 'face_sheet', clientId: UNKNOWN_ID, recipient: 'landlord', language: 'en' },
    { definition: 'face_sheet', clientId: UNKNOWN_ID, recipient: 'client', language: 'fr' },
    { definition: 'face_sheet', clientId: UNKNOWN_ID, recipient: 'client', language: 'en', extra: 1 },
    { definition: 'care_plan', clientId: UNKNOWN_ID, recipient: 'client', language: 'en', version: 0 },
    { definition: 'care_plan', clientId: UNKNOWN_ID, recipient: 'client', language: 'en', signatures: 'x' },
    {
      definition: 'progress_notes',
      clientId: UNKNOWN_ID,
      recipient: 'client',
      language: 'en',
      from: '2026-03-02',
      to: '2026-03-01',
    },
    {
      definition: 'progress_notes',
      clientId: UNKNOWN_ID,
      recipient: 'client',
      language: 'en',
      from: '2024-01-01',
      to: '2026-01-01',
    },
    { definition: 'progress_notes', clientId: UNKNOWN_ID, recipient: 'client', language: 'en', from: HUGE },
  ],
  'documents:save': [
    {},
    { previewId: 'x' },
    { previewId: UNKNOWN_ID, keepCopy: 'yes' },
    { previewId: UNKNOWN_ID, extra: 1 },
    { previewId: UNKNOWN_ID },
  ],
  'documents:print': [{}, { previewId: 'x' }, { documentId: UNKNOWN_ID }, { previewId: UNKNOWN_ID }],
  'documents:printCopy': [
    {},
    { documentId: 'x' },
    { documentId: UNKNOWN_ID, keepCopy: true },
    { documentId: UNKNOWN_ID },
  ],
  'documents:keep': [{}, { previewId: 7 }, { previewId: UNKNOWN_ID, keepCopy: 1 }, { previewId: UNKNOWN_ID }],
  'documents:list': [{}, { clientId: 'x' }, { clientId: UNKNOWN_ID, extra: 1 }, { clientId: UNKNOWN_ID }],
  'documents:open': [
    {},
    { documentId: HUGE },
    { documentId: UNKNOWN_ID, extra: 1 },
    { documentId: UNKNOWN_ID },
  ],
  'documents:saveCopy': [{}, { documentId: 'x' }, { documentId: UNKNOWN_ID }],
  'measures:saveSchedule': [
    {},
    { instrumentId: 'phq-9', program: null, intervalDays: 0 },
    { instrumentId: 'phq-9', program: '', intervalDays: 30 },
    { instrumentId: 'phq-9', program: null, intervalDays: 30.5 },
  ],
  'backup:updateSettings': [
    {},
    { folder: '', automatic: true, keepDaily: 14, keepMonthly: 12 },
    { folder: '/tmp/x', automatic: 'yes', keepDaily: 14, keepMonthly: 12 },
    { folder: '/tmp/x', automatic: true, keepDaily: 0, keepMonthly: 12 },
    { folder: HUGE, automatic: true, keepDaily: 14, keepMonthly: 12 },
  ],
  'backup:inspect': [{}, { path: '' }, { path: HUGE }, { path: '/nonexistent/lantern-backup' }],
  'backup:exportClinic': [{ extra: 1 }],
  'setup:importClinic': [{}, { path: '' }, { path: '/x', username: 'ada' }],
  'backup:restorePreUpgrade': [{}, { username: 'ada' }, { username: 'ada', password: 'x'.repeat(300) }],
  'backup:restore': [
    {},
    { path: '/nonexistent/backup' },
    { path: '/nonexistent/backup', username: 'ada', password: 'x' },
    { path: '\\\\host\\share', username: 'ada', password: 'x' },
  ],
  'files:pickFolder': [{}, { purpose: 'anywhere', title: 'x' }, { purpose: 'backup_folder', title: HUGE }],
  'files:pickFile': [{}, { purpose: 'backup_folder', title: 'x' }],
  'files:chooseSaveLocation': [
    {},
    { purpose: 'fhir_export' },
    { purpose: 'fhir_export', title: HUGE },
    { purpose: 'fhir_export', title: 'x', previewId: UNKNOWN_ID },
    { purpose: 'document', title: 'x' },
    { purpose: 'document', title: 'x', previewId: UNKNOWN_ID, documentId: UNKNOWN_ID },
    { purpose: 'document', title: 'x', previewId: 'x' },
    { purpose: 'document', title: 'x', previewId: UNKNOWN_ID },
    { purpose: 'document', title: 'x', documentId: UNKNOWN_ID },
    { purpose: 'letter', title: 'Save' },
    { purpose: 'attachment', title: 'Save' },
    { purpose: 'attachment', title: 'Save', attachmentId: UNKNOWN_ID },
    { purpose: 'audit_export', title: 'x', format: 'docx' },
  ],
  'drafts:get': [{}, { key: '' }, { key: 'Client:New' }, { key: HUGE }, { key: 7 }],
  'drafts:save': [
    {},
    { key: 'client:new' },
    { key: 'client new', payload: {} },
    { key: 'client:new', payload: 'x'.repeat(300 * 1024) },
    { key: 'client:new', payload: {}, accountId: UNKNOWN_ID },
  ],
  'drafts:discard': [{}, { key: 'client/../x' }, { key: HUGE }],
  'notes:list': [{}, { clientId: 7 }, { clientId: UNKNOWN_ID }],
  'notes:get': [{}, { noteId: 'x' }, { noteId: UNKNOWN_ID }],
  'notes:start': [
    {},
    { clientId: UNKNOWN_ID },
    { clientId: UNKNOWN_ID, formatId: HUGE },
    { clientId: UNKNOWN_ID, sameAsLastTime: 'yes' },
  ],
  'notes:saveDraft': [
    { versionId: UNKNOWN_ID },
    { versionId: UNKNOWN_ID, content: {} },
    { versionId: UNKNOWN_ID, content: { formatId: 'dap', formatVersion: '1', durationMinutes: 1.5 } },
    { versionId: UNKNOWN_ID, content: { formatId: 'dap', formatVersion: '1', contactType: 'telepathy' } },
    { versionId: UNKNOWN_ID, content: { formatId: 'dap', formatVersion: '1', endTime: '25:00' } },
    {
      versionId: UNKNOWN_ID,
      content: { formatId: 'dap', formatVersion: '1', sections: [{ id: 'data', text: 'x'.repeat(20_001) }] },
    },
    { versionId: UNKNOWN_ID, content: { formatId: 'dap', formatVersion: '1', favouriteColour: 'blue' } },
    { versionId: UNKNOWN_ID, content: { formatId: 'dap', formatVersion: '1' } },
  ],
  'notes:discardDraft': [{}, { versionId: 'x' }, { versionId: UNKNOWN_ID }],
  'notes:sign': [{}, { versionId: UNKNOWN_ID }],
  'notes:addAddendum': [
    { noteId: UNKNOWN_ID },
    { noteId: UNKNOWN_ID, text: '   ' },
    { noteId: UNKNOWN_ID, text: 'x'.repeat(20_001) },
    { noteId: UNKNOWN_ID, text: 'Called back later.' },
  ],
  'notes:markEnteredInError': [
    { noteId: UNKNOWN_ID },
    { noteId: UNKNOWN_ID, reason: '' },
    { noteId: UNKNOWN_ID, reason: 'typed for the wrong client' },
  ],
  'notes:cosign': [{}, { versionId: UNKNOWN_ID }, { versionId: UNKNOWN_ID, comment: HUGE }],
  'notes:return': [
    { versionId: UNKNOWN_ID },
    { versionId: UNKNOWN_ID, comment: '' },
    { versionId: UNKNOWN_ID, comment: 'Add the referral' },
  ],
  'discharge:list': [{}, { clientId: 7 }, { clientId: UNKNOWN_ID }],
  'discharge:read': [{}, { dischargeId: 'x' }, { dischargeId: UNKNOWN_ID }],
  'discharge:start': [
    {},
    { clientId: UNKNOWN_ID },
    { clientId: UNKNOWN_ID, program: '' },
    { clientId: UNKNOWN_ID, program: HUGE },
    { clientId: UNKNOWN_ID, program: 'Housing Support', language: 'fr' },
    { clientId: UNKNOWN_ID, program: 'Housing Support' },
  ],
  'discharge:saveDraft': [
    { versionId: UNKNOWN_ID },
    { versionId: UNKNOWN_ID, content: {} },
    { versionId: UNKNOWN_ID, content: { program: 'Housing Support', reason: 'bored' } },
    { versionId: UNKNOWN_ID, content: { program: 'Housing Support', dischargeDate: '2026-02-30' } },
    { versionId: UNKNOWN_ID, content: { program: 'Housing Support', aftercarePlan: 'x'.repeat(8_001) } },
    {
      versionId: UNKNOWN_ID,
      content: { program: 'Housing Support', referrals: [{ to: 'A', for: 'B', when: 1 }] },
    },
    { versionId: UNKNOWN_ID, content: { program: 'Housing Support', favouriteColour: 'blue' } },
    { versionId: UNKNOWN_ID, content: { program: 'Housing Support' } },
  ],
  'discharge:discardDraft': [{}, { versionId: 'x' }, { versionId: UNKNOWN_ID }],
  'discharge:sign': [{}, { versionId: UNKNOWN_ID }],
  'discharge:reenroll': [
    {},
    { clientId: UNKNOWN_ID, program: 'Housing Support' },
    { clientId: UNKNOWN_ID, program: '', startDate: '2026-01-01' },
    { clientId: UNKNOWN_ID, program: 'Housing Support', startDate: 'yesterday' },
    { clientId: UNKNOWN_ID, program: 'Housing Support', startDate: '2026-01-01' },
  ],
  'notes:myDrafts': [{ extra: 1 }],
  'notes:returnedToMe': [{ extra: 1 }],
  'notes:awaitingCosign': [{ extra: 1 }],
  'notes:settings': [{ extra: 1 }],
  'notes:saveSettings': [
    {},
    { defaultFormatId: 'nope', lateEntryDays: 3, cosignRoles: [], cosignAccountIds: [] },
    { defaultFormatId: 'dap', lateEntryDays: 0, cosignRoles: [], cosignAccountIds: [] },
    { defaultFormatId: 'dap', lateEntryDays: 3.5, cosignRoles: [], cosignAccountIds: [] },
    { defaultFormatId: 'dap', lateEntryDays: 3, cosignRoles: ['boss'], cosignAccountIds: [] },
    { defaultFormatId: 'dap', lateEntryDays: 3, cosignRoles: [], cosignAccountIds: [UNKNOWN_ID] },
    { defaultFormatId: 'dap', lateEntryDays: 3, cosignRoles: [], cosignAccountIds: ['x'] },
  ],
  'attachments:list': [{}, { clientId: 7 }, { clientId: UNKNOWN_ID }],
  'attachments:begin': [
    {},
    { clientId: UNKNOWN_ID, fileName: 'a.pdf', sizeBytes: 10, details: ATTACHMENT },
    { clientId: UNKNOWN_ID, fileName: 'a.pdf', sizeBytes: 0, details: ATTACHMENT },
    { clientId: UNKNOWN_ID, fileName: 'a.pdf', sizeBytes: 1.5, details: ATTACHMENT },
    { clientId: UNKNOWN_ID, fileName: 'a.pdf', sizeBytes: '10', details: ATTACHMENT },
    { clientId: UNKNOWN_ID, fileName: 'a.pdf', sizeBytes: 101 * 1024 * 1024, details: ATTACHMENT },
    { clientId: UNKNOWN_ID, fileName: HUGE, sizeBytes: 10, details: ATTACHMENT },
    { clientId: UNKNOWN_ID, fileName: 'a.pdf', sizeBytes: 10, details: { ...ATTACHMENT, kind: 'passport' } },
    { clientId: UNKNOWN_ID, fileName: 'a.pdf', sizeBytes: 10, details: { ...ATTACHMENT, title: '  ' } },
    {
      clientId: UNKNOWN_ID,
      fileName: 'a.pdf',
      sizeBytes: 10,
      details: { ...ATTACHMENT, documentDate: '2026-02-30' },
    },
    {
      clientId: UNKNOWN_ID,
      fileName: 'a.pdf',
      sizeBytes: 10,
      details: { ...ATTACHMENT, link: { kind: 'email', id: UNKNOWN_ID } },
    },
  ],
  'attachments:chunk': [
    {},
    { uploadId: UNKNOWN_ID, index: 0, data: 'c2FtcGxl' },
    { uploadId: UNKNOWN_ID, index: 0, data: 'not base64!' },
    { uploadId: UNKNOWN_ID, index: -1, data: 'c2FtcGxl' },
    { uploadId: UNKNOWN_ID, index: 0, data: 'x'.repeat(400_000) },
  ],
  'attachments:finish': [{}, { uploadId: 'x' }, { uploadId: UNKNOWN_ID }],
  'attachments:cancel': [{}, { uploadId: 'x' }, { uploadId: UNKNOWN_ID }],
  'attachments:open': [{}, { attachmentId: 'x' }, { attachmentId: UNKNOWN_ID }],
  'attachments:read': [
    {},
    { attachmentId: UNKNOWN_ID, index: 0 },
    { attachmentId: UNKNOWN_ID, index: -1 },
    { attachmentId: UNKNOWN_ID, index: 'first' },
  ],
  'attachments:save': [{}, { attachmentId: 'x' }, { attachmentId: UNKNOWN_ID }],
  'attachments:remove': [
    {},
    { attachmentId: UNKNOWN_ID, reason: '' },
    { attachmentId: UNKNOWN_ID, reason: HUGE },
    { attachmentId: UNKNOWN_ID, reason: 'Wrong client' },
  ],
  'attachments:settings': [{ extra: 1 }],
  'attachments:saveSettings': [
    {},
    { maxSizeMb: 0 },
    { maxSizeMb: 101 },
    { maxSizeMb: '25' },
    { maxSizeMb: 2.5 },
  ],
  'audit:list': [
    { limit: 0 },
    { limit: 10_000 },
    { from: '2026-02-30' },
    { from: '2026-03-02', to: '2026-03-01' },
    { action: 'made.up' },
    { actorAccountId: 'nope' },
    { clientId: 'nope' },
    { clientId: HUGE },
  ],
  'audit:export': [
    {},
    { language: 'fr' },
    { language: 'en', clientId: 'nope' },
    { language: 'en', from: '2026-03-02', to: '2026-03-01' },
    { language: 'en', action: 'made.up' },
    { language: 'en', limit: 5 },
    // Valid, but no place was chosen in the save dialog: refused, nothing written.
    { language: 'en' },
  ],
  // The clinic's Word templates: a file travels as base64 chunks, each bounded.
  'documentTemplates:list': [{ includeArchived: 'yes' }, { extra: 1 }],
  'documentTemplates:fields': [{ extra: 1 }, null],
  'documentTemplates:inspect': [
    {},
    { fileName: 'a.docx' },
    { fileName: 'a.docx', content: [] },
    { fileName: 'a.docx', content: ['not base64!'] },
    { fileName: 'a.docx', content: ['x'.repeat(512 * 1024 + 1)] },
    { fileName: 'a.docx', content: Array.from({ length: 17 }, () => 'AAAA') },
    { fileName: '', content: ['AAAA'] },
    { fileName: HUGE, content: ['AAAA'] },
    { fileName: 'a.docx', content: 'AAAA' },
  ],
  'documentTemplates:add': [
    {},
    { name: 'Letter', fileName: 'a.docx' },
    { name: '  ', fileName: 'a.docx', content: ['AAAA'] },
    { name: HUGE, fileName: 'a.docx', content: ['AAAA'] },
    { name: 'Letter', fileName: 'a.docx', content: ['AAAA'], templateId: 'x' },
    { name: 'Letter', fileName: 'a.docx', content: ['AAAA'], convertMergeFields: 'yes' },
    { name: 'Letter', fileName: 'a.docx', content: ['AAAA'], description: 'x'.repeat(1001) },
  ],
  'documentTemplates:addExample': [{}, { example: 'anything.docx' }, { example: '../../etc/passwd' }],
  'documentTemplates:archive': [{}, { templateId: 'x' }, { templateId: UNKNOWN_ID, extra: 1 }],
  'documentTemplates:fill': [
    {},
    { templateId: UNKNOWN_ID, clientId: UNKNOWN_ID },
    { templateId: UNKNOWN_ID, clientId: UNKNOWN_ID, recipient: 'landlord' },
    { templateId: UNKNOWN_ID, clientId: 'x', recipient: 'client' },
    { templateId: UNKNOWN_ID, clientId: UNKNOWN_ID, recipient: 'client', language: 'fr' },
    { templateId: UNKNOWN_ID, clientId: UNKNOWN_ID, recipient: 'client', data: {} },
  ],
};

/**
 * Everything a refused call must leave alone: the keyring, accounts, settings, the client and its
 * history, and every audit entry apart from the sign-ins and sign-outs the test itself makes.
 */
async function snapshot(lantern: Awaited<ReturnType<typeof setUpClinic>>, clientId?: string) {
  const keyring = createHash('sha256')
    .update(readFileSync(join(lantern.dataDir, 'lantern.keyring')))
    .digest('hex');
  const [accounts, settings, audit] = await Promise.all([
    lantern.call('accounts:list', {}),
    lantern.call('settings:get', {}),
    lantern.call('audit:list', { limit: 500 }),
  ]);
  const merges = clientId ? await lantern.call('clients:merges', {}) : [];
  return {
    keyring,
    accounts,
    settings,
    merges,
    audit: audit.entries
      .filter((e) => !e.action.startsWith('auth.') && !READ_AUDIT_ACTIONS.includes(e.action as AuditAction))
      .map((e) => e.id),
  };
}

/**
 * `files:chooseSaveLocation` is open to any session, and main checks the permission each purpose
 * needs (SAVE_PERMISSION): an administrator asking for a document's save dialog is refused as
 * forbidden, not for the input. Inputs are tried by roles that may ask for their purpose.
 */
function mayAskThisSaveDialog(channel: string, role: Role, input: unknown): boolean {
  if (channel !== 'files:chooseSaveLocation') return true;
  const purpose = (input as { purpose?: unknown } | null)?.purpose;
  if (typeof purpose !== 'string' || !Object.hasOwn(SAVE_PERMISSION, purpose)) return true;
  return can(role, SAVE_PERMISSION[purpose as keyof typeof SAVE_PERMISSION]);
}

describe('router', () => {
  it('the preload channel list matches the contract exactly', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('has bad-input cases for every channel that takes input', () => {
    const takesInput = Object.entries(contract)
      .filter(
        ([, definition]) =>
          Object.keys((definition.input as { shape?: object }).shape ?? {}).length > 0 ||
          !('shape' in definition.input),
      )
      .map(([name]) => name);
    for (const name of takesInput) expect(badInputs, name).toHaveProperty(name);
  });

  it('refuses an unknown channel', async () => {
    const lantern = await setUpClinic();
    expect((await lantern.refuse('clients:drop', {})).code).toBe('unknown_channel');
    expect((await lantern.refuse('__proto__', {})).code).toBe('unknown_channel');
    expect((await lantern.refuse('toString', {})).code).toBe('unknown_channel');
  });

  it('every channel refuses malformed input with a typed error and changes nothing', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const clientId = (await clinic.call('clients:create', { client: client() })).id;
    await clinic.as('ada');
    const before = await snapshot(clinic, clientId);
    // Each channel is called by someone whose role may use it, so it is the input that is refused.
    for (const role of ['ada', 'sage'] as const) {
      await clinic.as(role);
      const roleName = role === 'ada' ? 'administrator' : 'supervisor';
      for (const [channel, inputs] of Object.entries(badInputs)) {
        const access = contract[channel as keyof typeof contract].access;
        if (access !== 'public' && access !== 'session' && !can(roleName, access)) continue;
        for (const input of inputs) {
          if (!mayAskThisSaveDialog(channel, roleName, input)) continue;
          const error = await clinic.refuse(channel, input);
          expect(
            ['invalid_input', 'not_found', 'wrong_state', 'weak_password', 'backup_invalid'],
            `${channel} ${JSON.stringify(input).slice(0, 80)}`,
          ).toContain(error.code);
          expect(error.message).not.toMatch(/at .*\.ts|Error:/);
        }
      }
      // Channels without input refuse anything that is not an empty object.
      for (const channel of [
        'app:status',
        'settings:get',
        'auth:lock',
        'caseload:views',
        'caseload:staff',
        'teams:list',
      ]) {
        expect((await clinic.refuse(channel, { surprise: true })).code).toBe('invalid_input');
        expect((await clinic.refuse(channel, 'text')).code).toBe('invalid_input');
      }
    }
    await clinic.as('ada');
    expect(await snapshot(clinic, clientId)).toEqual(before);
  });

  it('field errors name the field and carry an i18n key', async () => {
    const lantern = await setUpClinic();
    const error = await lantern.refuse('settings:update', { clinicName: '', idleLockMinutes: 99 });
    expect(error.fields).toEqual({
      clinicName: 'validation.required',
      idleLockMinutes: 'validation.idle_range',
    });
  });

  it('unknown ids get not_found and change nothing', async () => {
    const lantern = await setUpClinic();
    const before = await snapshot(lantern);
    expect(
      (await lantern.refuse('accounts:deactivate', { accountId: UNKNOWN_ID, reason: 'gone' })).code,
    ).toBe('not_found');
    expect(
      (
        await lantern.refuse('accounts:resetPassword', {
          accountId: UNKNOWN_ID,
          password: VALID_PASSWORD,
          passwordConfirm: VALID_PASSWORD,
        })
      ).code,
    ).toBe('not_found');
    for (const [channel, input] of [
      ['accounts:changeRole', { accountId: UNKNOWN_ID, role: 'supervisor' }],
      ['accounts:rename', { accountId: UNKNOWN_ID, fullName: 'Zed Nobody' }],
      [
        'accounts:reactivate',
        { accountId: UNKNOWN_ID, password: VALID_PASSWORD, passwordConfirm: VALID_PASSWORD },
      ],
    ] as const)
      expect((await lantern.refuse(channel, input)).code, channel).toBe('not_found');
    expect(await snapshot(lantern)).toEqual(before);
  });

  it('every non-public channel refuses a call without a session', async () => {
    const lantern = await setUpClinic();
    await lantern.call('auth:signOut', {});
    for (const [name, definition] of Object.entries(contract)) {
      if (definition.access === 'public') continue;
      expect((await lantern.refuse(name, {})).code, name).toBe('not_signed_in');
    }
  });

  it('every permission-guarded channel refuses roles without that permission', async () => {
    const lantern = await setUpClinic();
    const password = 'reporter-temp-pass-1';
    await lantern.call('accounts:create', {
      fullName: 'Rita Reports',
      username: 'rita',
      role: 'reporting',
      password,
      passwordConfirm: password,
    });
    await lantern.call('auth:signOut', {});
    await lantern.call('auth:signIn', { username: 'rita', password });
    const own = 'rita-own-password-22'.replace('rita', 'wren');
    await lantern.call('auth:changePassword', {
      currentPassword: password,
      password: own,
      passwordConfirm: own,
    });
    const guarded = Object.entries(contract).filter(
      ([, d]) => d.access !== 'public' && d.access !== 'session',
    );
    expect(guarded.length).toBeGreaterThan(5);
    for (const [name, definition] of guarded) {
      if (definition.access === 'reports:aggregate') continue;
      expect((await lantern.refuse(name, {})).code, name).toBe('forbidden');
    }
  });
});
