import { describe, expect, it } from 'vitest';
import type { ClientDetailsPatch, ClientFormInput } from '../../../src/shared/contracts/clients';
import { clientFormFieldsSchema, kindOfClientField } from '../../../src/shared/contracts/clients';
import { CLIENT_FLAGS } from '../../../src/shared/domain/clients';
import { clinicWithStaff, client } from '../../helpers/clinic';

type Clinic = Awaited<ReturnType<typeof clinicWithStaff>>;

/**
 * Front desk registers people and keeps their contact details current, through
 * `clients:register` and `clients:updateDetails`, on a real encrypted clinic. Everything else —
 * demographics they cannot read, assignments, programs, flags, risk — is refused by main with a
 * sentence and a field error, and nothing changes.
 */

/** What front desk types at the desk: names, birth date and how to reach the person. */
const walkIn = (overrides: Partial<ClientFormInput> = {}): ClientFormInput => ({
  legalFirstName: 'Rosa',
  legalLastName: 'Delgado',
  preferredName: 'Rosie',
  birthDate: '1988-06-14',
  preferredLanguage: 'Spanish',
  interpreterNeeded: true,
  phones: [{ kind: 'mobile', number: '(555) 310-4455' }],
  email: 'rosa@example.org',
  address: { line1: '12 Elm St', city: 'Springfield', postalCode: '01101' },
  flags: { householdUnaware: true },
  ...overrides,
});

/**
 * A value that differs from the form's default for every field front desk may not set. A new
 * field of the client form without an entry here fails the first test, so it cannot slip by.
 */
const NOT_FRONT_DESK: Record<string, ClientDetailsPatch> = {
  sexAtBirth: { sexAtBirth: 'female' },
  genderIdentity: { genderIdentity: 'woman' },
  livingSituation: { livingSituation: 'shelter' },
  enrollments: {
    enrollments: [{ program: 'Opioid Treatment Program', status: 'active', startDate: null, endDate: null }],
  },
  assignedCaseManagerIds: { assignedCaseManagerIds: [] }, // filled in with Cam's id below
  insurance: { insurance: [{ type: 'medicaid', memberId: 'M-9' }] },
  'flags.safetyConcern': { flags: { safetyConcern: true } },
  'flags.financialConcern': { flags: { financialConcern: true } },
  'flags.legalInvolvement': { flags: { legalInvolvement: true } },
  'flags.part2Protected': { flags: { part2Protected: true } },
};

function notFrontDesk(clinic: Clinic): [string, ClientDetailsPatch][] {
  return Object.entries(NOT_FRONT_DESK).map(([field, patch]) => [
    field,
    field === 'assignedCaseManagerIds' ? { assignedCaseManagerIds: [clinic.ids.cam as string] } : patch,
  ]);
}

/** Everything a supervisor can see of a client, its history and the audit entries about it. */
async function snapshot(clinic: Clinic, clientId: string) {
  await clinic.as('sage');
  const file = await clinic.call('clients:get', { id: clientId });
  const history = await clinic.call('clients:history', { clientId });
  await clinic.as('ada');
  const audit = await clinic.call('audit:list', { action: 'client.updated', limit: 500 });
  return { file, history, updates: audit.entries.filter((entry) => entry.subject === clientId) };
}

async function registeredByFran(clinic: Clinic) {
  await clinic.as('fran');
  return clinic.call('clients:register', { client: walkIn() });
}

describe('front desk registers clients and keeps their contact details current', () => {
  it('the refusal table covers every field of the client form that is not a contact detail', () => {
    const fields = [
      ...Object.keys(clientFormFieldsSchema.shape).filter((key) => key !== 'flags'),
      ...CLIENT_FLAGS.map((flag) => `flags.${flag}`),
    ];
    const others = fields.filter((field) => kindOfClientField(field) !== 'contact');
    expect(Object.keys(NOT_FRONT_DESK).sort()).toEqual(others.sort());
  });

  it('registers a walk-in: unassigned, no program, readable at the desk, in history and the audit trail', async () => {
    const clinic = await clinicWithStaff();
    const saved = await registeredByFran(clinic);
    // The answer names the new client only.
    expect(Object.keys(saved).sort()).toEqual(['clientNumber', 'id', 'updatedAt']);
    expect(saved.clientNumber).toBe('C-000001');

    // What front desk sees of the person they just registered: the contact view, all of it there.
    const mine = await clinic.call('clients:get', { id: saved.id });
    expect(mine.access).toBe('contact');
    expect(mine.client).toMatchObject({
      legalFirstName: 'Rosa',
      preferredLanguage: 'Spanish',
      interpreterNeeded: true,
      phones: [{ kind: 'mobile', number: '(555) 310-4455' }],
      address: { line1: '12 Elm St', city: 'Springfield' },
      flags: { householdUnaware: true },
      assignedWorkers: [],
    });
    expect(mine.client).not.toHaveProperty('riskLevel');
    expect(mine.client).not.toHaveProperty('enrollments');
    // And in the list at the desk: found by name, with the phone to call.
    const found = await clinic.call('caseload:search', { query: 'Delgado' });
    expect(found.map((row) => row.phone)).toEqual(['(555) 310-4455']);

    // A supervisor sees a new client with nobody assigned and no program, to assign.
    await clinic.as('sage');
    const full = await clinic.call('clients:get', { id: saved.id });
    expect(full.access).toBe('full');
    if (full.access !== 'full') return;
    expect(full.client).toMatchObject({ assignedCaseManagerIds: [], enrollments: [], riskLevel: 'unknown' });
    const rows = await clinic.call('caseload:list', { filter: {}, limit: 100 });
    expect(rows.rows.find((row) => row.id === saved.id)?.caseManagers).toEqual([]);
    const history = await clinic.call('clients:history', { clientId: saved.id });
    expect(history.find((h) => h.field === 'legalLastName')).toMatchObject({
      from: null,
      to: 'Delgado',
      actorName: 'Fran Desk',
    });
    await clinic.as('ada');
    const created = await clinic.call('audit:list', { action: 'client.created', limit: 10 });
    expect(created.entries[0]).toMatchObject({ actorName: 'Fran Desk', subject: saved.id });
  });

  it('uses the duplicate check: a likely match must be looked at before saving', async () => {
    const clinic = await clinicWithStaff();
    await registeredByFran(clinic);
    const matches = await clinic.call('clients:checkDuplicates', {
      legalFirstName: 'Rosa',
      legalLastName: 'Delgado',
      birthDate: '1988-06-14',
    });
    expect(matches).toHaveLength(1);
    const again = await clinic.refuse('clients:register', { client: walkIn() });
    expect(again).toMatchObject({ code: 'conflict', details: { messageKey: 'errors.possible_duplicates' } });
    const reviewed = await clinic.call('clients:register', { client: walkIn(), duplicatesReviewed: true });
    expect(reviewed.clientNumber).toBe('C-000002');
  });

  it('refuses to register a client with anything but contact details, field by field, saving nothing', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('fran');
    for (const [field, patch] of notFrontDesk(clinic)) {
      const { flags, ...rest } = patch;
      const input = walkIn({
        ...rest,
        flags: { householdUnaware: true, ...flags },
      } as Partial<ClientFormInput>);
      const error = await clinic.refuse('clients:register', { client: input, duplicatesReviewed: true });
      expect(error.code, field).toBe('forbidden');
      expect(error.details?.messageKey, field).toBe('errors.change_not_allowed_for_role');
      expect(error.fields, field).toEqual({ [`client.${field}`]: 'validation.not_changeable_by_role' });
    }
    await clinic.as('sage');
    expect((await clinic.call('caseload:list', { filter: {}, limit: 100 })).total).toBe(0);
  });

  it('changes a phone number and the household flag: saved, in history and audited', async () => {
    const clinic = await clinicWithStaff();
    const saved = await registeredByFran(clinic);
    const changed = await clinic.call('clients:updateDetails', {
      id: saved.id,
      client: {
        phones: [{ kind: 'home', number: '(555) 777-0101' }],
        flags: { householdUnaware: false },
      },
      expectedUpdatedAt: saved.updatedAt,
    });
    expect(changed.updatedAt >= saved.updatedAt).toBe(true);
    const seen = await clinic.call('clients:get', { id: saved.id });
    expect(seen.client.phones).toEqual([{ kind: 'home', number: '(555) 777-0101' }]);
    expect(seen.client.flags.householdUnaware).toBe(false);
    // Everything else stayed as it was.
    expect(seen.client).toMatchObject({ legalFirstName: 'Rosa', email: 'rosa@example.org' });

    const after = await snapshot(clinic, saved.id);
    const phoneChange = after.history.find((h) => h.field === 'phones' && h.from !== null);
    expect(phoneChange).toMatchObject({
      actorName: 'Fran Desk',
      to: [{ kind: 'home', number: '(555) 777-0101' }],
    });
    expect(after.history.find((h) => h.field === 'flags.householdUnaware' && h.from === true)).toMatchObject({
      to: false,
    });
    expect(after.updates).toHaveLength(1);
    expect(after.updates[0]).toMatchObject({
      actorName: 'Fran Desk',
      details: { fields: 'phones, flags.householdUnaware', clinicalFields: 0 },
    });
  });

  it('refuses a change to each clinical or demographic field and to the assignment, changing nothing', async () => {
    const clinic = await clinicWithStaff();
    const saved = await registeredByFran(clinic);
    // The client has a program and a case manager, as a case manager would give them.
    await clinic.as('sage');
    const opened = await clinic.call('clients:get', { id: saved.id });
    if (opened.access !== 'full') throw new Error('a supervisor sees the whole file');
    const { id: _id, ...record } = opened.client;
    const withCare = await clinic.call('clients:update', {
      id: saved.id,
      client: {
        ...Object.fromEntries(
          Object.keys(clientFormFieldsSchema.shape).map((k) => [k, record[k as keyof typeof record]]),
        ),
        enrollments: [{ program: 'Adult Case Management', status: 'active' }],
        assignedCaseManagerIds: [clinic.ids.dee as string],
      } as ClientFormInput,
      expectedUpdatedAt: opened.client.updatedAt,
    });
    const before = await snapshot(clinic, saved.id);
    await clinic.as('fran');
    for (const [field, patch] of notFrontDesk(clinic)) {
      const error = await clinic.refuse('clients:updateDetails', {
        id: saved.id,
        // A contact change alongside: the whole save is refused, not just the forbidden part.
        client: { ...patch, email: 'changed@example.org' },
        expectedUpdatedAt: withCare.updatedAt,
      });
      expect(error.code, field).toBe('forbidden');
      expect(error.details?.messageKey, field).toBe('errors.change_not_allowed_for_role');
      expect(error.fields, field).toEqual({ [`client.${field}`]: 'validation.not_changeable_by_role' });
    }
    // Naming a field is refused even with the value it holds: the answer must not tell what it is.
    const same = await clinic.refuse('clients:updateDetails', {
      id: saved.id,
      client: { enrollments: [{ program: 'Adult Case Management', status: 'active' }] },
      expectedUpdatedAt: withCare.updatedAt,
    });
    expect(same.code).toBe('forbidden');
    expect(await snapshot(clinic, saved.id)).toEqual(before);
  });

  it('front desk still cannot use the clinical channels or change the whole record', async () => {
    const clinic = await clinicWithStaff();
    const saved = await registeredByFran(clinic);
    const file = await clinic.call('clients:get', { id: saved.id });
    for (const [channel, input] of [
      ['clients:create', { client: client() }],
      ['clients:update', { id: saved.id, client: walkIn(), expectedUpdatedAt: file.client.updatedAt }],
      ['clients:history', { clientId: saved.id }],
      ['diagnoses:add', { clientId: saved.id, diagnosis: { code: 'F33.1' } }],
      ['assessments:setRisk', { clientId: saved.id, level: 'high', reason: 'Because I can.' }],
    ] as const)
      expect((await clinic.refuse(channel, input)).code, channel).toBe('forbidden');
  });

  it('a case manager changing details of a client not on their caseload is asked for a reason', async () => {
    const clinic = await clinicWithStaff();
    const saved = await registeredByFran(clinic);
    await clinic.as('cam');
    const error = await clinic.refuse('clients:updateDetails', {
      id: saved.id,
      client: { email: 'cam@example.org' },
      expectedUpdatedAt: saved.updatedAt,
    });
    expect(error).toMatchObject({ code: 'forbidden', details: { needsReason: true } });
    // Registering is judged as one's own caseload: Cam's new client lands on his.
    const own = await clinic.call('clients:register', {
      client: client({
        legalLastName: 'Ownby',
        enrollments: [{ program: 'Peer Support', status: 'active' }],
      }),
    });
    const opened = await clinic.call('clients:get', { id: own.id });
    expect(opened.access).toBe('full');
  });

  it('a stale save is refused with the usual sentence and changes nothing', async () => {
    const clinic = await clinicWithStaff();
    const saved = await registeredByFran(clinic);
    await clinic.call('clients:updateDetails', {
      id: saved.id,
      client: { email: 'first@example.org' },
      expectedUpdatedAt: saved.updatedAt,
    });
    const error = await clinic.refuse('clients:updateDetails', {
      id: saved.id,
      client: { email: 'second@example.org' },
      expectedUpdatedAt: saved.updatedAt,
    });
    expect(error).toMatchObject({ code: 'conflict', details: { staleEdit: true } });
    expect((await clinic.call('clients:get', { id: saved.id })).client.email).toBe('first@example.org');
  });
});

describe('front desk drafts', () => {
  it('keeps an unsaved contact edit as a draft; the full edit form’s draft stays closed to them', async () => {
    const clinic = await clinicWithStaff();
    const saved = await registeredByFran(clinic);
    const key = `client:contact:${saved.id}`;
    await clinic.call('drafts:save', { key, payload: { email: 'typed@example.org' } });
    expect((await clinic.call('drafts:get', { key }))?.payload).toEqual({ email: 'typed@example.org' });
    const full = await clinic.refuse('drafts:save', { key: `client:edit:${saved.id}`, payload: {} });
    expect(full.code).toBe('forbidden');
  });
});
