import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contracts';
import { solidPng } from '../../helpers/attachment-files';
import { upload } from '../attachments/attachment-clinic';
import { dapContent } from '../progress-notes/note-clinic';
import { policyClinic } from './policy-clinic';

type Clinic = Awaited<ReturnType<typeof policyClinic>>;

/** Cam adds an ID card (not Part 2, though the client is: a `contact` record, so it may be saved). */
async function camAddsAnIdCard(c: Clinic) {
  await c.as('cam');
  return upload(c, c.clientIds.caseload, solidPng(8, 5, [1, 2, 3]), {
    fileName: 'card.png',
    details: { kind: 'id_card', title: 'State ID' },
  });
}

/** Cam signs a note for his client (no care plan here: no goals); with co-signature required by role. */
async function camSignsANote(c: Clinic) {
  await c.as('ada');
  const settings = await c.call('notes:settings', {});
  await c.call('notes:saveSettings', { ...settings, cosignRoles: ['case_manager'] });
  await c.as('cam');
  const started = await c.call('notes:start', { clientId: c.clientIds.caseload });
  await c.call('notes:saveDraft', { versionId: started.current.id, content: dapContent({ addressed: [] }) });
  return c.call('notes:sign', { versionId: started.current.id });
}

/**
 * Every channel that returns identifiable client information, with a call that returns some
 * and the audit action that must record it. A new channel must be added here or to
 * NO_CLIENT_DATA (with the reason): the first test fails until someone decides which it is.
 */
const CLIENT_DATA: Record<
  string,
  { as: string; action: string; call: (c: Clinic) => [string, unknown] | Promise<[string, unknown]> }
> = {
  'clients:get': {
    as: 'cam',
    action: 'client.viewed',
    call: (c) => ['clients:get', { id: c.clientIds.caseload }],
  },
  'clients:history': {
    as: 'cam',
    action: 'client.history_viewed',
    call: (c) => ['clients:history', { clientId: c.clientIds.caseload }],
  },
  'clients:checkDuplicates': {
    as: 'cam',
    action: 'clients.duplicates_checked',
    call: () => [
      'clients:checkDuplicates',
      { legalFirstName: 'Pat', legalLastName: 'Ownby', birthDate: '1970-01-15' },
    ],
  },
  'clients:breakGlassLog': {
    as: 'sage',
    action: 'clients.access_log_viewed',
    call: () => ['clients:breakGlassLog', {}],
  },
  'clients:merges': { as: 'ada', action: 'clients.merges_viewed', call: () => ['clients:merges', {}] },
  'clients:exportFhir': {
    as: 'cam',
    action: 'client.exported',
    call: (c) => ['clients:exportFhir', { clientId: c.clientIds.caseload }],
  },
  'caseload:list': {
    as: 'cam',
    action: 'clients.listed',
    call: () => ['caseload:list', { filter: { mine: true } }],
  },
  'caseload:search': {
    as: 'cam',
    action: 'clients.searched',
    call: () => ['caseload:search', { query: 'Ownby' }],
  },
  'careTeam:list': {
    as: 'cam',
    action: 'client.care_team_viewed',
    call: (c) => ['careTeam:list', { clientId: c.clientIds.caseload }],
  },
  'diagnoses:list': {
    as: 'cam',
    action: 'client.diagnoses_viewed',
    call: (c) => ['diagnoses:list', { clientId: c.clientIds.caseload }],
  },
  'assessments:list': {
    as: 'cam',
    action: 'client.assessments_viewed',
    call: (c) => ['assessments:list', { clientId: c.clientIds.caseload }],
  },
  'assessments:get': {
    as: 'cam',
    action: 'record.viewed',
    call: async (c) => {
      const started = await c.call('assessments:startIntake', { clientId: c.clientIds.caseload });
      return ['assessments:get', { id: started.summary.id }];
    },
  },
  'assessments:due': {
    as: 'cam',
    action: 'client.assessments_viewed',
    call: (c) => ['assessments:due', { clientId: c.clientIds.caseload }],
  },
  'assessments:riskHistory': {
    as: 'cam',
    action: 'client.risk_history_viewed',
    call: (c) => ['assessments:riskHistory', { clientId: c.clientIds.caseload }],
  },
  // No plan yet in this clinic; with one, the primitive's record.viewed (care-plans.test.ts).
  'carePlans:get': {
    as: 'cam',
    action: 'client.care_plans_viewed',
    call: (c) => ['carePlans:get', { clientId: c.clientIds.caseload }],
  },
  'measures:overview': {
    as: 'cam',
    action: 'measures.viewed',
    call: (c) => ['measures:overview', { clientId: c.clientIds.caseload }],
  },
  // One client's notes (subject: the client); across clients, the ids shown (note-search/access.test.ts).
  'notes:search': {
    as: 'cam',
    action: 'notes.searched',
    call: (c) => ['notes:search', { query: 'dose review', clientId: c.clientIds.caseload }],
  },
  'measures:trend': {
    as: 'cam',
    action: 'measure.trend_viewed',
    call: (c) => ['measures:trend', { clientId: c.clientIds.caseload, instrumentId: 'phq-9' }],
  },
  'notes:list': {
    as: 'cam',
    action: 'client.notes_viewed',
    call: (c) => ['notes:list', { clientId: c.clientIds.caseload }],
  },
  'notes:get': {
    as: 'cam',
    action: 'record.viewed',
    call: async (c) => {
      const started = await c.call('notes:start', { clientId: c.clientIds.caseload });
      return ['notes:get', { noteId: started.id }];
    },
  },
  'notes:myDrafts': {
    as: 'cam',
    action: 'notes.queue_viewed',
    call: async (c) => {
      await c.call('notes:start', { clientId: c.clientIds.caseload });
      return ['notes:myDrafts', {}];
    },
  },
  'notes:awaitingCosign': {
    as: 'sage',
    action: 'notes.queue_viewed',
    call: async (c) => {
      await camSignsANote(c);
      await c.as('sage');
      return ['notes:awaitingCosign', {}];
    },
  },
  'notes:returnedToMe': {
    as: 'cam',
    action: 'notes.queue_viewed',
    call: async (c) => {
      const note = await camSignsANote(c);
      await c.as('sage');
      await c.call('notes:return', { versionId: note.current.id, comment: 'Add the referral.' });
      await c.as('cam');
      return ['notes:returnedToMe', {}];
    },
  },
  'timeline:list': {
    as: 'cam',
    action: 'client.timeline_viewed',
    call: (c) => ['timeline:list', { clientId: c.clientIds.caseload }],
  },
  'discharge:list': {
    as: 'cam',
    action: 'client.discharges_viewed',
    call: (c) => ['discharge:list', { clientId: c.clientIds.caseload }],
  },
  'discharge:read': {
    as: 'cam',
    action: 'record.viewed',
    call: async (c) => {
      const started = await c.call('discharge:start', {
        clientId: c.clientIds.caseload,
        program: 'Opioid Treatment Program',
      });
      return ['discharge:read', { dischargeId: started.id }];
    },
  },
  // Making a document reads the file: the preview is audited as such (saving and printing it are
  // writes, below); the register's list and a stored copy are reads of their own.
  'documents:preview': {
    as: 'cam',
    action: 'document.previewed',
    call: (c) => [
      'documents:preview',
      { definition: 'face_sheet', clientId: c.clientIds.caseload, recipient: 'client', language: 'en' },
    ],
  },
  'documents:list': {
    as: 'cam',
    action: 'documents.listed',
    call: (c) => ['documents:list', { clientId: c.clientIds.caseload }],
  },
  'documents:open': {
    as: 'cam',
    action: 'document.viewed',
    call: async (c) => {
      const preview = await c.call('documents:preview', {
        definition: 'face_sheet',
        clientId: c.clientIds.caseload,
        recipient: 'client',
        language: 'en',
      });
      const { documentId } = await c.call('documents:keep', { previewId: preview.previewId });
      return ['documents:open', { documentId }];
    },
  },
  'attachments:list': {
    as: 'cam',
    action: 'attachments.listed',
    call: (c) => ['attachments:list', { clientId: c.clientIds.caseload }],
  },
  'attachments:open': {
    as: 'cam',
    action: 'attachment.viewed',
    call: async (c) => ['attachments:open', { attachmentId: (await camAddsAnIdCard(c)).id }],
  },
  // A chunk is read only after an audited open of that attachment (its audit is the open's).
  'attachments:read': {
    as: 'cam',
    action: 'attachment.viewed',
    call: async (c) => {
      const { id } = await camAddsAnIdCard(c);
      await c.call('attachments:open', { attachmentId: id });
      return ['attachments:read', { attachmentId: id, index: 0 }];
    },
  },
  'attachments:save': {
    as: 'cam',
    action: 'attachment.downloaded',
    call: async (c) => {
      const { id } = await camAddsAnIdCard(c);
      await c.call('files:chooseSaveLocation', {
        purpose: 'attachment',
        title: 'Save the attachment',
        attachmentId: id,
      });
      return ['attachments:save', { attachmentId: id }];
    },
  },
  // The filled document's text comes back as a preview: audited as the fill, the client its subject.
  'documentTemplates:fill': {
    as: 'cam',
    action: 'template.filled',
    call: async (c) => {
      await c.as('ada');
      const template = await c.call('documentTemplates:addExample', { example: 'housing-support-letter' });
      await c.as('cam');
      return [
        'documentTemplates:fill',
        { templateId: template.id, clientId: c.clientIds.caseload, recipient: 'client' },
      ];
    },
  },
  // The audit trail names the clients of its entries (name and client ID, where the policy allows).
  'audit:list': {
    as: 'ada',
    action: 'audit.viewed',
    call: (c) => ['audit:list', { clientId: c.clientIds.caseload }],
  },
  // The file names clients only as the policy's export column allows; audited under the client.
  'audit:export': {
    as: 'ada',
    action: 'audit.exported',
    call: async (c) => {
      await c.call('files:chooseSaveLocation', { purpose: 'audit_export', title: 'Save the audit trail' });
      return ['audit:export', { language: 'en', clientId: c.clientIds.caseload }];
    },
  },
};

/** Writes that answer with the record they wrote: audited as the change itself (tested with each feature). */
const WRITES_RETURNING_CLIENT_DATA = [
  'clients:create',
  'clients:update',
  // These two answer only the client's id, number and version (the file is read with clients:get).
  'clients:register',
  'clients:updateDetails',
  'clients:merge',
  'clients:breakGlass',
  'careTeam:add',
  'careTeam:update',
  'careTeam:remove',
  'diagnoses:add',
  'diagnoses:update',
  'diagnoses:remove',
  'assessments:startIntake',
  'assessments:startReassessment',
  'assessments:saveDraft',
  'assessments:discardDraft',
  'assessments:sign',
  'assessments:setRisk',
  'carePlans:create',
  'carePlans:saveDraft',
  'carePlans:discardDraft',
  'carePlans:signAsWorker',
  'carePlans:recordClientAgreement',
  'carePlans:approve',
  'carePlans:revise',
  'measures:give',
  'measures:acknowledgeAlert',
  'measures:markEnteredInError',
  'notes:start',
  'notes:saveDraft',
  'notes:discardDraft',
  'notes:sign',
  'notes:addAddendum',
  'notes:markEnteredInError',
  'notes:cosign',
  'notes:return',
  'discharge:start',
  'discharge:saveDraft',
  'discharge:discardDraft',
  'discharge:sign',
  'discharge:reenroll',
  // Registering a document (saved, printed, kept) answers its id and the file written; audited
  // as document.saved / printed / kept, with the client as subject (documents/registry.test.ts).
  'documents:save',
  'documents:print',
  'documents:keep',
  'documents:saveCopy',
  'documents:printCopy',
  'attachments:finish',
  'attachments:remove',
];

/** Channels that return nothing identifiable about a client, and why. */
const NO_CLIENT_DATA: Record<string, string> = {
  'app:status': 'workstation state',
  'setup:create': 'creates the clinic',
  'setup:confirmRecoveryKey': 'a gate',
  'setup:regenerateRecoveryKey': 'a key',
  'setup:importClinic': 'counts only',
  'auth:signIn': 'session',
  'auth:recover': 'session',
  'auth:signOut': 'session',
  'auth:lock': 'session',
  'auth:activity': 'idle timer',
  'auth:changePassword': 'own account',
  'accounts:list': 'staff, not clients',
  'accounts:create': 'staff',
  'accounts:deactivate': 'staff',
  'accounts:resetPassword': 'staff',
  'accounts:setTeam': 'staff',
  'accounts:setLanguage': 'staff',
  'accounts:changeRole': 'staff',
  'accounts:rename': 'staff',
  'accounts:reactivate': 'staff',
  'teams:list': 'staff',
  'teams:create': 'staff',
  'settings:get': 'clinic settings',
  'settings:update': 'clinic settings',
  'letterhead:get': "the clinic's letterhead: name, address, phone, logo",
  'letterhead:update': "the clinic's letterhead: name, address, phone, logo",
  'audit:list': 'ids and actions only: details carry no clinical content (checked in leaks.test.ts)',
  'audit:verify': 'chain check',
  'caseload:views': 'own saved filters',
  'caseload:saveView': 'own saved filters',
  'caseload:deleteView': 'own saved filters',
  'caseload:staff': 'staff names',
  'caseload:programs': "the clinic's programme names",
  'diagnoses:searchCodes': 'the ICD-10-CM code list',
  'backup:status': 'counts',
  'backup:updateSettings': 'settings',
  'backup:run': 'counts',
  'backup:inspect': 'counts',
  'backup:restore': 'counts',
  'backup:exportClinic': 'an encrypted file',
  'backup:restorePreUpgrade': 'nothing',
  'backup:undoRestore': 'nothing',
  'files:pickFolder': 'a path the person chose',
  'files:pickFile': 'a path the person chose',
  'files:chooseSaveLocation': 'a path the person chose',
  'security:rotateDatabaseKey': 'a key change',
  'drafts:get': 'own typing; an edit draft of a client asks the policy and is audited (leaks.test.ts)',
  'drafts:save': 'own typing',
  'drafts:discard': 'own typing',
  'carePlans:templates': "the clinic's plan templates: wording, no client",
  'carePlans:saveTemplate': 'a plan template',
  'carePlans:archiveTemplate': 'a plan template',
  'measures:instruments': 'instrument definitions (no client)',
  'measures:addInstrument': 'an instrument definition',
  'measures:schedules': 'which measure, which programme, how often',
  'measures:saveSchedule': 'a schedule',
  'notes:settings': "the clinic's note settings",
  'notes:saveSettings': "the clinic's note settings",
  'notes:formats': 'note format definitions and the default format id (no client)',
  'notes:addFormat': 'a note format definition',
  'notes:phrases': "the viewer's and the clinic's saved wording (no client)",
  'notes:savePhrase': 'a saved phrase',
  'notes:deletePhrase': 'nothing',
  'attachments:begin': 'an upload id and piece counts',
  'attachments:chunk': 'a byte count',
  'attachments:cancel': 'nothing',
  'attachments:settings': "the clinic's size limit",
  'attachments:saveSettings': "the clinic's size limit",
  'documentTemplates:list': "the clinic's Word templates: wording and layout, no client",
  'documentTemplates:fields': 'the field catalogue with a demo client’s examples',
  'documentTemplates:inspect': 'what is in an uploaded template (no client)',
  'documentTemplates:add': 'a Word template',
  'documentTemplates:addExample': 'a shipped Word template',
  'documentTemplates:archive': 'nothing',
};

describe('every read of a client is audited', () => {
  it('every channel is classified: returns client data (and audits it), writes, or returns none', () => {
    const classified = new Set([
      ...Object.keys(CLIENT_DATA),
      ...WRITES_RETURNING_CLIENT_DATA,
      ...Object.keys(NO_CLIENT_DATA),
    ]);
    const unclassified = Object.keys(contract).filter((channel) => !classified.has(channel));
    expect(unclassified, 'classify these channels in read-audit.test.ts').toEqual([]);
    expect([...classified].filter((channel) => !(channel in contract))).toEqual([]);
  });

  it('each channel that returns client data writes an audit entry naming the client', async () => {
    const clinic = await policyClinic();
    for (const [channel, test] of Object.entries(CLIENT_DATA)) {
      await clinic.as(test.as);
      const [name, input] = await test.call(clinic);
      if (name === 'clients:exportFhir')
        await clinic.call('files:chooseSaveLocation', { purpose: 'fhir_export', title: 'Save the record' });
      const result = await clinic.core.invoke(name, input);
      expect(result.ok, channel).toBe(true);
      await clinic.as('ada');
      const [entry] = (await clinic.call('audit:list', { action: test.action as never, limit: 1 })).entries;
      const named = `${entry?.subject ?? ''} ${String(entry?.details.ids ?? '')}`;
      expect(entry, channel).toBeDefined();
      expect(entry?.actorName, channel).not.toBeNull();
      const expectedClient =
        channel === 'clients:merges'
          ? null
          : clinic.clientIds[channel === 'clients:breakGlassLog' ? 'granted' : 'caseload'];
      if (expectedClient) expect(named, channel).toContain(expectedClient);
      else expect(entry?.details.count, channel).toBe(0);
    }
  });

  it('a list is audited compactly: ids and a count, no names', async () => {
    const clinic = await policyClinic();
    await clinic.as('cam');
    await clinic.call('caseload:search', { query: 'Ownby' });
    await clinic.as('ada');
    const [entry] = (await clinic.call('audit:list', { action: 'clients.searched', limit: 1 })).entries;
    expect(entry).toMatchObject({
      actorName: 'Cam Manager',
      details: { query: 'Ownby', count: 1, ids: clinic.clientIds.caseload },
    });
  });
});
