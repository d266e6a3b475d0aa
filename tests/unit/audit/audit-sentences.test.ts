import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportCatalogue } from '../../../src/main/audit-trail/catalogue';
import { AUDIT_ACTIONS, type AuditEntry, type AuditNames } from '../../../src/shared/contracts/audit';
import { ATTACHMENT_KINDS, ATTACHMENT_TYPES } from '../../../src/shared/contracts/attachments';
import { backupSettingsSchema } from '../../../src/shared/contracts/backup';
import { SORTABLE_COLUMNS } from '../../../src/shared/contracts/caseload';
import { MEASURE_MODES } from '../../../src/shared/contracts/measures';
import { noteSettingsSchema } from '../../../src/shared/contracts/note-formats';
import { PHRASE_SCOPES } from '../../../src/shared/contracts/progress-notes';
import { settingsSchema } from '../../../src/shared/contracts/settings';
import { describeAuditEntry } from '../../../src/shared/domain/audit-sentences';
import { RECIPIENTS, RECORD_KINDS } from '../../../src/shared/domain/access';
import { ENROLLMENT_STATUSES } from '../../../src/shared/domain/clients';
import { BUILT_IN_DOCUMENTS } from '../../../src/shared/domain/documents';
import { LANGUAGES } from '../../../src/shared/domain/languages';
import { ROLES } from '../../../src/shared/domain/roles';
import { SIGNATURE_ROLES } from '../../../src/shared/domain/signed-records';
import { auditDetailKeysWritten } from '../../helpers/audit-calls';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const catalogues = Object.fromEntries(LANGUAGES.map((language) => [language, exportCatalogue(language, 0)]));
const source = (path: string) => readFileSync(join(root, path), 'utf8');
/** The string literals of a TypeScript union written in `path` after `marker`. */
const unionAfter = (path: string, marker: string) =>
  [
    ...(source(path)
      .split(marker)[1]
      ?.split(/[;}]/)[0]
      ?.matchAll(/'([a-z_]+)'/g) ?? []),
  ].map((match) => match[1] as string);

/** Every kind of signed record: `defineRecordKind({ kind: '…' })` in src/main/<feature>/kind.ts. */
const signedRecordKinds = () =>
  readdirSync(join(root, 'src/main')).flatMap((feature) => {
    const file = join(root, 'src/main', feature, 'kind.ts');
    return existsSync(file)
      ? [...readFileSync(file, 'utf8').matchAll(/kind: '(\w+)'/g)].map((m) => m[1] as string)
      : [];
  });

/** Detail keys written by code the scan cannot read as a literal, and where they come from. */
const BUILT_ELSEWHERE = [
  'fields', // clients/service.ts auditedFields()
  'clinicalFields',
  'count', // access/read-audit.ts: every read of a list
  'ids',
];

/** The fixed lists a detail's value comes from, each a catalogue vocabulary. */
const VOCABULARIES: Record<string, readonly string[]> = {
  access: ['full', 'demographics', 'contact', 'draft'],
  role: [...ROLES, ...SIGNATURE_ROLES],
  kind: [
    ...signedRecordKinds(),
    ...unionAfter('src/main/backup/service.ts', 'type BackupKind ='),
    'clinic_export',
    ...ATTACHMENT_KINDS,
  ],
  recordKind: RECORD_KINDS,
  definition: BUILT_IN_DOCUMENTS,
  recipient: RECIPIENTS,
  language: LANGUAGES,
  type: ATTACHMENT_TYPES,
  accountStatus: ['active', 'deactivated'],
  letterheadField: ['clinicName', 'address', 'phone', 'logo', 'none'],
  reason: [
    ...unionAfter('src/shared/contracts/channels.ts', "'session:locked': {"),
    ...unionAfter('src/main/workstation/rotate-database-key.ts', 'type KeyChangeReason ='),
  ],
  method: ['password', 'recovery_key'],
  source: ['assessment', 'manual', 'built_in', 'template'],
  mode: MEASURE_MODES,
  queue: ['drafts', 'returned', 'awaiting_cosign'],
  scope: PHRASE_SCOPES,
  page: ['first', 'later'],
  view: ['reassessment_due'],
  intact: ['true', 'false'],
  problem: ['altered', 'missing', 'head_mismatch'],
  format: ['csv', 'pdf', 'FHIR R4'],
  status: ENROLLMENT_STATUSES,
  sort: [...SORTABLE_COLUMNS.filter((column) => column !== 'riskLevel'), 'clinical'],
};

describe.each(LANGUAGES)('the audit trail in %s', (language) => {
  // The language's own catalogue, not English standing in for a missing sentence.
  const own = (key: string) => lookupOwn(language, key);

  it('has a sentence for every audit action', () => {
    const missing = AUDIT_ACTIONS.filter(
      (action) =>
        !own(`auditLog.sentences.${action}`) &&
        !(own(`auditLog.sentences.${action}_one`) && own(`auditLog.sentences.${action}_other`)),
    );
    expect(missing).toEqual([]);
  });

  it('names every detail key the services write', () => {
    const written = auditDetailKeysWritten(join(root, 'src', 'main'));
    // The scan works: it finds keys from each way of writing an entry.
    for (const key of ['access', 'role', 'recordedAtNextSignIn', 'versionNo', 'riskEntryId', 'rows'])
      expect([...written.keys()], key).toContain(key);
    const keys = [...new Set([...written.keys(), ...BUILT_ELSEWHERE])];
    const unlabelled = keys.filter((key) => !own(`auditLog.labels.${key}`));
    expect(
      unlabelled.map((key) => `${key} (${(written.get(key) ?? ['built elsewhere']).join(', ')})`),
    ).toEqual([]);
  });

  it('says every recorded settings change in words', () => {
    const keys = [settingsSchema, noteSettingsSchema, backupSettingsSchema].flatMap((schema) =>
      Object.keys(schema.shape),
    );
    expect(keys.filter((key) => !own(`auditLog.changes.${key}`))).toEqual([]);
  });

  it('translates every value of a fixed list', () => {
    const missing = Object.entries(VOCABULARIES).flatMap(([vocabulary, values]) =>
      values
        .filter((value) => !own(`auditLog.values.${vocabulary}.${value}`))
        .map((value) => `${vocabulary}.${value}`),
    );
    expect(missing).toEqual([]);
    expect(VOCABULARIES.reason).toContain('session_limit');
    expect(VOCABULARIES.reason).toContain('account_changed');
    expect(VOCABULARIES.kind).toContain('before_restore');
    expect(VOCABULARIES.kind).toEqual(
      expect.arrayContaining(['assessment', 'care_plan', 'progress_note', 'discharge']),
    );
  });
});

function lookupOwn(language: string, key: string): boolean {
  const tree = JSON.parse(source(`src/renderer/src/locales/${language}.json`)) as Record<string, unknown>;
  return (
    typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree) ===
    'string'
  );
}

const entry = (
  action: string,
  details: AuditEntry['details'],
  subject: string | null = null,
): AuditEntry => ({
  seq: 7,
  id: 'e',
  occurredAt: '2026-03-02T15:04:00.000Z',
  action,
  actorAccountId: 'a',
  actorName: 'Ada Admin',
  subject,
  details,
});
const CLIENT = '01959a3e-0000-7000-8000-000000000042';
const names: AuditNames = {
  [CLIENT]: { kind: 'client', name: 'Ana López', clientNumber: 'C-0042' },
  dee: { kind: 'account', fullName: 'Dee Manager', username: 'dee' },
};
const say = (language: 'en' | 'es', e: AuditEntry, forExport = false) =>
  describeAuditEntry(e, names, catalogues[language] as ReturnType<typeof exportCatalogue>, { forExport });

describe('entries read as sentences, never code names', () => {
  it('says the examples an administrator could not read before', () => {
    expect(say('en', entry('settings.updated', { idleLockMinutes: '10 → 5' })).sentence).toBe(
      'Ada Admin changed the clinic’s settings: auto-lock from 10 to 5 minutes',
    );
    expect(say('es', entry('settings.updated', { idleLockMinutes: '10 → 5' })).sentence).toBe(
      'Ada Admin cambió la configuración de la clínica: el bloqueo automático de 10 a 5 minutos',
    );
    const created = entry('account.created', { role: 'front_desk' }, 'dee');
    expect(say('en', created)).toMatchObject({
      sentence: 'Ada Admin added a staff account for Dee Manager as front desk',
      about: 'Dee Manager',
      details: [],
    });
    expect(say('es', created).sentence).toBe(
      'Ada Admin creó una cuenta de personal para Dee Manager como recepción',
    );
    const viewed = { ...entry('client.viewed', { access: 'full' }, CLIENT), actorName: 'Cam Manager' };
    expect(say('en', viewed)).toMatchObject({
      sentence: 'Cam Manager opened the file of Ana López (C-0042) with full access',
      about: 'Ana López (C-0042)',
    });
    expect(say('es', viewed).sentence).toBe(
      'Cam Manager abrió el expediente de Ana López (C-0042) con acceso completo',
    );
    const failed = entry('auth.sign_in_failed', { method: 'password', recordedAtNextSignIn: true }, 'dee');
    expect(say('en', failed)).toMatchObject({
      sentence: 'A sign-in as Dee Manager failed',
      details: [
        { label: 'How', value: 'with a password' },
        { label: 'Written down at the next sign-in', value: 'yes' },
      ],
    });
    expect(say('es', failed).details[1]).toEqual({
      label: 'Anotado en el siguiente inicio de sesión',
      value: 'sí',
    });
  });

  it('keeps record ids apart as references, and names the clients a list showed', () => {
    const signed = say(
      'en',
      entry(
        'record.signed',
        { kind: 'care_plan', recordId: 'r1', versionNo: 2, role: 'worker', versionId: 'v1' },
        CLIENT,
      ),
    );
    expect(signed.sentence).toBe('Ada Admin signed the care plan of Ana López (C-0042) as the worker');
    expect(signed.details).toEqual([{ label: 'Version', value: '2' }]);
    expect(signed.references).toEqual([
      { label: 'Record reference', value: 'r1' },
      { label: 'Version reference', value: 'v1' },
    ]);
    const searched = say('en', entry('clients.searched', { query: 'lop', count: 1, ids: CLIENT }));
    expect(searched.sentence).toBe('Ada Admin searched for “lop” and saw 1 client');
    expect(searched.references).toEqual([{ label: 'Clients shown', value: 'Ana López (C-0042)' }]);
  });

  it('names a client the viewer may not see by reference in an export, and says so on screen', () => {
    const hidden: AuditNames = { [CLIENT]: { kind: 'client', name: null, clientNumber: null } };
    const e = entry('client.created', { clientNumber: 'C-0042' }, CLIENT);
    const catalogue = catalogues.en as ReturnType<typeof exportCatalogue>;
    const onScreen = describeAuditEntry(e, hidden, catalogue);
    expect(onScreen.sentence).toBe('Ada Admin added a new client: a client whose name you may not see');
    expect(JSON.stringify(onScreen)).not.toContain('C-0042');
    expect(describeAuditEntry(e, hidden, catalogue, { forExport: true }).about).toBe(
      `Lantern reference ${CLIENT}`,
    );
  });

  it('falls back to a readable list for an action with no sentence yet', () => {
    const later = say('en', entry('template.archived_later', { templateId: 't1', reopened: false }));
    expect(later.sentence).toBe('Ada Admin: an action this version of Lantern does not know');
    expect(later.details).toEqual([{ label: 'Reopened', value: 'no' }]);
    expect(later.references).toEqual([{ label: 'Template reference', value: 't1' }]);
  });
});
