import { describe, expect, it } from 'vitest';
import { clinicWithStaff, client, setRisk } from '../helpers/clinic';

async function clinicWithClients() {
  const clinic = await clinicWithStaff();
  await clinic.as('cam');
  const people = [
    client({
      legalFirstName: 'Jonathan',
      legalLastName: 'Smith',
      birthDate: '1980-03-07',
      flags: { safetyConcern: true },
    }),
    client({
      legalFirstName: 'Maria',
      legalLastName: 'Lopez',
      preferredName: '',
      birthDate: '1991-11-02',
      phones: [{ kind: 'home', number: '555-777-1234' }],
      enrollments: [{ program: 'Housing Support', status: 'waitlist' }],
    }),
    client({
      legalFirstName: 'Ahmed',
      legalLastName: 'Karimi',
      preferredName: '',
      birthDate: '1975-06-30',
      clientNumber: 'AG-42',
    }),
  ];
  const ids: string[] = [];
  for (const person of people) ids.push((await clinic.call('clients:create', { client: person })).id);
  // Risk levels through their history, as a person sets them (Ahmed's stays unknown).
  await setRisk(clinic, ids[0] as string, 'high');
  await setRisk(clinic, ids[1] as string, 'low');
  await clinic.as('dee');
  ids.push(
    (
      await clinic.call('clients:create', {
        client: client({
          legalFirstName: 'Beatrice',
          legalLastName: 'Adams',
          preferredName: 'Bea',
          birthDate: '1968-01-15',
          enrollments: [{ program: 'Peer Support', status: 'discharged' }],
        }),
      })
    ).id,
  );
  await setRisk(clinic, ids[3] as string, 'moderate');
  await clinic.as('cam');
  return { ...clinic, clientIds: ids };
}

describe('the caseload', () => {
  it('lists, counts, sorts and pages', async () => {
    const clinic = await clinicWithClients();
    const all = await clinic.call('caseload:list', {});
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => r.legalName)).toEqual([
      'Adams, Beatrice',
      'Karimi, Ahmed',
      'Lopez, Maria',
      'Smith, Jonathan',
    ]);
    const byBirth = await clinic.call('caseload:list', { sort: { column: 'birthDate', direction: 'desc' } });
    expect(byBirth.rows[0]?.legalName).toBe('Lopez, Maria');
    const page2 = await clinic.call('caseload:list', { offset: 2, limit: 2 });
    expect(page2).toMatchObject({
      total: 4,
      rows: [{ legalName: 'Lopez, Maria' }, { legalName: 'Smith, Jonathan' }],
    });
    // Cam sees risk only for his own clients: Dee's client sorts as if its risk were unknown.
    const byRisk = await clinic.call('caseload:list', { sort: { column: 'riskLevel', direction: 'desc' } });
    expect(byRisk.rows.map((r) => [r.legalName, r.riskLevel])).toEqual([
      ['Smith, Jonathan', 'high'],
      ['Lopez, Maria', 'low'],
      ['Karimi, Ahmed', 'unknown'],
      ['Adams, Beatrice', null],
    ]);
    await clinic.as('sage');
    const supervisorByRisk = await clinic.call('caseload:list', {
      sort: { column: 'riskLevel', direction: 'desc' },
    });
    expect(supervisorByRisk.rows.map((r) => r.riskLevel)).toEqual(['high', 'moderate', 'low', 'unknown']);
  });

  it('filters by my caseload, case manager, program, status, risk, flags and last contact', async () => {
    const clinic = await clinicWithClients();
    const names = async (filter: Record<string, unknown>) =>
      (await clinic.call('caseload:list', { filter })).rows.map((r) => r.legalName);
    expect(await names({ mine: true })).toEqual(['Karimi, Ahmed', 'Lopez, Maria', 'Smith, Jonathan']);
    expect(await names({ caseManagerId: clinic.ids.dee })).toEqual(['Adams, Beatrice']);
    expect(await names({ program: 'Housing Support' })).toEqual(['Lopez, Maria']);
    // Programs, risk and flags are clinical: Cam's filters on them see only his own clients.
    expect(await names({ program: 'Peer Support' })).toEqual([]);
    expect(await names({ statuses: ['waitlist', 'discharged'] })).toEqual([
      'Adams, Beatrice',
      'Lopez, Maria',
    ]);
    expect(await names({ riskLevels: ['high', 'moderate'] })).toEqual(['Smith, Jonathan']);
    expect(await names({ flags: ['safetyConcern'] })).toEqual(['Smith, Jonathan']);
    expect(await names({ noContactSince: '2026-01-01' })).toHaveLength(4);
    const rows = (await clinic.call('caseload:list', { filter: { mine: true } })).rows;
    expect(rows.every((r) => r.onCaseload && r.caseManagers.includes('Cam Manager'))).toBe(true);
  });

  it('quick search finds by name prefix, a misspelled name, birth date, client ID and phone', async () => {
    const clinic = await clinicWithClients();
    const find = async (query: string) =>
      (await clinic.call('caseload:search', { query })).map((r) => r.legalName);
    expect(await find('smi')).toEqual(['Smith, Jonathan']);
    expect(await find('Jonh Smiht')).toContain('Smith, Jonathan');
    expect(await find('Mraia Lopes')).toContain('Lopez, Maria');
    expect(await find('bea')).toEqual(['Adams, Beatrice']);
    expect(await find('1991-11-02')).toEqual(['Lopez, Maria']);
    expect(await find('11/2/1991')).toEqual(['Lopez, Maria']);
    expect(await find('AG-42')).toEqual(['Karimi, Ahmed']);
    expect(await find('777-1234')).toEqual(['Lopez, Maria']);
    expect(await find('Lo')).toEqual(['Lopez, Maria']);
    expect(await find('Zzyzx')).toEqual([]);
    expect((await clinic.refuse('caseload:search', { query: 'x'.repeat(101) })).fields).toEqual({
      query: 'validation.too_long',
    });
  });

  it('saves named views per person', async () => {
    const clinic = await clinicWithClients();
    const definition = {
      filter: { mine: true, statuses: ['waitlist' as const] },
      sort: { column: 'name' as const, direction: 'asc' as const },
      columns: ['name' as const, 'status' as const],
    };
    const view = await clinic.call('caseload:saveView', { name: 'Waitlist', definition });
    expect(view.definition.filter).toMatchObject({ mine: true, statuses: ['waitlist'] });
    expect((await clinic.refuse('caseload:saveView', { name: 'Waitlist', definition })).fields).toEqual({
      name: 'validation.view_name_taken',
    });
    const renamed = await clinic.call('caseload:saveView', { id: view.id, name: 'My waitlist', definition });
    expect((await clinic.call('caseload:views', {})).map((v) => v.name)).toEqual(['My waitlist']);
    await clinic.as('dee');
    expect(await clinic.call('caseload:views', {})).toEqual([]);
    expect((await clinic.refuse('caseload:deleteView', { id: renamed.id })).code).toBe('not_found');
    await clinic.as('cam');
    await clinic.call('caseload:deleteView', { id: renamed.id });
    expect(await clinic.call('caseload:views', {})).toEqual([]);
    expect(
      (await clinic.refuse('caseload:saveView', { name: 'x', definition: { ...definition, columns: [] } }))
        .fields,
    ).toEqual({ 'definition.columns': 'validation.required' });
  });

  it('offers case managers and programs for pickers', async () => {
    const clinic = await clinicWithClients();
    expect((await clinic.call('caseload:staff', {})).map((s) => s.fullName)).toEqual([
      'Cam Manager',
      'Dee Manager',
      'Sage Supervisor',
    ]);
    expect(await clinic.call('caseload:programs', {})).toEqual(
      expect.arrayContaining(['Adult Case Management', 'Housing Support', 'Peer Support']),
    );
  });
});
