import { describe, expect, it } from 'vitest';
import { clinicWithStaff, client } from '../helpers/clinic';

const UNKNOWN = '01890000-0000-7000-8000-000000000000';

/** Cam's client; the administrator signed in again afterwards. */
async function clinicWithCamsClient() {
  const clinic = await clinicWithStaff();
  await clinic.as('cam');
  const created = await clinic.call('clients:create', { client: client() });
  await clinic.as('ada');
  return { ...clinic, clientId: created.id };
}

const listed = async (
  clinic: Awaited<ReturnType<typeof clinicWithCamsClient>>,
  filter: { mine?: boolean; team?: boolean },
) => (await clinic.call('caseload:list', { filter })).rows.map((row) => row.id);

describe('teams', () => {
  it('a case manager opens a teammate’s client without a reason, until they leave the team', async () => {
    const clinic = await clinicWithCamsClient();
    const north = await clinic.call('teams:create', { name: 'North' });
    expect(north).toMatchObject({ name: 'North', memberCount: 0 });
    for (const person of ['cam', 'dee']) {
      const account = await clinic.call('accounts:setTeam', {
        accountId: clinic.ids[person] as string,
        teamId: north.id,
      });
      expect(account.teamId).toBe(north.id);
    }
    expect(await clinic.call('teams:list', {})).toEqual([{ id: north.id, name: 'North', memberCount: 2 }]);

    const session = await clinic.as('dee');
    expect(session.teamId).toBe(north.id);
    expect((await clinic.call('app:status', {})).session?.teamId).toBe(north.id);
    const file = await clinic.call('clients:get', { id: clinic.clientId });
    expect(file).toMatchObject({ access: 'full', accessReason: null });
    expect((await clinic.call('clients:history', { clientId: clinic.clientId })).length).toBeGreaterThan(0);
    expect((await clinic.call('caseload:search', { query: 'Smith' }))[0]).toMatchObject({
      id: clinic.clientId,
      onCaseload: true,
    });
    expect(await listed(clinic, { team: true })).toEqual([clinic.clientId]);
    expect(await listed(clinic, { mine: true })).toEqual([]);
    expect((await clinic.call('caseload:list', {})).rows[0]).toMatchObject({ onCaseload: true });
    // Teams are for reading the list; anyone signed in sees them, only administrators change them.
    expect(await clinic.call('teams:list', {})).toHaveLength(1);

    await clinic.as('ada');
    await clinic.call('accounts:setTeam', { accountId: clinic.ids.dee as string, teamId: null });
    expect(await clinic.call('teams:list', {})).toEqual([{ id: north.id, name: 'North', memberCount: 1 }]);
    const audit = await clinic.call('audit:list', { action: 'account.team_changed', limit: 10 });
    expect(audit.entries[0]).toMatchObject({ subject: 'dee', details: { from: 'North', to: null } });
    expect((await clinic.call('audit:list', { action: 'team.created', limit: 10 })).entries[0]).toMatchObject(
      {
        subject: 'North',
      },
    );

    const again = await clinic.as('dee');
    expect(again.teamId).toBeNull();
    expect(await clinic.refuse('clients:get', { id: clinic.clientId })).toMatchObject({
      code: 'forbidden',
      details: { needsReason: true },
    });
    expect((await clinic.call('caseload:search', { query: 'Smith' }))[0]).toMatchObject({
      onCaseload: false,
    });
    // No team: the team filter lists nobody, rather than everybody.
    expect(await listed(clinic, { team: true })).toEqual([]);
    expect(await listed(clinic, {})).toEqual([clinic.clientId]);
  });

  it('a case manager on another team still needs a reason', async () => {
    const clinic = await clinicWithCamsClient();
    const north = await clinic.call('teams:create', { name: 'North' });
    const south = await clinic.call('teams:create', { name: 'South' });
    await clinic.call('accounts:setTeam', { accountId: clinic.ids.cam as string, teamId: north.id });
    await clinic.call('accounts:setTeam', { accountId: clinic.ids.dee as string, teamId: south.id });
    await clinic.as('dee');
    expect((await clinic.refuse('clients:get', { id: clinic.clientId })).details).toEqual({
      needsReason: true,
      messageKey: 'errors.access_needs_reason',
    });
    expect((await clinic.refuse('clients:history', { clientId: clinic.clientId })).code).toBe('forbidden');
    expect(await listed(clinic, { team: true })).toEqual([]);
    expect((await clinic.call('caseload:list', {})).rows[0]).toMatchObject({ onCaseload: false });
    // Cam, on the client's own team, sees it in both filters.
    await clinic.as('cam');
    expect(await listed(clinic, { team: true })).toEqual([clinic.clientId]);
    expect(await listed(clinic, { mine: true })).toEqual([clinic.clientId]);
  });

  it('only administrators create teams and set them; names are unique; unknown ids are not found', async () => {
    const clinic = await clinicWithCamsClient();
    const north = await clinic.call('teams:create', { name: 'North' });
    expect(await clinic.refuse('teams:create', { name: '  north ' })).toMatchObject({
      code: 'conflict',
      fields: { name: 'validation.team_name_taken' },
    });
    expect((await clinic.refuse('teams:create', { name: '   ' })).fields).toEqual({
      name: 'validation.required',
    });
    expect((await clinic.refuse('accounts:setTeam', { accountId: UNKNOWN, teamId: north.id })).code).toBe(
      'not_found',
    );
    expect(
      (await clinic.refuse('accounts:setTeam', { accountId: clinic.ids.dee as string, teamId: UNKNOWN }))
        .code,
    ).toBe('not_found');
    for (const person of ['cam', 'sage', 'fran']) {
      await clinic.as(person);
      expect((await clinic.refuse('teams:create', { name: 'Mine' })).code, person).toBe('forbidden');
      expect(
        (
          await clinic.refuse('accounts:setTeam', {
            accountId: clinic.ids[person] as string,
            teamId: north.id,
          })
        ).code,
        person,
      ).toBe('forbidden');
    }
    await clinic.as('ada');
    expect(await clinic.call('teams:list', {})).toEqual([{ id: north.id, name: 'North', memberCount: 0 }]);
    expect((await clinic.call('accounts:list', {})).every((account) => account.teamId === null)).toBe(true);
  });
});
