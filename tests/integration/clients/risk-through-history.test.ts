import { describe, expect, it } from 'vitest';
import { formFieldsOfRecord } from '../../../src/shared/contracts/clients';
import { clinicWithStaff, client, setRisk } from '../../helpers/clinic';

/**
 * A client's risk level changes only through its history, with a reason (`assessments:setRisk`,
 * or signing an assessment). The client form neither creates nor changes it: main refuses the
 * field on `clients:create` and `clients:update`, and a new client's level is `unknown`.
 */

type Clinic = Awaited<ReturnType<typeof clinicWithStaff>>;

async function fullFile(clinic: Clinic, id: string) {
  const file = await clinic.call('clients:get', { id });
  if (file.access !== 'full') throw new Error('expected the full file');
  return file.client;
}

const caseloadRisk = async (clinic: Clinic, id: string) =>
  (await clinic.call('caseload:list', {})).rows.find((r) => r.id === id)?.riskLevel;

describe('the risk level, only through its history', () => {
  it('a new client starts unknown, with no history; creating one with a level is refused, creating nothing', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const refused = await clinic.refuse('clients:create', {
      client: { ...client(), riskLevel: 'high' } as never,
    });
    expect(refused.code).toBe('invalid_input');
    expect((await clinic.call('caseload:list', {})).total).toBe(0);

    const { id } = await clinic.call('clients:create', { client: client() });
    expect((await fullFile(clinic, id)).riskLevel).toBe('unknown');
    expect(await clinic.call('assessments:riskHistory', { clientId: id })).toEqual([]);
  });

  it('clients:update refuses a risk level, changing nothing; an edit without one keeps the level', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const { id } = await clinic.call('clients:create', { client: client() });
    await setRisk(clinic, id, 'high', 'Said she has a plan; safety plan made today.');
    const before = await fullFile(clinic, id);
    expect(before.riskLevel).toBe('high');

    const refused = await clinic.refuse('clients:update', {
      id,
      expectedUpdatedAt: before.updatedAt,
      client: { ...formFieldsOfRecord(before), riskLevel: 'low', pronouns: 'she/her' } as never,
    });
    expect(refused.code).toBe('invalid_input');
    const unchanged = await fullFile(clinic, id);
    expect(unchanged).toEqual(before);
    expect(await clinic.call('assessments:riskHistory', { clientId: id })).toHaveLength(1);

    const saved = await clinic.call('clients:update', {
      id,
      expectedUpdatedAt: before.updatedAt,
      client: { ...formFieldsOfRecord(before), pronouns: 'she/her' },
    });
    expect(saved).toMatchObject({ riskLevel: 'high', pronouns: 'she/her' });
    // The header badge (clients:get) and the caseload's column read the same current level.
    expect((await fullFile(clinic, id)).riskLevel).toBe('high');
    expect(await caseloadRisk(clinic, id)).toBe('high');
    // The client's change history has the level only as it was created (unknown), never a change.
    const history = await clinic.call('clients:history', { clientId: id });
    expect(history.filter((h) => h.field === 'riskLevel').map((h) => [h.from, h.to])).toEqual([
      [null, 'unknown'],
    ]);
  });

  it('a stale form cannot undo a level set meanwhile: setting it makes the open edit stale', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const { id } = await clinic.call('clients:create', { client: client() });
    const opened = await fullFile(clinic, id);
    await setRisk(clinic, id, 'moderate');
    const stale = await clinic.refuse('clients:update', {
      id,
      expectedUpdatedAt: opened.updatedAt,
      client: { ...formFieldsOfRecord(opened), pronouns: 'they/them' },
    });
    expect(stale).toMatchObject({ code: 'conflict', details: { staleEdit: true } });
    expect((await fullFile(clinic, id)).riskLevel).toBe('moderate');
  });

  it('after a merge the kept client shows the newest level of the combined history', async () => {
    let now = Date.parse('2026-03-02T15:00:00.000Z');
    const clinic = await clinicWithStaff({ now: () => new Date(now) });
    await clinic.as('cam');
    const keep = await clinic.call('clients:create', { client: client() });
    const dupe = await clinic.call('clients:create', {
      client: client({ legalFirstName: 'Johnathan' }),
      duplicatesReviewed: true,
    });
    await setRisk(clinic, keep.id, 'low', 'Stable for months.');
    now += 86_400_000;
    await setRisk(clinic, dupe.id, 'high', 'Crisis call yesterday.');
    await clinic.as('ada');
    await clinic.call('clients:merge', { survivorId: keep.id, mergedId: dupe.id, reason: 'Same person' });
    await clinic.as('cam');
    expect((await fullFile(clinic, keep.id)).riskLevel).toBe('high');
    expect(await caseloadRisk(clinic, keep.id)).toBe('high');
    const history = await clinic.call('assessments:riskHistory', { clientId: keep.id });
    expect(history.map((h) => h.level)).toEqual(['high', 'low']);
  });

  it('a merge keeps the kept client’s own level when it is the newer one', async () => {
    let now = Date.parse('2026-03-02T15:00:00.000Z');
    const clinic = await clinicWithStaff({ now: () => new Date(now) });
    await clinic.as('cam');
    const keep = await clinic.call('clients:create', { client: client() });
    const dupe = await clinic.call('clients:create', {
      client: client({ legalFirstName: 'Johnathan' }),
      duplicatesReviewed: true,
    });
    await setRisk(clinic, dupe.id, 'high', 'Crisis last year.');
    now += 86_400_000;
    await setRisk(clinic, keep.id, 'low', 'Reassessed today: stable.');
    await clinic.as('ada');
    await clinic.call('clients:merge', { survivorId: keep.id, mergedId: dupe.id, reason: 'Same person' });
    await clinic.as('cam');
    expect((await fullFile(clinic, keep.id)).riskLevel).toBe('low');
  });
});
