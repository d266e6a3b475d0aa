import { describe, expect, it } from 'vitest';
import { exportCatalogue } from '../../../src/main/audit-trail/catalogue';
import type { AuditEntry, AuditNames } from '../../../src/shared/contracts/audit';
import { describeAuditEntry } from '../../../src/shared/domain/audit-sentences';
import { LANGUAGES } from '../../../src/shared/domain/languages';
import { clinicWithStaff, client } from '../../helpers/clinic';

/** Cam registers two clients and opens both; a third, a duplicate of the first, is merged into it. */
async function trail() {
  const clinic = await clinicWithStaff();
  await clinic.as('cam');
  const ana = await clinic.call('clients:create', {
    client: client({ legalFirstName: 'Ana', legalLastName: 'López', birthDate: '1981-04-02' }),
  });
  const ben = await clinic.call('clients:create', {
    client: client({ legalFirstName: 'Ben', legalLastName: 'Okafor', birthDate: '1975-09-30' }),
  });
  const twin = await clinic.call('clients:create', {
    client: client({ legalFirstName: 'Anna', legalLastName: 'Lopez', birthDate: '1981-04-02' }),
    duplicatesReviewed: true,
  });
  for (const id of [ana.id, ben.id, twin.id]) await clinic.call('clients:get', { id });
  await clinic.as('dee');
  await clinic.call('clients:breakGlass', { clientId: ben.id, reason: 'Covering for Cam' });
  await clinic.call('clients:get', { id: ben.id });
  await clinic.as('ada');
  await clinic.call('clients:merge', { survivorId: ana.id, mergedId: twin.id, reason: 'Same person' });
  await clinic.call('settings:update', { clinicName: 'Riverbend Community Services', idleLockMinutes: 5 });
  // Staff changes: a new account's role, its name, deactivated then reactivated.
  const temporary = 'lantern-temporary-pass-01';
  const { id: fran } = await clinic.call('accounts:create', {
    fullName: 'Gwen Desk',
    username: 'gwen',
    role: 'front_desk',
    password: temporary,
    passwordConfirm: temporary,
  });
  await clinic.call('accounts:changeRole', { accountId: fran, role: 'case_manager' });
  await clinic.call('accounts:rename', { accountId: fran, fullName: 'Gwendolyn Desk' });
  await clinic.call('accounts:deactivate', { accountId: fran, reason: 'Left the clinic' });
  const password = 'welcome-back-pass-2026';
  await clinic.call('accounts:reactivate', { accountId: fran, password, passwordConfirm: password });
  return { ...clinic, ana, ben, twin };
}

const sentence = (entry: AuditEntry, names: AuditNames, language: 'en' | 'es' = 'en') =>
  describeAuditEntry(entry, names, exportCatalogue(language, 0));

describe('the audit trail names people, not ids', () => {
  it('resolves clients (name and client ID) and staff (full name) in main, for the whole page', async () => {
    const clinic = await trail();
    const page = await clinic.call('audit:list', { limit: 500 });
    expect(page.names[clinic.ana.id]).toEqual({
      kind: 'client',
      name: 'Ana López',
      clientNumber: clinic.ana.clientNumber,
    });
    expect(page.names.dee).toEqual({ kind: 'account', fullName: 'Dee Manager', username: 'dee' });
    const viewed = page.entries.find((e) => e.action === 'client.viewed' && e.subject === clinic.ana.id);
    expect(sentence(viewed as AuditEntry, page.names)).toMatchObject({
      sentence: `Cam Manager opened the file of Ana López (${clinic.ana.clientNumber}) with full access`,
      about: `Ana López (${clinic.ana.clientNumber})`,
    });
    const merged = page.entries.find((e) => e.action === 'client.merged') as AuditEntry;
    expect(sentence(merged, page.names).sentence).toBe(
      `Ada Admin merged the duplicate record Anna Lopez (${clinic.twin.clientNumber}) into Ana López (${clinic.ana.clientNumber}). Reason: Same person`,
    );
    const roleChanged = page.entries.find((e) => e.action === 'account.role_changed') as AuditEntry;
    expect(sentence(roleChanged, page.names).sentence).toBe(
      'Ada Admin changed Gwendolyn Desk’s role from front desk to case manager',
    );
    expect(sentence(roleChanged, page.names, 'es').sentence).toBe(
      'Ada Admin cambió la función de Gwendolyn Desk de recepción a gestor de casos',
    );
    const created = page.entries.find(
      (e) => e.action === 'account.created' && e.subject === 'dee',
    ) as AuditEntry;
    expect(sentence(created, page.names, 'es').sentence).toBe(
      'Ada Admin creó una cuenta de personal para Dee Manager como gestor de casos',
    );
  });

  it('says every entry of a real trail as a sentence of its own, in both languages, with no code names', async () => {
    const clinic = await trail();
    const page = await clinic.call('audit:list', { limit: 500 });
    expect(new Set(page.entries.map((e) => e.action)).size).toBeGreaterThan(10);
    // No raw id, no snake_case or camelCase code name, no "→" change string: what the screen showed before.
    const codeNames = /[0-9a-f]{8}-[0-9a-f]{4}|\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z]\w*\b|→/;
    for (const before of [
      'idleLockMinutes: 10 → 5',
      'role: front_desk',
      'recordedAtNextSignIn: true',
      clinic.ana.id,
    ])
      expect(before).toMatch(codeNames);
    for (const language of LANGUAGES)
      for (const entry of page.entries) {
        const said = sentence(entry, page.names, language);
        const shown = [
          said.sentence,
          said.about ?? '',
          ...said.details.flatMap((d) => [d.label, d.value]),
        ].join(' | ');
        expect(said.sentence, entry.action).not.toMatch(/: (an action|una acción)/);
        expect(shown, entry.action).not.toMatch(codeNames);
      }
  });

  it('records a page that named clients as a read of them (audit.viewed)', async () => {
    const clinic = await trail();
    await clinic.call('audit:list', { clientId: clinic.ben.id, limit: 50 });
    const [read] = (await clinic.call('audit:list', { action: 'audit.viewed', limit: 1 })).entries;
    expect(read).toMatchObject({ actorName: 'Ada Admin', details: { count: 1, ids: clinic.ben.id } });
  });
});

describe('filtering the audit trail', () => {
  it('by client: only that client’s entries, the file opened by everyone who did, merged duplicates included', async () => {
    const clinic = await trail();
    const { entries } = await clinic.call('audit:list', { clientId: clinic.ben.id, limit: 500 });
    expect(new Set(entries.map((e) => e.subject))).toEqual(new Set([clinic.ben.id]));
    const opened = entries.filter((e) => e.action === 'client.viewed').map((e) => e.actorName);
    expect(opened.sort()).toEqual(['Cam Manager', 'Dee Manager']);
    expect(entries.map((e) => e.action)).toContain('client.break_glass');

    const ana = await clinic.call('audit:list', { clientId: clinic.ana.id, limit: 500 });
    expect(new Set(ana.entries.map((e) => e.subject))).toEqual(new Set([clinic.ana.id, clinic.twin.id]));
    // The duplicate's id leads to the same file.
    const twin = await clinic.call('audit:list', { clientId: clinic.twin.id, limit: 500 });
    expect(twin.entries.map((e) => e.seq)).toEqual(ana.entries.map((e) => e.seq));
    // A client that is not here has no entries (not an error).
    const nobody = await clinic.call('audit:list', { clientId: '01959a3e-0000-7000-8000-00000000dead' });
    expect(nobody.entries).toEqual([]);
  });

  it('combines client, person, action and dates, page by page', async () => {
    const clinic = await trail();
    const today = new Date().toISOString().slice(0, 10);
    const filters = {
      clientId: clinic.ben.id,
      actorAccountId: clinic.ids.dee as string,
      action: 'client.viewed' as const,
      from: today,
      to: today,
    };
    const all = await clinic.call('audit:list', { ...filters, limit: 500 });
    expect(all.entries).toHaveLength(1);
    expect(all.entries[0]).toMatchObject({
      subject: clinic.ben.id,
      actorName: 'Dee Manager',
      action: 'client.viewed',
    });
    expect(
      (await clinic.call('audit:list', { ...filters, from: '2020-01-01', to: '2020-12-31' })).entries,
    ).toEqual([]);

    // Paging: one entry at a time through everything about Ana's file gives the same entries.
    const whole = await clinic.call('audit:list', { clientId: clinic.ana.id, limit: 500 });
    const paged: number[] = [];
    let beforeSeq: number | undefined;
    for (;;) {
      const page = await clinic.call('audit:list', {
        clientId: clinic.ana.id,
        limit: 2,
        ...(beforeSeq ? { beforeSeq } : {}),
      });
      paged.push(...page.entries.map((e) => e.seq));
      if (page.nextBeforeSeq === null) break;
      beforeSeq = page.nextBeforeSeq;
    }
    expect(paged).toEqual(whole.entries.map((e) => e.seq));
    expect(paged.length).toBeGreaterThan(4);
  });
});

describe('who may read and export the audit trail', () => {
  it('refuses everyone but administrators: the list, the export and its save dialog', async () => {
    const clinic = await trail();
    for (const person of ['sage', 'cam', 'fran', 'remy']) {
      await clinic.as(person);
      expect((await clinic.refuse('audit:list', {})).code, person).toBe('forbidden');
      expect((await clinic.refuse('audit:export', { language: 'en' })).code, person).toBe('forbidden');
      const dialog = await clinic.refuse('files:chooseSaveLocation', {
        purpose: 'audit_export',
        title: 'Save',
      });
      expect(dialog.code, person).toBe('forbidden');
    }
    expect(clinic.picker.asked.filter((asked) => asked.kind === 'save')).toEqual([]);
    // And the administrator, who may not export a client's record, gets no dialog for one.
    await clinic.as('ada');
    expect(
      (await clinic.refuse('files:chooseSaveLocation', { purpose: 'fhir_export', title: 'Save' })).code,
    ).toBe('forbidden');
  });
});
