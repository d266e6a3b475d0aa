import { describe, expect, it } from 'vitest';
import { clinicWithStaff, client, setRisk } from '../helpers/clinic';

async function clinicWithCamsClient() {
  const clinic = await clinicWithStaff();
  await clinic.as('cam');
  const created = await clinic.call('clients:create', {
    client: client({ flags: { householdUnaware: true, part2Protected: true } }),
  });
  await setRisk(clinic, created.id, 'high');
  await clinic.call('careTeam:add', {
    clientId: created.id,
    contact: {
      kind: 'care_team',
      careRole: 'psychiatrist',
      name: 'Dr. Iris Okafor',
      mayContact: true,
      consentDate: '2025-02-01',
    },
  });
  return { ...clinic, clientId: created.id };
}

describe('who may see a client', () => {
  it('another case manager must break the glass with a reason; it is audited and supervisors see it', async () => {
    const clinic = await clinicWithCamsClient();
    await clinic.as('dee');
    const refused = await clinic.refuse('clients:get', { id: clinic.clientId });
    expect(refused).toMatchObject({ code: 'forbidden', details: { needsReason: true } });
    expect((await clinic.refuse('clients:history', { clientId: clinic.clientId })).code).toBe('forbidden');
    expect((await clinic.refuse('diagnoses:list', { clientId: clinic.clientId })).code).toBe('forbidden');
    expect(
      (await clinic.refuse('clients:breakGlass', { clientId: clinic.clientId, reason: 'because' })).fields,
    ).toEqual({ reason: 'validation.reason_short' });
    const row = (await clinic.call('caseload:search', { query: 'Smith' }))[0];
    expect(row).toMatchObject({ id: clinic.clientId, onCaseload: false });
    await clinic.call('clients:breakGlass', {
      clientId: clinic.clientId,
      reason: 'Covering for Cam during a crisis call',
    });
    const file = await clinic.call('clients:get', { id: clinic.clientId });
    expect(file).toMatchObject({ access: 'full', accessReason: 'Covering for Cam during a crisis call' });
    expect((await clinic.refuse('clients:breakGlassLog', {})).code).toBe('forbidden');
    await clinic.as('sage');
    const log = await clinic.call('clients:breakGlassLog', {});
    expect(log[0]).toMatchObject({
      clientId: clinic.clientId,
      accountName: 'Dee Manager',
      reason: 'Covering for Cam during a crisis call',
    });
    await clinic.as('ada');
    const audit = await clinic.call('audit:list', { action: 'client.break_glass', limit: 10 });
    expect(audit.entries[0]).toMatchObject({ actorName: 'Dee Manager', subject: clinic.clientId });
  });

  it('a supervisor sees every client in full, and every view is audited', async () => {
    const clinic = await clinicWithCamsClient();
    await clinic.as('sage');
    const file = await clinic.call('clients:get', { id: clinic.clientId });
    expect(file.access).toBe('full');
    expect(file.client).toMatchObject({ riskLevel: 'high', flags: { part2Protected: true } });
    await clinic.as('ada');
    const views = await clinic.call('audit:list', { action: 'client.viewed', limit: 10 });
    expect(views.entries.map((e) => e.actorName)).toContain('Sage Supervisor');
  });

  it('front desk sees how to reach the client, nothing clinical, no care team, and cannot edit', async () => {
    const clinic = await clinicWithCamsClient();
    await clinic.as('fran');
    const file = await clinic.call('clients:get', { id: clinic.clientId });
    expect(file.access).toBe('contact');
    expect(file.client).not.toHaveProperty('riskLevel');
    expect(file.client).not.toHaveProperty('enrollments');
    expect(file.client).toMatchObject({ phones: [{ number: '(555) 201-3344' }] });
    expect(file.client.flags).toEqual({ householdUnaware: true });
    // A psychiatrist on the care team says what treatment the client receives: not for front desk.
    expect(await clinic.call('careTeam:list', { clientId: clinic.clientId })).toEqual([]);
    for (const [channel, input] of [
      ['clients:history', { clientId: clinic.clientId }],
      ['diagnoses:list', { clientId: clinic.clientId }],
    ] as const) {
      expect((await clinic.refuse(channel, input)).code, channel).toBe('forbidden');
    }
    expect((await clinic.refuse('clients:create', { client: client({ legalFirstName: 'New' }) })).code).toBe(
      'forbidden',
    );
    const rows = (await clinic.call('caseload:list', {})).rows;
    expect(rows[0]).toMatchObject({ riskLevel: null, flags: ['householdUnaware'] });
    // Filtering on what one cannot see matches nothing, so the count reveals nothing either.
    expect((await clinic.call('caseload:list', { filter: { riskLevels: ['high'] } })).total).toBe(0);
    expect((await clinic.call('caseload:list', { filter: { riskLevels: ['low'] } })).total).toBe(0);
  });

  it('reporting sees no client names at all', async () => {
    const clinic = await clinicWithCamsClient();
    await clinic.as('remy');
    for (const [channel, input] of [
      ['caseload:list', {}],
      ['caseload:search', { query: 'Smith' }],
      ['clients:get', { id: clinic.clientId }],
      ['careTeam:list', { clientId: clinic.clientId }],
    ] as const) {
      expect((await clinic.refuse(channel, input)).code, channel).toBe('forbidden');
    }
  });

  it('the assigned case manager can edit the care team; the contact rules are checked at the field', async () => {
    const clinic = await clinicWithCamsClient();
    const noRole = await clinic.refuse('careTeam:add', {
      clientId: clinic.clientId,
      contact: { kind: 'care_team', name: 'Someone' },
    });
    expect(noRole.fields).toEqual({ 'contact.careRole': 'validation.required' });
    const noConsentDate = await clinic.refuse('careTeam:add', {
      clientId: clinic.clientId,
      contact: { kind: 'family', name: 'Ann', mayContact: true },
    });
    expect(noConsentDate.fields).toEqual({ 'contact.consentDate': 'validation.consent_date' });
    const [contact] = await clinic.call('careTeam:list', { clientId: clinic.clientId });
    const updated = await clinic.call('careTeam:update', {
      id: contact?.id as string,
      contact: {
        kind: 'care_team',
        careRole: 'psychiatrist',
        name: 'Dr. Iris Okafor',
        phone: '555-303-1200',
        mayContact: true,
        consentDate: '2025-02-01',
      },
    });
    expect(updated.phone).toBe('555-303-1200');
    await clinic.call('careTeam:remove', { id: updated.id, reason: 'Client changed psychiatrist' });
    expect(await clinic.call('careTeam:list', { clientId: clinic.clientId })).toEqual([]);
    const history = await clinic.call('clients:history', { clientId: clinic.clientId });
    expect(history.filter((h) => h.entity === 'contact').map((h) => h.field)).toEqual(
      expect.arrayContaining(['phone', 'removed', 'name']),
    );
  });
});
