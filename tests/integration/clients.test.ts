import { describe, expect, it } from 'vitest';
import { clinicWithStaff, client } from '../helpers/clinic';

const HUGE = 'y'.repeat(10_000);

describe('client files', () => {
  it('a case manager adds a client: on their caseload, numbered, with history and audit', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const created = await clinic.call('clients:create', {
      client: client({ flags: { part2Protected: true } }),
    });
    expect(created).toMatchObject({
      clientNumber: 'C-000001',
      legalFirstName: 'Jonathan',
      status: 'active',
      assignedWorkers: [{ accountId: clinic.ids.cam, fullName: 'Cam Manager' }],
      flags: { part2Protected: true, safetyConcern: false },
    });
    const history = await clinic.call('clients:history', { clientId: created.id });
    expect(history.find((h) => h.field === 'legalLastName')).toMatchObject({
      from: null,
      to: 'Smith',
      actorName: 'Cam Manager',
    });
    expect(history.find((h) => h.field === 'flags.part2Protected')).toMatchObject({ to: true });
    const second = await clinic.call('clients:create', {
      client: client({ legalFirstName: 'Maria', legalLastName: 'Lopez', birthDate: '1991-11-02' }),
    });
    expect(second.clientNumber).toBe('C-000002');
  });

  it.each([
    ['a birth date in the future', { birthDate: '2999-01-01' }, 'birthDate', 'validation.date_in_future'],
    ['an impossible date', { birthDate: '2001-02-30' }, 'birthDate', 'validation.date_invalid'],
    ['a first name of only spaces', { legalFirstName: '    ' }, 'legalFirstName', 'validation.required'],
    ['a 10,000-character field', { preferredName: HUGE }, 'preferredName', 'validation.too_long'],
    [
      'a phone with letters',
      { phones: [{ kind: 'mobile' as const, number: 'call me maybe' }] },
      'phones.0.number',
      'validation.phone',
    ],
    [
      'an enrollment ending before it starts',
      {
        enrollments: [
          {
            program: 'Peer Support',
            status: 'active' as const,
            startDate: '2025-05-01',
            endDate: '2025-04-01',
          },
        ],
      },
      'enrollments.0.endDate',
      'validation.date_range',
    ],
    ['a bad e-mail', { email: 'not-an-email' }, 'email', 'validation.email'],
  ])('refuses %s at the field and saves nothing', async (_label, override, field, message) => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const error = await clinic.refuse('clients:create', { client: client(override) });
    expect(error.fields?.[`client.${field}`]).toBe(message);
    expect((await clinic.call('caseload:list', {})).total).toBe(0);
  });

  it('refuses an assigned worker who is not an active case manager or supervisor', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    for (const ids of [['018f5e7a-0000-7000-8000-000000000000'], [clinic.ids.fran as string]]) {
      const error = await clinic.refuse('clients:create', {
        client: client({ assignedCaseManagerIds: ids }),
      });
      expect(error.fields).toEqual({ 'client.assignedCaseManagerIds': 'validation.unknown_worker' });
    }
    expect((await clinic.call('caseload:list', {})).total).toBe(0);
  });

  it('refuses a client ID that is already taken', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    await clinic.call('clients:create', { client: client({ clientNumber: 'AGENCY-7' }) });
    const error = await clinic.refuse('clients:create', {
      client: client({ clientNumber: 'agency-7', legalFirstName: 'Other', birthDate: '1970-01-01' }),
      duplicatesReviewed: true,
    });
    expect(error).toMatchObject({
      code: 'conflict',
      fields: { 'client.clientNumber': 'validation.client_number_taken' },
    });
  });

  it('shows possible duplicates before saving: typos, swapped names, a birth date one digit off', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const original = await clinic.call('clients:create', { client: client() });
    const check = (first: string, last: string, birthDate: string) =>
      clinic.call('clients:checkDuplicates', { legalFirstName: first, legalLastName: last, birthDate });
    expect((await check('Jonathon', 'Smyth', '1980-03-07'))[0]).toMatchObject({
      id: original.id,
      reason: 'same_birth_date_similar_name',
    });
    expect((await check('Smith', 'Jonathan', '1980-03-07'))[0]).toMatchObject({
      id: original.id,
      reason: 'names_swapped',
    });
    expect((await check('Jon', 'Smith', '1980-03-07'))[0]?.id).toBe(original.id);
    expect((await check('Jonathan', 'Smith', '1980-03-01'))[0]).toMatchObject({
      id: original.id,
      reason: 'similar_birth_date_same_name',
    });
    expect((await check('Jonathan', 'Smith', '1980-07-03'))[0]?.id).toBe(original.id);
    expect(await check('Priya', 'Raman', '1980-03-07')).toEqual([]);
    expect(await check('Jonathan', 'Smith', '1955-10-21')).toEqual([]);
    const refused = await clinic.refuse('clients:create', { client: client({ legalFirstName: 'Jonathon' }) });
    expect(refused).toMatchObject({ code: 'conflict', details: { possibleDuplicates: 1 } });
    expect((await clinic.call('caseload:list', {})).total).toBe(1);
    await clinic.call('clients:create', {
      client: client({ legalFirstName: 'Jonathon' }),
      duplicatesReviewed: true,
    });
    expect((await clinic.call('caseload:list', {})).total).toBe(2);
  });

  it('an edit is saved with who changed what from what to what; a stale form is refused', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const created = await clinic.call('clients:create', { client: client() });
    const { id, updatedAt, ...fields } = created;
    void id;
    const form = {
      ...client(),
      clientNumber: fields.clientNumber,
      preferredName: 'Johnny',
      assignedCaseManagerIds: [clinic.ids.cam as string, clinic.ids.dee as string],
      flags: { ...fields.flags, safetyConcern: true },
    };
    const updated = await clinic.call('clients:update', {
      id: created.id,
      client: form,
      expectedUpdatedAt: updatedAt,
    });
    expect(updated.assignedWorkers.map((w) => w.fullName).sort()).toEqual(['Cam Manager', 'Dee Manager']);
    const history = await clinic.call('clients:history', { clientId: created.id });
    expect(history.find((h) => h.field === 'preferredName')).toMatchObject({
      from: 'Jon',
      to: 'Johnny',
      actorName: 'Cam Manager',
    });
    expect(history.find((h) => h.field === 'flags.safetyConcern')).toMatchObject({
      from: false,
      to: true,
    });
    expect(history.find((h) => h.field === 'assignedCaseManagers')).toMatchObject({
      from: ['Cam Manager'],
      to: ['Cam Manager', 'Dee Manager'],
    });
    const stale = await clinic.refuse('clients:update', {
      id: created.id,
      client: { ...form, preferredName: 'Jack' },
      expectedUpdatedAt: updatedAt,
    });
    expect(stale).toMatchObject({ code: 'conflict', details: { staleEdit: true } });
    const file = await clinic.call('clients:get', { id: created.id });
    expect(file.client.preferredName).toBe('Johnny');
  });

  it('an unknown client id is not_found on every client channel', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('sage');
    const missing = '018f5e7a-0000-7000-8000-00000000abcd';
    for (const [channel, input] of [
      ['clients:get', { id: missing }],
      ['clients:history', { clientId: missing }],
      ['careTeam:list', { clientId: missing }],
      ['diagnoses:list', { clientId: missing }],
      ['clients:breakGlass', { clientId: missing, reason: 'checking a referral today' }],
    ] as const) {
      expect((await clinic.refuse(channel, input)).code, channel).toBe('not_found');
    }
  });

  it('an administrator merges a duplicate: the record stays, marked, its contacts move, the merge can be reviewed', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const keep = await clinic.call('clients:create', { client: client() });
    const dupe = await clinic.call('clients:create', {
      client: client({ legalFirstName: 'Johnathan' }),
      duplicatesReviewed: true,
    });
    await clinic.call('careTeam:add', {
      clientId: dupe.id,
      contact: { kind: 'family', name: 'Rosa Smith', relationship: 'sister' },
    });
    expect(
      (
        await clinic.refuse('clients:merge', {
          survivorId: keep.id,
          mergedId: dupe.id,
          reason: 'same person',
        })
      ).code,
    ).toBe('forbidden');
    await clinic.as('ada');
    expect(
      (await clinic.refuse('clients:merge', { survivorId: keep.id, mergedId: keep.id, reason: 'x' })).fields,
    ).toEqual({ mergedId: 'validation.same_client' });
    const merge = await clinic.call('clients:merge', {
      survivorId: keep.id,
      mergedId: dupe.id,
      reason: 'Same person, typo at intake',
    });
    expect(merge).toMatchObject({
      survivorClientNumber: keep.clientNumber,
      mergedName: 'Johnathan Smith',
      mergedByName: 'Ada Admin',
      snapshot: { legalFirstName: 'Johnathan' },
    });
    expect((await clinic.call('clients:merges', {}))[0]?.id).toBe(merge.id);
    await clinic.as('cam');
    expect((await clinic.call('careTeam:list', { clientId: keep.id })).map((c) => c.name)).toEqual([
      'Rosa Smith',
    ]);
    const page = await clinic.call('caseload:list', {});
    expect(page.rows.map((r) => r.id)).toEqual([keep.id]);
    expect((await clinic.call('clients:get', { id: dupe.id })).client).toMatchObject({
      recordStatus: 'merged',
      mergedIntoId: keep.id,
    });
    const history = await clinic.call('clients:history', { clientId: keep.id });
    expect(history.find((h) => h.field === 'merged_in')?.to).toContain('Same person, typo at intake');
    // The duplicate's own history is part of the kept file (read through the merge, not moved).
    expect(history.find((h) => h.field === 'merged_into')?.to).toBe(keep.clientNumber);
  });
});
